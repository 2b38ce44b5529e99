import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { startProgressSync } from '../features/progress/progress-store';
import { AppRoutes } from './app-routes';
import { ErrorBoundary } from './error-boundary';

export function App({ basename }: { basename: string }) {
  // Saved progress is read after the first render, so that render matches the prerendered HTML.
  useEffect(() => startProgressSync(), []);
  return (
    <ErrorBoundary homeHref={basename}>
      <BrowserRouter basename={basename}>
        <AppRoutes />
      </BrowserRouter>
    </ErrorBoundary>
  );
}
