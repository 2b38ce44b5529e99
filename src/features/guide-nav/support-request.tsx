import { use, useId, useState, type FormEvent } from 'react';
import type { GuideCode, StepId } from '../../domain/guides';
import { recordRequest, supportRequest } from '../../domain/support-request';
import { uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useProgressStore } from '../progress/progress-store';

/** Today in the reader's time zone, as a date field's value. */
const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/**
 * On the Support step: "requested" with the day and the case number, saved with the progress. The step then
 * shows as waiting everywhere (step list, overview, printout) until it is ticked.
 */
export function SupportRequest({ code, step }: { code: GuideCode; step: StepId }) {
  const { lang } = useLocale();
  use(uiPartThenable('guide', lang));
  // The form starts from what was saved: shown once saved progress has been read.
  const progressRead = useProgressStore((state) => state.hydrated);
  return progressRead ? <RequestForm code={code} step={step} /> : null;
}

function RequestForm({ code, step }: { code: GuideCode; step: StepId }) {
  const { t } = useLocale();
  const id = useId();
  const requested = useProgressStore((state) => state.progress[code]?.[step]?.requested);
  const [day, setDay] = useState(requested?.on ?? today());
  const [caseNumber, setCaseNumber] = useState(requested?.caseNumber ?? '');
  const [invalid, setInvalid] = useState(false);
  const save = (request: ReturnType<typeof supportRequest>) =>
    useProgressStore.setState((state) => ({ progress: recordRequest(state.progress, code, step, request, new Date()) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = supportRequest(day, caseNumber, today());
    setInvalid(!request);
    if (request) save(request);
  };
  return (
    <section className="support-request" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('support.heading')}</h2>
      <p>{t('support.intro')}</p>
      <form onSubmit={submit} noValidate>
        <p className="support-request__field">
          <label htmlFor={`${id}-day`}>{t('support.date')}</label>
          <input id={`${id}-day`} type="date" value={day} max={today()} required aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(event) => setDay(event.target.value)} />
        </p>
        {invalid ? (
          <p id={`${id}-error`} className="support-request__error">
            {t('support.invalidDate')}
          </p>
        ) : null}
        <p className="support-request__field">
          <label htmlFor={`${id}-case`}>{t('support.caseNumber')}</label>
          <input id={`${id}-case`} type="text" value={caseNumber} maxLength={64} autoComplete="off" spellCheck={false} onChange={(event) => setCaseNumber(event.target.value)} />
        </p>
        <p className="notice__actions">
          <button type="submit" className="button button--primary">
            {t('support.save')}
          </button>
          {requested ? (
            <button type="button" className="button button--secondary" onClick={() => save(undefined)}>
              {t('support.clear')}
            </button>
          ) : null}
        </p>
      </form>
      <p role="status" className="status-text">
        {requested
          ? requested.caseNumber
            ? t('support.saved', { date: requested.on, caseNumber: requested.caseNumber })
            : t('support.savedNoCase', { date: requested.on })
          : ''}
      </p>
    </section>
  );
}
