import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { importOrReload } from '../components/stale-chunk';
import { requireCaseStrings, requireHomeStrings } from '../i18n/i18n';
import { ROUTE_PATTERNS } from '../config/paths';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { OverviewPage } from '../features/overview/overview-page';
import { StepPage } from '../features/step/step-page';
import { LanguageRoute, NotFoundRoute } from './language-route';
import { RootRedirect } from './root-redirect';

// The comparison, which only some readers open: its code, styles and strings (ui-home.json) load with it.
const ComparePage = lazy(
  importOrReload(() => Promise.all([import('../features/compare/compare-page'), requireHomeStrings()]).then(([module]) => ({ default: module.ComparePage }))),
);

// The case file's pages (support summary, "I'm not the admin"): one chunk with its strings (ui-case.json) and styles.
const loadCasePages = importOrReload(() => Promise.all([import('../features/case/case-pages'), requireCaseStrings()]).then(([module]) => module));
const SummaryPage = lazy(() => loadCasePages().then((module) => ({ default: module.SummaryPage })));
const NotAdminPage = lazy(() => loadCasePages().then((module) => ({ default: module.NotAdminPage })));

/** The route table: the page model's patterns (config/paths.ts) mapped to pages. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RootRedirect />} />
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
