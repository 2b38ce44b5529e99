import { useEffect } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { OverviewPage } from '../features/overview/overview-page';
import { startProgressSync } from '../features/progress/progress-store';
import { StepPage } from '../features/step/step-page';
import { ErrorBoundary } from './error-boundary';
import { LanguageRoute, NotFoundRoute } from './language-route';
import { RootRedirect } from './root-redirect';
import { clearStaleChunkFlag } from './stale-chunk';

/** The route table. Path shapes are built in config/paths.ts; this only maps them to pages. */
export function App({ basename }: { basename: string }) {
  // Saved progress is read after the first render, so that render is the same with or without it.
  useEffect(() => startProgressSync(), []);
  useEffect(() => clearStaleChunkFlag(), []);
  return (
    <ErrorBoundary homeHref={basename}>
      <BrowserRouter basename={basename}>
        <Routes>
          <Route path="/" element={<RootRedirect />} />
          <Route path=":lang" element={<LanguageRoute />}>
            <Route index element={<HomePage />} />
            <Route path=":code" element={<OverviewPage />} />
            <Route path=":code/:step" element={<StepPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </BrowserRouter>
    </ErrorBoundary>
  );
}
