import { Suspense, use } from 'react';
import { Link, useParams } from 'react-router';
import { BlockNote, BlockSourceContext, ContentBlock, ProvenanceScope, useBlock } from '../../components/content-block';
import { ExternalDocLink } from '../../components/external-doc-link';
import { LoadError } from '../../components/load-error';
import { PageHeading } from '../../components/page-heading';
import { FlowContent } from '../../components/rich-text';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { guideSteps, isGuideCode, isGuideStep, type BlockId, type GuideCode, type StepId } from '../../domain/guides';
import { pageCatalogThenable } from '../../i18n/i18n';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { CatalogErrorBoundary } from '../guide/catalog-error-boundary';
import { GuideBreadcrumb } from '../guide/guide-breadcrumb';
import { CaseOnDemand } from '../case/on-demand';
import { NotFoundPage } from '../not-found/not-found-page';
import { GuidePart } from '../on-demand/load-parts';
import { REQUEST_STEP } from '../guide-nav/request-step';
import { CopyStepLink } from './copy-step-link';
import { DoneCheckbox } from './done-checkbox';

export function StepPage() {
  const { code, step } = useParams();
  if (!isGuideCode(code) || !isGuideStep(code, step)) return <NotFoundPage />;
  return <Step code={code} step={step} />;
}

function Tip({ id }: { id: BlockId }) {
  const { t } = useLocale();
  return (
    <aside className="tip" aria-label={t('step.tip')}>
      <p className="tip__label">{t('step.tip')}</p>
      <FlowContent content={useBlock(id).content} />
      <BlockNote id={id} />
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

/**
 * The step itself, from its catalog: title, text, "how to act" parts, its checkbox. Inside <Suspense>: on a
 * prerendered page the HTML stays as it is until the catalog arrives (fetched while the app starts), while the
 * rest of the page (language, navigation) is already live; so a step link's first view carries no step text twice.
 */
function StepContent({ code, step, counter }: { code: GuideCode; step: StepId; counter: string }) {
  const { t, lang, common } = useLocale();
  const catalog = use(pageCatalogThenable(lang, { kind: 'step', id: step }));
  const model = catalog.model;
  useDocumentTitle(pageTitle({ kind: 'step', code, step }, t, common, catalog));
  return (
    <BlockSourceContext.Provider value={{ blocks: catalog.blocks, originals: `step-${step}` }}>
      <PageHeading caption={counter}>{catalog.title}</PageHeading>
      <ProvenanceScope ids={[...model.body, model.tip, ...Object.values(model.act)].filter((id): id is string => Boolean(id))}>
        {model.body.map((id) => (
          <ContentBlock key={id} id={id} />
        ))}
        {model.tip ? <Tip id={model.tip} /> : null}
        {model.act.where ? <ActPart id={model.act.where} heading={t('step.act.where')} kind="where" /> : null}
        {model.act.check ? <ActPart id={model.act.check} heading={t('step.act.check')} kind="check" /> : null}
        {model.act.badResult ? <ActPart id={model.act.badResult} heading={t('step.act.badResult')} kind="bad-result" /> : null}
        {model.act.change ? <ActPart id={model.act.change} heading={t('step.act.change')} kind="change" /> : null}
      </ProvenanceScope>

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

      <DoneCheckbox code={code} step={step} title={catalog.title} />
    </BlockSourceContext.Provider>
  );
}

function Step({ code, step }: { code: GuideCode; step: StepId }) {
  const { t } = useLocale();
  const lang = useRouteLang();
  const steps = guideSteps(code);
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index < steps.length - 1 ? steps[index + 1] : undefined;

  return (
    <>
      <GuideBreadcrumb code={code} />
      <GuidePart name="step-aside" code={code} step={step} />
      {/* Keyed by language and step: a failure, or English originals shown, belong to this step only. */}
      <CatalogErrorBoundary key={`${lang}|${step}`} failed={(retry) => <LoadError retry={retry} />}>
        <Suspense fallback={<p role="status">{t('app.loadingGuide')}</p>}>
          <StepContent code={code} step={step} counter={t('step.counter', { current: index + 1, total: steps.length })} />
        </Suspense>
      </CatalogErrorBoundary>
      {step === REQUEST_STEP ? <GuidePart name="support-request" code={code} step={step} /> : null}

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
      {/* Last: they appear once the page is ready, and would otherwise move what is below them. */}
      <GuidePart name="neutral-copy-link" code={code} step={step} />
      <CaseOnDemand code={code} step={step} />
    </>
  );
}
