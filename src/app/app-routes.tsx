import { createElement, lazy, use } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { importOrReload } from '../components/stale-chunk';
import { loadParts } from '../features/on-demand/load-parts';
import { loadOnce, requireUiPart } from '../i18n/i18n';
import { ROUTE_PATTERNS } from '../config/paths';
import { GUIDE_CODES, isGuideStep, type GuideCode } from '../domain/guides';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { StepPage } from '../features/step/step-page';
import { LanguageRoute, NotFoundRoute } from './language-route';

// The home page and a guide's overview: their own chunks (preloaded by their prerendered pages), so that a step
// link's first view does not carry their code.
const PAGE_CHUNKS = {
  home: () => import('../features/home/home-page').then((module) => module.HomePage),
  overview: () => import('../features/overview/overview-page').then((module) => module.OverviewPage),
};
export type PageChunk = keyof typeof PAGE_CHUNKS;

/**
 * A page's chunk, loaded once. main.tsx waits for it before hydrating a prerendered page of that kind, and `use`
 * then renders it at once (React.lazy would suspend once more, leaving the page's links to the browser meanwhile).
 */
export const loadPage = (kind: PageChunk) => loadOnce(`page|${kind}`, importOrReload(PAGE_CHUNKS[kind]));

function ChunkPage({ kind }: { kind: PageChunk }) {
  // The same component for a kind every time (a module's export): nothing is created during render.
  return createElement(use(loadPage(kind)));
}

// The comparison, which only some readers open: its code (in the on-demand chunk), styles and strings (ui-home.json) load with it.
const ComparePage = lazy(
  importOrReload(() => Promise.all([loadParts(), requireUiPart('home')]).then(([parts]) => ({ default: parts.ComparePage }))),
);

// The case file's pages (support summary, "I'm not the admin"): one chunk with its strings (ui-case.json) and styles.
const loadCasePages = importOrReload(() => Promise.all([import('../features/case/case-pages'), requireUiPart('case'), requireUiPart('guide')]).then(([module]) => module));
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
        <Route index element={<ChunkPage kind="home" />} />
        <Route path={ROUTE_PATTERNS.compare} element={<ComparePage />} />
        <Route path={ROUTE_PATTERNS.overview} element={<ChunkPage kind="overview" />} />
        <Route path={ROUTE_PATTERNS.summary} element={<SummaryPage />} />
        <Route path={ROUTE_PATTERNS.notAdmin} element={<NotAdminPage />} />
        <Route path={ROUTE_PATTERNS.step} element={<StepPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundRoute />} />
    </Routes>
  );
}
