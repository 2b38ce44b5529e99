import { Link, useParams } from 'react-router';
import { ContentBlock, SourceNote } from '../../components/content-block';
import { ExternalDocLink } from '../../components/external-doc-link';
import { PageHeading } from '../../components/page-heading';
import { RichText } from '../../components/rich-text';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { GUIDES, RELATED_PAGES, STEP_IDS, isGuideCode, type GuideCode, type OverviewPart } from '../../domain/guides';
import { plainText } from '../../domain/rich-text';
import { pageMeta } from '../../i18n/page-meta';
import { useGuide } from '../../i18n/use-guide';
import { useRouteLang } from '../../i18n/use-route-lang';
import { NotFoundPage } from '../not-found/not-found-page';
import { useGuideProgress } from '../progress/use-guide-progress';
import { ResetProgress } from './reset-progress';

function Part({ part, code }: { part: OverviewPart; code: GuideCode }) {
  const { t, catalog } = useGuide();
  switch (part.kind) {
    case 'paragraph':
      return <ContentBlock id={part.block} />;
    case 'heading':
      return <h2>{plainText(catalog.blocks[part.block].text)}</h2>;
    case 'list':
      return (
        <ul className="scenario-list">
          {part.blocks.map((id) => (
            <li key={id}>
              <RichText text={catalog.blocks[id].text} />
              <SourceNote id={id} />
            </li>
          ))}
        </ul>
      );
    case 'ndr':
      return (
        <div className="ndr">
          <ContentBlock id={part.block} />
          <figure className="ndr__line">
            <figcaption className="visually-hidden">{t('guide.ndrHeading')}</figcaption>
            <code lang="en">{catalog.ndrLines[code]}</code>
          </figure>
        </div>
      );
  }
}

export function OverviewPage() {
  const { code } = useParams();
  if (!isGuideCode(code)) return <NotFoundPage />;
  return <Overview code={code} />;
}

function Overview({ code }: { code: GuideCode }) {
  const { t, catalog } = useGuide();
  const lang = useRouteLang();
  const guide = GUIDES[code];
  const { marks, done, total, next } = useGuideProgress(code);
  useDocumentTitle(pageMeta({ kind: 'overview', code }, t, catalog).title);
  const action = next
    ? { to: paths.step(lang, code, next), label: done === 0 ? t('guide.start') : t('guide.continue', { number: STEP_IDS.indexOf(next) + 1 }) }
    : { to: paths.step(lang, code, STEP_IDS[0]), label: t('guide.review') };

  return (
    <>
      <nav aria-label={t('step.breadcrumb')} className="breadcrumb">
        <Link to={paths.home(lang)}>{t('app.home')}</Link>
      </nav>
      <PageHeading caption={t('guide.codeLabel', { code })}>{plainText(catalog.blocks[guide.heading].text)}</PageHeading>
      {guide.overview.map((part, index) => (
        <Part key={index} part={part} code={code} />
      ))}

      <section className="progress-panel" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{plainText(catalog.blocks['unblock.heading'].text)}</h2>
        <ContentBlock id="unblock.intro" />
        <p className="progress-panel__summary">
          <label htmlFor="guide-progress">{t('guide.progressLabel')}: </label>
          <progress id="guide-progress" max={total} value={done}>
            {done}/{total}
          </progress>{' '}
          <span>{t('guide.progress', { done, total })}</span>
        </p>
        <Link to={action.to} className="button button--primary">
          {action.label}
        </Link>
        <ol className="step-list">
          {guide.steps.map((step) => {
            const isDone = marks[step]?.done === true;
            return (
              <li key={step} className={isDone ? 'step-list__item step-list__item--done' : 'step-list__item'}>
                <span className="step-list__row">
                  <Link to={paths.step(lang, code, step)}>{catalog.stepTitles[step]}</Link>
                  <span className={isDone ? 'status status--done' : 'status'}>{isDone ? t('guide.statusDone') : t('guide.statusNotStarted')}</span>
                </span>
              </li>
            );
          })}
        </ol>
        <ResetProgress code={code} disabled={Object.keys(marks).length === 0} />
      </section>

      <section aria-labelledby="related-heading">
        <h2 id="related-heading">{t('guide.moreInfoHeading')}</h2>
        <ul className="link-list">
          {RELATED_PAGES.map((page) => (
            <li key={page.block}>
              <ExternalDocLink href={catalog.docs[page.doc].href}>{plainText(catalog.blocks[page.block].text).replace(/[.。]$/, '')}</ExternalDocLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
