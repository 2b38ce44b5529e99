import { Suspense, use, useId, useMemo, useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ExternalDocLink } from '../../components/external-doc-link';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { buildAdminMessage, mailtoHref } from '../../domain/case/admin-message';
import { readCases, readNotes } from '../../domain/case/case-data';
import { buildSummary, isoTime, readerTime, type SummaryFormat, type SummaryInput, type SummaryLabels } from '../../domain/case/support-summary';
import { docsUrl } from '../../domain/docs-url';
import { LANGUAGE_INFO } from '../../domain/languages';
import { isGuideCode, type GuideCatalog, type GuideCode } from '../../domain/guides';
import { i18n, pageCatalogThenable, uiPartThenable } from '../../i18n/i18n';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { GuideBreadcrumb } from '../guide/guide-breadcrumb';
import { NotFoundPage } from '../not-found/not-found-page';
import { downloadText } from '../progress/download';
import { useProgressStore } from '../progress/progress-store';
import { CopyText } from './copy-text';
import { MakeHandover, ReceivedHandover } from './handover';
import { messageLabels, summaryLabels } from './labels';
import { useAbsoluteUrl } from '../../components/use-absolute-url';
import './case.css';

/*
 * What someone who is not the admin can do meanwhile: only where Microsoft documents it (guidance/codes.json).
 * 5.1.8: the account can still receive email, and the user checks for compromise (MIR-restricted-users,
 * SA-518-2026, SA-518-2024). 5.7.233: the block is on external recipients only (MIR-sending-limits).
 */
const MEANWHILE: Partial<Record<GuideCode, { key: 'case.notAdmin.meanwhileUser' | 'case.notAdmin.meanwhileExternal'; doc: string }>> = {
  '5.1.8': { key: 'case.notAdmin.meanwhileUser', doc: '/defender-office-365/outbound-spam-restore-restricted-users' },
  '5.7.233': { key: 'case.notAdmin.meanwhileExternal', doc: '/defender-office-365/outbound-spam-sending-limits-troubleshoot' },
};

/** Saved progress is read after the first render (server and browser render alike): until then, say so. */
function useSavedCase(code: GuideCode) {
  const hydrated = useProgressStore((state) => state.hydrated);
  const progress = useProgressStore((state) => state.progress[code]);
  const savedNotes = useProgressStore((state) => state.notes[code]);
  const savedCase = useProgressStore((state) => state.cases[code]);
  // What each value holds is checked here, where it is read (saved data is never trusted).
  const notes = useMemo(() => readNotes({ [code]: savedNotes })[code] ?? EMPTY_NOTES, [code, savedNotes]);
  const entry = useMemo(() => readCases({ [code]: savedCase })[code], [code, savedCase]);
  return { hydrated, progress: progress ?? EMPTY_PROGRESS, notes, bounce: entry?.bounce, contact: entry?.contact };
}
const EMPTY_NOTES = {};
const EMPTY_PROGRESS = {};

function Loading() {
  const { t } = useLocale();
  return (
    <p role="status" className="needs-script">
      {t('case.summary.loading')}
    </p>
  );
}

/* ------------------------------------------------------------------ "I'm not the admin" */

function Facts({ code }: { code: GuideCode }) {
  const { t, lang } = useLocale();
  const facts = use(pageCatalogThenable(lang, { kind: 'compare' }))[code];
  return (
    <dl className="case-facts">
      <dt>{t('case.notAdmin.blocked')}</dt>
      <dd>{facts.blocked}</dd>
      <dt>{t('case.notAdmin.whoSees')}</dt>
      <dd>{facts.whoSees}</dd>
      <dt>{t('case.notAdmin.whoFixes')}</dt>
      <dd>{facts.whoFixes}</dd>
    </dl>
  );
}

function MessageForAdmin({ code, catalog }: { code: GuideCode; catalog: GuideCatalog }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const { hydrated, bounce } = useSavedCase(code);
  const guideUrl = useAbsoluteUrl(paths.overview(lang, code));
  if (!hydrated) return <Loading />;
  const labels = messageLabels(t, code);
  const message = buildAdminMessage({ code, ndrLines: catalog.model.ndrLines, bounce, guideUrl: guideUrl() }, labels);
  const mail = mailtoHref(message, labels.shortened);
  return (
    <>
      {bounce ? null : (
        <p className="notice">
          {t('case.notAdmin.noBounce')} <Link to={paths.home(lang)}>{t('case.notAdmin.pasteLink')}</Link>
        </p>
      )}
      <label htmlFor={fieldId}>{t('case.message.field')}</label>
      <textarea ref={field} id={fieldId} className="case-field case-text" readOnly rows={14} value={`${message.subject}\n\n${message.body}`} />
      <div className="case-actions">
        <CopyText
          text={() => `${message.subject}\n\n${message.body}`}
          label={t('case.message.copy')}
          copied={t('case.message.copied')}
          failed={t('case.message.copyFailed')}
          onRefused={() => field.current?.select()}
        />
        <a className="button button--secondary" href={mail.href}>
          {t('case.message.mailto')}
        </a>
      </div>
      {mail.shortened ? <p className="case-hint">{t('case.message.mailtoShortened')}</p> : null}
    </>
  );
}

function NotAdmin({ code }: { code: GuideCode }) {
  const { t, common, lang: shown } = useLocale();
  const catalog = use(pageCatalogThenable(shown, { kind: 'guide', code }));
  useDocumentTitle(pageTitle({ kind: 'not-admin', code }, t, common));
  const lang = useRouteLang();
  const meanwhile = MEANWHILE[code];
  const messageId = useId();
  return (
    <>
      <GuideBreadcrumb code={code} />
      <PageHeading caption={t('guide.codeLabel', { code })}>{t('case.notAdmin.title')}</PageHeading>
      <p className="lead">{t('case.notAdmin.lead', { code })}</p>
      <h2>{t('case.notAdmin.whatHeading')}</h2>
      <p>{common.guides[code].title}</p>
      <figure className="ndr__line">
        <figcaption className="visually-hidden">{t('guide.ndrHeading')}</figcaption>
        {catalog.model.ndrLines.map((line) => (
          <code key={line} lang="en">
            {line}
          </code>
        ))}
      </figure>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Facts code={code} />
      </Suspense>
      {meanwhile ? (
        <>
          <h2>{t('case.notAdmin.meanwhileHeading')}</h2>
          <p>{t(meanwhile.key)}</p>
          <p>
            <ExternalDocLink href={docsUrl(meanwhile.doc, lang)}>{t('case.notAdmin.meanwhileSource')}</ExternalDocLink>
          </p>
        </>
      ) : null}
      {/* Written from the saved case: without scripts the heading would stand over nothing. */}
      <section aria-labelledby={messageId} className="needs-script">
        <h2 id={messageId}>{t('case.message.heading')}</h2>
        <MessageForAdmin code={code} catalog={catalog} />
      </section>
      <p className="case-hint">{t('case.privacy')}</p>
    </>
  );
}

/** A page of a guide's case: the guide's code from the URL (else not found), its catalog awaited in Suspense. */
function GuideCasePage({ Page }: { Page: (props: { code: GuideCode }) => ReactNode }) {
  const { code } = useParams();
  const { t } = useLocale();
  if (!isGuideCode(code)) return <NotFoundPage />;
  return (
    <Suspense fallback={<p role="status">{t('app.loadingGuide')}</p>}>
      <Page code={code} />
    </Suspense>
  );
}

export const NotAdminPage = () => <GuideCasePage Page={NotAdmin} />;

/* ------------------------------------------------------------------ Support summary */

function SummaryText({ text, lang, heading, name }: { text: [string, string]; lang?: string; heading: string; name: string }) {
  const { t } = useLocale();
  const id = useId();
  const download = (format: SummaryFormat) =>
    downloadText(text[format === 'markdown' ? 1 : 0], `${name}.${format === 'markdown' ? 'md' : 'txt'}`, format === 'markdown' ? 'text/markdown' : 'text/plain');
  return (
    <section aria-labelledby={id} className="case-summary">
      <h2 id={id}>{heading}</h2>
      <pre className="case-text" lang={lang} tabIndex={0} aria-labelledby={id}>
        {text[0]}
      </pre>
      <div className="case-actions case-no-print">
        <CopyText text={() => text[0]} label={t('case.summary.copy')} copied={t('case.summary.copied')} failed={t('case.summary.copyFailed')} />
        <button type="button" className="button button--secondary" onClick={() => download('text')}>
          {t('case.summary.downloadText')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => download('markdown')}>
          {t('case.summary.downloadMarkdown')}
        </button>
      </div>
    </section>
  );
}

function useSummary(input: SummaryInput | undefined, labels: SummaryLabels, formatDate: (at: string) => string): [string, string] {
  return useMemo(() => (input ? [buildSummary(input, labels, formatDate, 'text'), buildSummary(input, labels, formatDate, 'markdown')] : ['', '']), [input, labels, formatDate]) as [string, string];
}

function Summaries({ code, catalog }: { code: GuideCode; catalog: GuideCatalog }) {
  const { t, lang, htmlLang } = useLocale();
  // The English text needs the English step titles and words: two small files, fetched when the summary is shown.
  const english = use(pageCatalogThenable('en', { kind: 'guide', code }));
  use(uiPartThenable('case', 'en'));
  use(uiPartThenable('guide', 'en'));
  const saved = useSavedCase(code);
  const { progress, notes, bounce, contact } = saved;
  const steps = catalog.model.steps;
  const readerInput = useMemo(
    () => ({ code, ndrLines: catalog.model.ndrLines, steps: steps.map((id) => ({ id, title: catalog.stepTitles[id] })), progress, notes, bounce, contact }),
    [code, catalog, steps, progress, notes, bounce, contact],
  );
  const englishInput = useMemo(() => ({ ...readerInput, steps: steps.map((id) => ({ id, title: english.stepTitles[id] })) }), [readerInput, steps, english]);
  const readerLabels = useMemo(() => summaryLabels(t, code), [t, code]);
  const englishLabels = useMemo(() => summaryLabels(i18n.getFixedT(LANGUAGE_INFO.en.htmlLang, 'ui'), code), [code]);
  const readerDate = useMemo(() => readerTime(htmlLang), [htmlLang]);
  const readerText = useSummary(readerInput, readerLabels, readerDate);
  const englishText = useSummary(englishInput, englishLabels, isoTime);
  const name = `ndr-${code}-support-summary`;
  return (
    <>
      <SummaryText text={readerText} heading={t('case.summary.readerHeading')} name={lang === 'en' ? name : `${name}-${lang}`} />
      {lang === 'en' ? null : <SummaryText text={englishText} lang="en" heading={t('case.summary.englishHeading')} name={`${name}-en`} />}
    </>
  );
}

function ContactFields({ code }: { code: GuideCode }) {
  const { t } = useLocale();
  const id = useId();
  const { hydrated, contact } = useSavedCase(code);
  const setCase = useProgressStore((state) => state.setCase);
  const setCaseContact = (tenant: string, contact: string) => setCase('cases', code, 'contact', { tenant, contact });
  const tenant = contact?.tenant ?? '';
  const person = contact?.contact ?? '';
  return (
    <section aria-labelledby={`${id}-heading`} className="case-no-print">
      <h2 id={`${id}-heading`}>{t('case.summary.detailsHeading')}</h2>
      <p className="case-hint">{t('case.privacy')}</p>
      <div className="case-fields">
        <label htmlFor={`${id}-tenant`}>{t('case.summary.tenant')}</label>
        <input id={`${id}-tenant`} className="case-field" autoComplete="off" maxLength={300} disabled={!hydrated} value={tenant} onChange={(event) => setCaseContact(event.target.value, person)} />
        <label htmlFor={`${id}-contact`}>{t('case.summary.contact')}</label>
        <input id={`${id}-contact`} className="case-field" autoComplete="off" maxLength={300} disabled={!hydrated} value={person} onChange={(event) => setCaseContact(tenant, event.target.value)} />
      </div>
    </section>
  );
}

function Summary({ code }: { code: GuideCode }) {
  const { t, common, lang: shown } = useLocale();
  const catalog = use(pageCatalogThenable(shown, { kind: 'guide', code }));
  const hydrated = useProgressStore((state) => state.hydrated);
  useDocumentTitle(pageTitle({ kind: 'summary', code }, t, common));
  return (
    <>
      <GuideBreadcrumb code={code} />
      <PageHeading caption={t('guide.codeLabel', { code })}>{t('case.summary.pageTitle', { code })}</PageHeading>
      <p className="lead">{t('case.summary.lead')}</p>
      {hydrated ? <ReceivedHandover code={code} /> : null}
      <ContactFields code={code} />
      {hydrated ? (
        <Suspense fallback={<Loading />}>
          <Summaries code={code} catalog={catalog} />
        </Suspense>
      ) : (
        <Loading />
      )}
      <p className="case-no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('case.summary.print')}
        </button>
      </p>
      {hydrated ? <MakeHandover code={code} /> : null}
    </>
  );
}

export const SummaryPage = () => <GuideCasePage Page={Summary} />;
