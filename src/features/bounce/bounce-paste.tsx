import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ExternalDocLink } from '../../components/external-doc-link';
import { importOrReload } from '../../components/stale-chunk';
import { paths } from '../../config/paths';
import type { CodeReference } from '../../domain/bounce/code-reference';
import { docsUrl } from '../../domain/docs-url';
import { useLocale } from '../../i18n/use-guide';
import { useRouteLang } from '../../i18n/use-route-lang';

type Result = { state: 'empty' } | { state: 'done'; codes: CodeReference[] };

/** The parser and the NDR table load on first use; a chunk gone after a deploy recovers with one reload. */
const loadAnalyzer = importOrReload(() => import('./analyze-bounce'));

// Bigger pastes wait a little longer, so typing stays smooth; the work itself is linear.
const delayFor = (length: number) => (length > 200_000 ? 300 : 120);

function CodeItem({ reference }: { reference: CodeReference }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const [cls, subject] = reference.code.split('.');
  return (
    <li className="detected-code">
      <span className="detected-code__head">
        <code className="detected-code__code">{reference.code}</code>{' '}
        <span className="detected-code__kind">
          {t(cls === '4' ? 'bounce.class4' : 'bounce.class5')} · {t(`bounce.subject${subject as '0'}`)}
        </span>
      </span>
      {reference.descriptions.length ? (
        <span className="detected-code__description" lang="en">
          {reference.descriptions.join(' / ')}
        </span>
      ) : (
        <span className="detected-code__description">{t('bounce.notInTable')}</span>
      )}
      <span>
        {reference.target.kind === 'guide' ? (
          <Link to={paths.overview(lang, reference.target.code)} className="detected-code__guide">
            {t('bounce.openGuide', { code: reference.code })}
          </Link>
        ) : (
          <ExternalDocLink href={docsUrl(reference.target.path, lang)}>{t('bounce.openDocs', { code: reference.code })}</ExternalDocLink>
        )}
      </span>
    </li>
  );
}

/**
 * Paste a bounce, see its status codes. The text stays in this component's
 * textarea: it is not kept in state, stored, or put in the URL.
 */
export function BouncePaste() {
  const { t } = useLocale();
  const fieldId = useId();
  const hintId = useId();
  const resultsId = useId();
  const [result, setResult] = useState<Result>({ state: 'empty' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const run = useRef(0);

  const field = useRef<HTMLTextAreaElement>(null);

  // Bounded by ticket: only the latest text's result is shown.
  const showAnalysis = (text: string, ticket: number) =>
    loadAnalyzer().then(({ analyzeBounce }) => {
      if (ticket === run.current) setResult({ state: 'done', codes: analyzeBounce(text) });
    });

  const analyze = (text: string) => {
    clearTimeout(timer.current);
    const ticket = ++run.current;
    if (!text.trim()) {
      setResult({ state: 'empty' });
      return;
    }
    timer.current = setTimeout(() => void showAnalysis(text, ticket), delayFor(text.length));
  };

  useEffect(() => {
    // Text typed or pasted before the page started is read as soon as it has.
    const early = field.current?.value;
    if (early?.trim()) void showAnalysis(early, run.current);
    return () => clearTimeout(timer.current);
  }, []);

  return (
    <section className="bounce-paste" aria-labelledby={`${fieldId}-heading`}>
      <h2 id={`${fieldId}-heading`}>{t('bounce.heading')}</h2>
      <label htmlFor={fieldId} className="bounce-paste__label">
        {t('bounce.label')}
      </label>
      <p id={hintId} className="bounce-paste__hint">
        {t('bounce.hint')}
      </p>
      <textarea
        ref={field}
        id={fieldId}
        aria-describedby={hintId}
        className="bounce-paste__field"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        onInput={(event) => analyze(event.currentTarget.value)}
      />
      <div aria-live="polite" className="bounce-paste__results">
        {result.state === 'done' && result.codes.length > 0 ? (
          <>
            <h3 id={resultsId}>{t('bounce.resultsHeading')}</h3>
            <ul aria-labelledby={resultsId} className="detected-codes">
              {result.codes.map((reference) => (
                <CodeItem key={reference.code} reference={reference} />
              ))}
            </ul>
          </>
        ) : null}
        {result.state === 'done' && result.codes.length === 0 ? (
          <div className="notice">
            <p>
              <strong>{t('bounce.none')}</strong>
            </p>
            <p>{t('bounce.noneHelp')}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
