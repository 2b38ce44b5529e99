import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { importOrReload } from '../components/stale-chunk';
import { requireHomeStrings } from '../i18n/i18n';
import { ROUTE_PATTERNS } from '../config/paths';
import { GUIDE_CODES } from '../domain/guides';
import { NeutralRedirect } from './neutral-redirect';
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

/** The route table: the page model's patterns (config/paths.ts) mapped to pages. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RootRedirect />} />
      {/* Language-neutral links (paths.neutral): a guide code is a fixed segment, ranked above ":lang". */}
      {GUIDE_CODES.map((code) => (
        <Route key={code} path={code}>
          <Route index element={<NeutralRedirect code={code} />} />
          <Route path=":step" element={<NeutralRedirect code={code} />} />
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
