import { Link, useParams } from 'react-router';
import { ContentBlock, SourceNote, useBlock } from '../../components/content-block';
import { ExternalDocLink } from '../../components/external-doc-link';
import { PageHeading } from '../../components/page-heading';
import { FlowContent } from '../../components/rich-text';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { guideSteps, isGuideCode, isGuideStep, type BlockId, type GuideCode, type StepCatalog, type StepId } from '../../domain/guides';
import { pageMeta } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-guide';
import { useRouteLang } from '../../i18n/use-route-lang';
import { PageCatalogBoundary } from '../guide/page-catalog-boundary';
import { NotFoundPage } from '../not-found/not-found-page';
import { CopyStepLink } from './copy-step-link';
import { DoneCheckbox } from './done-checkbox';

export function StepPage() {
  const { code, step } = useParams();
  if (!isGuideCode(code) || !isGuideStep(code, step)) return <NotFoundPage />;
  return <PageCatalogBoundary catalogRef={{ kind: 'step', id: step }}>{(catalog) => <Step code={code} step={step} catalog={catalog} />}</PageCatalogBoundary>;
}

function Tip({ id }: { id: BlockId }) {
  const { t } = useLocale();
  return (
    <aside className="tip" aria-label={t('step.tip')}>
      <p className="tip__label">{t('step.tip')}</p>
      <FlowContent content={useBlock(id).content} />
      <SourceNote id={id} />
    </aside>
  );
}

/** One part of "how to act": where, check, bad result, change; each under its own heading. */
function ActPart({ id, heading, kind }: { id: BlockId; heading: string; kind: string }) {
  const htmlId = `act-${kind}`;
  return (
    <section aria-labelledby={htmlId} className={`act act--${kind}`}>
      <h2 id={htmlId}>{heading}</h2>
      <ContentBlock id={id} />
    </section>
  );
}

function Step({ code, step, catalog }: { code: GuideCode; step: StepId; catalog: StepCatalog }) {
  const { t, common } = useLocale();
  const lang = useRouteLang();
  const steps = guideSteps(code);
  const index = steps.indexOf(step);
  const title = common.stepTitles[step];
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index < steps.length - 1 ? steps[index + 1] : undefined;
  const model = catalog.model;
  useDocumentTitle(pageMeta({ kind: 'step', code, step }, t, common, catalog).title);

  return (
    <>
      <nav aria-label={t('step.breadcrumb')} className="breadcrumb">
        <Link to={paths.home(lang)}>{t('app.home')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={paths.overview(lang, code)}>
          {code}: {common.guides[code].title}
        </Link>
      </nav>
      <PageHeading caption={t('step.counter', { current: index + 1, total: steps.length })}>{title}</PageHeading>

      {model.body.map((id) => (
        <ContentBlock key={id} id={id} />
      ))}
      {model.tip ? <Tip id={model.tip} /> : null}
      {model.act.where ? <ActPart id={model.act.where} heading={t('step.act.where')} kind="where" /> : null}
      {model.act.check ? <ActPart id={model.act.check} heading={t('step.act.check')} kind="check" /> : null}
      {model.act.badResult ? <ActPart id={model.act.badResult} heading={t('step.act.badResult')} kind="bad-result" /> : null}
      {model.act.change ? <ActPart id={model.act.change} heading={t('step.act.change')} kind="change" /> : null}

      {model.docs.length ? (
        <section aria-labelledby="docs-heading" className="docs">
          <h2 id="docs-heading">{t('step.docsHeading')}</h2>
          <ul className="link-list">
            {model.docs.map((doc) => (
              <li key={doc}>
                <ExternalDocLink href={catalog.docs[doc].href}>{catalog.docs[doc].title}</ExternalDocLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
