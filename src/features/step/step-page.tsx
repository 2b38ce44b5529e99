import { GUIDE_NAME_KEY } from '../../i18n/guide-names';
import { Link, useParams } from 'react-router';
import { ContentBlock } from '../../components/content-block';
import { ExternalDocLink } from '../../components/external-doc-link';
import { PageHeading } from '../../components/page-heading';
import { RichText } from '../../components/rich-text';
import { SourceNote } from '../../components/content-block';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { GUIDES, STEP_BLOCKS, STEP_DOCS, isGuideCode, isStepId, type GuideCode, type StepId } from '../../domain/guides';
import { pageMeta } from '../../i18n/page-meta';
import { useGuide } from '../../i18n/use-guide';
import { useRouteLang } from '../../i18n/use-route-lang';
import { NotFoundPage } from '../not-found/not-found-page';
import { CopyStepLink } from './copy-step-link';
import { DoneCheckbox } from './done-checkbox';

export function StepPage() {
  const { code, step } = useParams();
  if (!isGuideCode(code) || !isStepId(step)) return <NotFoundPage />;
  return <Step code={code} step={step} />;
}

function Step({ code, step }: { code: GuideCode; step: StepId }) {
  const { t, catalog } = useGuide();
  const lang = useRouteLang();
  const steps = GUIDES[code].steps;
  const index = steps.indexOf(step);
  const title = catalog.stepTitles[step];
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index < steps.length - 1 ? steps[index + 1] : undefined;
  const blocks = STEP_BLOCKS[step];
  useDocumentTitle(pageMeta({ kind: 'step', code, step }, t, catalog).title);

  return (
    <>
      <nav aria-label={t('step.breadcrumb')} className="breadcrumb">
        <Link to={paths.home(lang)}>{t('app.home')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={paths.overview(lang, code)}>
          {code}: {t(GUIDE_NAME_KEY[code])}
        </Link>
      </nav>
      <PageHeading caption={t('step.counter', { current: index + 1, total: steps.length })}>{title}</PageHeading>

      {blocks.body.map((id) => (
        <ContentBlock key={id} id={id} />
      ))}
      {blocks.tip ? (
        <aside className="tip" aria-label={t('step.tip')}>
          <p className="tip__label">{t('step.tip')}</p>
          <p>
            <RichText text={catalog.blocks[blocks.tip].text} />
          </p>
          <SourceNote id={blocks.tip} />
        </aside>
      ) : null}

      <section aria-labelledby="docs-heading" className="docs">
        <h2 id="docs-heading">{t('step.docsHeading')}</h2>
        <ul className="link-list">
          {STEP_DOCS[step].map((doc) => (
            <li key={doc}>
              <ExternalDocLink href={catalog.docs[doc].href}>{catalog.docs[doc].title}</ExternalDocLink>
            </li>
          ))}
        </ul>
      </section>

      <DoneCheckbox code={code} step={step} title={title} />

      <nav className="step-nav" aria-label={t('step.counter', { current: index + 1, total: steps.length })}>
        {previous ? (
          <Link to={paths.step(lang, code, previous)} className="button button--secondary" rel="prev">
            ← {t('step.previous')}
          </Link>
        ) : (
          <Link to={paths.overview(lang, code)} className="button button--secondary">
            ← {t('step.overview')}
          </Link>
        )}
        {next ? (
          <Link to={paths.step(lang, code, next)} className="button button--primary" rel="next">
            {t('step.next')} →
          </Link>
        ) : (
          <Link to={paths.overview(lang, code)} className="button button--primary">
            {t('step.finish')}
          </Link>
        )}
      </nav>
      <CopyStepLink path={paths.step(lang, code, step)} />
    </>
  );
}
