import { Suspense, use } from 'react';
import './overview-page.css';
import { Link, useParams } from 'react-router';
import { BlockNote, BlockSourceContext, ContentBlock, ProvenanceScope, useBlock } from '../../components/content-block';
import { ExternalDocLink } from '../../components/external-doc-link';
import { PageHeading } from '../../components/page-heading';
import { RichText } from '../../components/rich-text';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { isGuideCode, type GuideCode, type GuideModel, type OverviewPart } from '../../domain/guides';
import { leadText } from '../../domain/rich-text';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { pageCatalogThenable, uiPartThenable } from '../../i18n/i18n';
import { CaseOnDemand } from '../case/on-demand';
import { NotFoundPage } from '../not-found/not-found-page';
import { useGuideProgress } from '../progress/use-guide-progress';
import { ResetProgress } from './reset-progress';
import { stepState } from '../../domain/progress';
import { GuidePart } from '../on-demand/load-parts';

function BlockHeading({ id, htmlId }: { id: string; htmlId?: string }) {
  return <h2 id={htmlId}>{leadText(useBlock(id).content)}</h2>;
}

function ListItem({ id }: { id: string }) {
  const block = useBlock(id);
  const { lang } = useLocale();
  const first = block.content[0];
  return (
    <li>
      {first?.type === 'paragraph' ? <RichText text={first.text} lang={lang} /> : null}
      <BlockNote id={id} />
    </li>
  );
}

function Part({ part, guide }: { part: OverviewPart; guide: GuideModel }) {
  const { t } = useLocale();
  switch (part.kind) {
    case 'block':
      return <ContentBlock id={part.block} />;
    case 'heading':
      return <BlockHeading id={part.block} />;
    case 'list':
      return (
        <ul className="scenario-list">
          {part.blocks.map((id) => (
            <ListItem key={id} id={id} />
          ))}
        </ul>
      );
    case 'ndr':
      return (
        <figure className="ndr__line">
          <figcaption className="visually-hidden">{t('guide.ndrHeading')}</figcaption>
          {guide.ndrLines.map((line) => (
            <code key={line} lang="en">
              {line}
            </code>
          ))}
        </figure>
      );
  }
}

export function OverviewPage() {
  const { code } = useParams();
  if (!isGuideCode(code)) return <NotFoundPage />;
  return <GuideOverview code={code} />;
}

function GuideOverview({ code }: { code: GuideCode }) {
  const { t } = useLocale();
  return (
    <Suspense fallback={<p role="status">{t('app.loadingGuide')}</p>}>
      <Overview code={code} />
    </Suspense>
  );
}

/**
 * The guide's catalog is read with `use`, as every page reads its text: on a prerendered overview it is already
 * loaded (the app waits for it before hydrating); on in-app navigation the overview waits in its Suspense, and a
 * failed load shows the layout's load error with a retry.
 */
function Overview({ code }: { code: GuideCode }) {
  const { t, common, lang: shown } = useLocale();
  const catalog = use(pageCatalogThenable(shown, { kind: 'guide', code }));
  // The checklist's words are in ui-guide.json, which a step link's first view does not carry (preloaded here).
  use(uiPartThenable('guide', shown));
  const lang = useRouteLang();
  const guide = catalog.model;
  const { marks, done, total, next } = useGuideProgress(code);
  useDocumentTitle(pageTitle({ kind: 'overview', code }, t, common, catalog));
  const action = next
    ? { to: paths.step(lang, code, next), label: done === 0 ? t('guide.start') : t('guide.continue', { number: guide.steps.indexOf(next) + 1 }) }
    : { to: paths.step(lang, code, guide.steps[0]), label: t('guide.review') };
  const heading = guide.heading ? leadText(catalog.blocks[guide.heading].content) : common.guides[code].title;

  return (
    <BlockSourceContext.Provider value={{ blocks: catalog.blocks, originals: `guide-${code}` }}>
      <nav aria-label={t('step.breadcrumb')} className="breadcrumb">
        <Link to={paths.home(lang)}>{t('app.home')}</Link>
      </nav>
      <PageHeading caption={t('guide.codeLabel', { code })}>{heading}</PageHeading>
      <section className="progress-panel" aria-labelledby="steps-heading">
        {guide.checklist.heading ? <BlockHeading id={guide.checklist.heading} htmlId="steps-heading" /> : <h2 id="steps-heading">{t('guide.stepsHeading')}</h2>}
        {guide.checklist.intro.map((id) => (
          <ContentBlock key={id} id={id} />
        ))}
        <p className="progress-panel__summary">
          <label htmlFor="guide-progress">{t('guide.progressLabel')}</label>{' '}
          <progress id="guide-progress" max={total} value={done}>
            {done}/{total}
          </progress>{' '}
          <span>{t('guide.progress', { done, count: total })}</span>
        </p>
        {next ? null : <GuidePart name="guide-complete" code={code} />}
        <Link to={action.to} className={next ? 'button button--primary' : 'button button--secondary'}>
          {action.label}
        </Link>
        <ol className="step-list">
          {guide.steps.map((step) => {
            const state = stepState(marks[step]);
            return (
              <li key={step} className={state === 'done' ? 'step-list__item step-list__item--done' : 'step-list__item'}>
                <span className="step-list__row">
                  <Link to={paths.step(lang, code, step)}>{catalog.stepTitles[step]}</Link>
                  <span className={`status status--${state}`}>{t(state === 'done' ? 'guide.statusDone' : state === 'waiting' ? 'guide.statusWaiting' : 'guide.statusNotStarted')}</span>
                </span>
              </li>
            );
          })}
        </ol>
        <ResetProgress code={code} disabled={Object.keys(marks).length === 0} />
      </section>

      {/* The explanation after the checklist and the next action: a reader mid-incident comes to act. */}
      <ProvenanceScope ids={guide.overview.flatMap((part) => (part.kind === 'list' ? part.blocks : part.kind === 'block' ? [part.block] : []))}>
        {guide.overview.map((part, index) => (
          <Part key={index} part={part} guide={guide} />
        ))}
      </ProvenanceScope>

      {guide.related.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('guide.moreInfoHeading')}</h2>
          <ul className="link-list">
            {guide.related.map((page) => (
              <li key={page.doc}>
                <ExternalDocLink href={catalog.docs[page.doc].href}>
                  {page.label ? leadText(catalog.blocks[page.label].content).replace(/[.。]$/, '') : catalog.docs[page.doc].title}
                </ExternalDocLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Last: they appear once the page is ready, and would otherwise move what is below them. */}
      <GuidePart name="print-checklist" code={code} steps={guide.steps} />
      <CaseOnDemand code={code} />
    </BlockSourceContext.Provider>
  );
}
