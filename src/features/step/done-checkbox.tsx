import { useId } from 'react';
import type { GuideCode, StepId } from '../../domain/guides';
import { useLocale } from '../../i18n/use-locale';
import { useHydrated } from '../../components/use-hydrated';
import { useProgressStore } from '../progress/progress-store';

/** A real checkbox whose name contains the step title; the time of the tick is announced. */
export function DoneCheckbox({ code, step, title }: { code: GuideCode; step: StepId; title: string }) {
  const { t, htmlLang } = useLocale();
  const id = useId();
  const mark = useProgressStore((state) => state.progress[code]?.[step]);
  const setDone = useProgressStore((state) => state.setDone);
  const done = mark?.done === true;
  // Usable once the page runs and saved progress is read: a tick before that would be lost.
  const hydrated = useHydrated();
  const progressRead = useProgressStore((state) => state.hydrated);
  const ready = hydrated && progressRead;
  const when = done ? new Intl.DateTimeFormat(htmlLang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(mark.at)) : '';
  return (
    <div className={done ? 'done-box done-box--done' : 'done-box'}>
      <input id={id} type="checkbox" checked={done} disabled={!ready} onChange={(event) => setDone(code, step, event.target.checked)} />
      <label htmlFor={id}>{t('step.markDone', { title })}</label>
      <p role="status" className="status-text">
        {done ? t('step.doneAt', { date: when }) : ''}
      </p>
    </div>
  );
}
