/**
 * Server entry for the prerender step (scripts/build/prerender.ts): renders
 * one URL to HTML with the same components and catalogs as the browser.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { isGuideCode, isStepId } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { guideCatalog, i18n, initI18n, switchLanguage } from '../i18n/i18n';
import { pageMeta, type PageKind, type PageMeta } from '../i18n/page-meta';
import { AppRoutes } from './app-routes';
import { ErrorBoundary } from './error-boundary';

export interface RenderedPage extends PageMeta {
  html: string;
}

let started = false;

function pageKind(path: string): PageKind {
  const [, , code, step, extra] = path.split('/');
  if (!code) return { kind: 'home' };
  if (!isGuideCode(code) || extra !== undefined) return { kind: 'not-found' };
  if (!step) return { kind: 'overview', code };
  return isStepId(step) ? { kind: 'step', code, step } : { kind: 'not-found' };
}

/** `path` is relative to the site root ("/ja/5.7.750/review-connectors"); `lang` is its language. */
export async function renderPage(path: string, lang: Lang, basename: string): Promise<RenderedPage> {
  if (!started) {
    await initI18n(lang);
    started = true;
  } else {
    await switchLanguage(lang);
  }
  const html = renderToString(
    <StrictMode>
      <ErrorBoundary homeHref={basename}>
        <StaticRouter location={`${basename.replace(/\/$/, '')}${path}`} basename={basename}>
          <AppRoutes />
        </StaticRouter>
      </ErrorBoundary>
    </StrictMode>,
  );
  const meta = pageMeta(path === '/' ? { kind: 'home' } : pageKind(path), i18n.t.bind(i18n), guideCatalog(i18n.language));
  return { html, ...meta };
}
