import { Suspense, createElement, use } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { importOrReload } from '../../components/stale-chunk';
import { guideSteps, isGuideCode, isGuideStep, isSupportRequestStep, type GuideCode, type StepId } from '../../domain/guides';
import { loadOnce } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { LoadBoundary } from '../guide/load-boundary';
import { GuideBreadcrumb } from '../guide/guide-breadcrumb';
import { CaseOnDemand } from '../case/on-demand';
import { NotFoundPage } from '../not-found/not-found-page';
import { GuidePart } from '../on-demand/load-parts';
import { CopyStepLink } from './copy-step-link';

export function StepPage() {
  const { code, step } = useParams();
  if (!isGuideCode(code) || !isGuideStep(code, step)) return <NotFoundPage />;
  return <Step code={code} step={step} />;
}

// The step's own part (its text, "how to act", docs, checkbox) is a chunk of its own, fetched with the step's catalog
// as the app starts (main.tsx): a page's first view carries the frame that hydrates at once, not the text's code.
export const loadStepContent = () => loadOnce('part|step-content', importOrReload(() => import('./step-content').then((module) => module.StepContent)));

function StepText(props: { code: GuideCode; step: StepId; counter: string }) {
  // The same component every time (a module's export): nothing is created during render.
  return createElement(use(loadStepContent()), props);
}

function Step({ code, step }: { code: GuideCode; step: StepId }) {
  const { t, common } = useLocale();
  const lang = useRouteLang();
  const steps = guideSteps(code);
  const index = steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index < steps.length - 1 ? steps[index + 1] : undefined;
  const counter = t('step.counter', { current: index + 1, total: steps.length });

  return (
    <>
      <GuideBreadcrumb code={code} />
      {/* Keyed by language and step: a failure, or English originals shown, belong to this step only. The step's own
          title is in its part: if that fails, the guide's name and the counter head the page. */}
      <LoadBoundary key={`${lang}|${step}`} heading={common.guides[code].title} caption={counter}>
        <Suspense fallback={<p role="status">{t('app.loadingGuide')}</p>}>
          <StepText code={code} step={step} counter={counter} />
        </Suspense>
      </LoadBoundary>
      {isSupportRequestStep(step) ? <GuidePart name="support-request" code={code} step={step} /> : null}

      <nav className="step-nav" aria-label={counter}>
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
      {/* Last in the page: beside the content on wide screens (guide-nav.css), below it on phones, as GOV.UK's step
          by step does; it loads once the page is ready, and placed above the content it would push the text down. */}
      <GuidePart name="step-aside" code={code} step={step} />
    </>
  );
}
