import { lazy } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { importOrReload } from '../components/stale-chunk';
import { loadParts } from '../features/on-demand/load-parts';
import { requireHomeStrings } from '../i18n/i18n';
import { ROUTE_PATTERNS } from '../config/paths';
import { GUIDE_CODES, isGuideStep, type GuideCode } from '../domain/guides';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { OverviewPage } from '../features/overview/overview-page';
import { StepPage } from '../features/step/step-page';
import { LanguageRoute, NotFoundRoute } from './language-route';

// The comparison, which only some readers open: its code (in the on-demand chunk), styles and strings (ui-home.json) load with it.
const ComparePage = lazy(
  importOrReload(() => Promise.all([loadParts(), requireHomeStrings()]).then(([parts]) => ({ default: parts.ComparePage }))),
);

// "/" and the language-neutral links: the page in the reader's language (prerendered with every language as a link).
const LanguageRedirect = lazy(() => loadParts().then((parts) => ({ default: parts.LanguageRedirect })));

/** "/<code>/<step>": a step of that guide in the reader's language; any other second segment is not found. */
function NeutralStep({ code }: { code: GuideCode }) {
  const { step } = useParams();
  return isGuideStep(code, step) ? <LanguageRedirect page={{ kind: 'step', code, step }} /> : <NotFoundRoute />;
}

/** The route table: the page model's patterns (config/paths.ts) mapped to pages. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<LanguageRedirect />} />
      {/* Language-neutral links (paths.neutral): a guide code is a fixed segment, ranked above ":lang". */}
      {GUIDE_CODES.map((code) => (
        <Route key={code} path={code}>
          <Route index element={<LanguageRedirect page={{ kind: 'overview', code }} />} />
          <Route path=":step" element={<NeutralStep code={code} />} />
        </Route>
      ))}
      <Route path=":lang" element={<LanguageRoute />}>
        <Route index element={<HomePage />} />
        <Route path={ROUTE_PATTERNS.compare} element={<ComparePage />} />
        <Route path={ROUTE_PATTERNS.overview} element={<OverviewPage />} />
        <Route path={ROUTE_PATTERNS.step} element={<StepPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundRoute />} />
    </Routes>
  );
}
