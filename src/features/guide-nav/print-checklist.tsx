import { use, useEffect, useRef, useState } from 'react';
import { FlowContent } from '../../components/rich-text';
import { paths } from '../../config/paths';
import type { GuideCode, StepCatalog } from '../../domain/guides';
import { stepState } from '../../domain/progress';
import { loadCatalogOnce, uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useGuideProgress } from '../progress/use-guide-progress';

type Loading = 'idle' | 'loading' | 'failed';

/**
 * The overview printed as a working checklist: every step's instructions and commands, its state and date, a line
 * for notes, and the guide's short (language-neutral) link. The steps' text is fetched only when the reader asks
 * to print (the button, or the browser's print command for the next printout), never with the page.
 */
export function PrintChecklist({ code, steps }: { code: GuideCode; steps: readonly string[] }) {
  const { t, lang, htmlLang } = useLocale();
  use(uiPartThenable('guide', lang));
  const { marks } = useGuideProgress(code);
  const [catalogs, setCatalogs] = useState<StepCatalog[] | undefined>();
  const [loading, setLoading] = useState<Loading>('idle');
  // Printing waits for the steps' text when the button asked for it, not when the browser's command did.
  const printWhenLoaded = useRef(false);

  const load = (thenPrint: boolean) => {
    printWhenLoaded.current = thenPrint;
    setLoading('loading');
    Promise.all(steps.map((step) => loadCatalogOnce<StepCatalog>(lang, `step-${step}`))).then(
      (loaded) => {
        setCatalogs(loaded);
        setLoading('idle');
      },
      () => setLoading('failed'),
    );
  };

  // The browser's own print command: what is loaded prints at once, the rest is fetched for the next printout.
  useEffect(() => {
    if (catalogs) return;
    const onBeforePrint = () => load(false);
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  });

  useEffect(() => {
    if (catalogs && printWhenLoaded.current) {
      printWhenLoaded.current = false;
      window.print();
    }
  }, [catalogs]);

  const date = (iso: string) => new Intl.DateTimeFormat(htmlLang, { dateStyle: 'medium' }).format(new Date(iso));
  const shortUrl = new URL(import.meta.env.BASE_URL.replace(/\/$/, '') + paths.neutral(code), window.location.origin).href;
  return (
    <>
      <div className="print-checklist__actions">
        <button type="button" className="button button--secondary" onClick={() => (catalogs ? window.print() : load(true))} disabled={loading === 'loading'}>
          {t('print.button')}
        </button>
        <p role="status" className="status-text">
          {loading === 'loading' ? t('print.preparing') : loading === 'failed' ? t('print.failed') : ''}
        </p>
      </div>
      {catalogs ? (
        <div className="print-checklist">
          <p>
            {t('print.link')} <span className="print-checklist__url">{shortUrl}</span>
          </p>
          <ol>
            {catalogs.map((catalog, index) => {
              const mark = marks[steps[index]];
              const state = stepState(mark);
              return (
                <li key={steps[index]} className="print-checklist__step">
                  <h2>
                    <span aria-hidden="true">{state === 'done' ? '☑' : '☐'} </span>
                    {index + 1}. {catalog.title}
                  </h2>
                  <p className="print-checklist__state">
                    {state === 'done' && mark
                      ? t('print.stateDone', { date: date(mark.at) })
                      : state === 'waiting' && mark?.requested
                        ? t('print.stateWaiting', { date: mark.requested.on, caseNumber: mark.requested.caseNumber || '—' })
                        : t('print.stateNotStarted')}
                  </p>
                  {[...catalog.model.body, catalog.model.tip, catalog.model.act.where, catalog.model.act.check, catalog.model.act.badResult, catalog.model.act.change]
                    .filter((id): id is string => Boolean(id))
                    .map((id) => (
                      <FlowContent key={id} content={catalog.blocks[id].content} />
                    ))}
                  <p className="print-checklist__notes">{t('print.notes')}</p>
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </>
  );
}
