import { lazy } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { importOrReload } from '../components/stale-chunk';
import { loadParts } from '../features/on-demand/load-parts';
import { requireCaseStrings, requireGuideStrings, requireHomeStrings } from '../i18n/i18n';
import { ROUTE_PATTERNS } from '../config/paths';
import { GUIDE_CODES, isGuideStep, type GuideCode } from '../domain/guides';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { StepPage } from '../features/step/step-page';
import { LanguageRoute, NotFoundRoute } from './language-route';

// The home page and a guide's overview: their own chunks (preloaded by their prerendered pages), so that a step
// link's first view does not carry their code.
const HomePage = lazy(importOrReload(() => import('../features/home/home-page').then((module) => ({ default: module.HomePage }))));
const OverviewPage = lazy(importOrReload(() => import('../features/overview/overview-page').then((module) => ({ default: module.OverviewPage }))));

// The comparison, which only some readers open: its code (in the on-demand chunk), styles and strings (ui-home.json) load with it.
const ComparePage = lazy(
  importOrReload(() => Promise.all([loadParts(), requireHomeStrings()]).then(([parts]) => ({ default: parts.ComparePage }))),
);

// The case file's pages (support summary, "I'm not the admin"): one chunk with its strings (ui-case.json) and styles.
const loadCasePages = importOrReload(() => Promise.all([import('../features/case/case-pages'), requireCaseStrings(), requireGuideStrings()]).then(([module]) => module));
const SummaryPage = lazy(() => loadCasePages().then((module) => ({ default: module.SummaryPage })));
const NotAdminPage = lazy(() => loadCasePages().then((module) => ({ default: module.NotAdminPage })));
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
        <Route path={ROUTE_PATTERNS.summary} element={<SummaryPage />} />
        <Route path={ROUTE_PATTERNS.notAdmin} element={<NotAdminPage />} />
        <Route path={ROUTE_PATTERNS.step} element={<StepPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundRoute />} />
    </Routes>
  );
}
