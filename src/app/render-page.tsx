/**
 * Server entry for the prerender step (scripts/build/prerender.ts): renders
 * one URL to HTML with the same components and catalogs as the browser.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { Lang } from '../domain/languages';
import { commonCatalog, ensurePageCatalog, i18n, initI18n, loadedPageCatalog, switchLanguage } from '../i18n/i18n';
import { pageMeta, type PageKind, type PageMeta } from '../i18n/page-meta';
import { AppRoutes } from './app-routes';
import { ErrorBoundary } from './error-boundary';

export { readCatalogsWith } from '../i18n/catalog-url';

export interface RenderedPage extends PageMeta {
  html: string;
}

let started = false;

/**
 * `path` is relative to the site root ("/ja/5.7.750/review-connectors"), `lang` its language and
 * `kind` what it shows (for its title and description).
 */
export async function renderPage(path: string, lang: Lang, kind: PageKind, basename: string): Promise<RenderedPage> {
  if (!started) {
    await initI18n(lang);
    started = true;
  } else {
    await switchLanguage(lang);
  }
  // prerender waits for lazy parts, but the page reads its catalog synchronously.
  if (kind.kind === 'overview' || kind.kind === 'summary' || kind.kind === 'not-admin') await ensurePageCatalog(lang, { kind: 'guide', code: kind.code });
  if (kind.kind === 'step') await ensurePageCatalog(lang, { kind: 'step', id: kind.step });
  if (kind.kind === 'home') await ensurePageCatalog(lang, { kind: 'home' });
  if (kind.kind === 'compare') await ensurePageCatalog(lang, { kind: 'compare' });
  // prerender (unlike renderToString) waits for parts loaded on demand, such as the home page's tools.
  const { prelude } = await prerender(
    <StrictMode>
      <ErrorBoundary homeHref={basename}>
        <StaticRouter location={`${basename.replace(/\/$/, '')}${path}`} basename={basename}>
          <AppRoutes />
        </StaticRouter>
      </ErrorBoundary>
    </StrictMode>,
    // Never outline a large boundary into a hidden <div> revealed by an inline script: the CSP
    // would block that script, and without JavaScript the part would stay hidden.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  const ref = kind.kind === 'overview' ? ({ kind: 'guide', code: kind.code } as const) : kind.kind === 'step' ? ({ kind: 'step', id: kind.step } as const) : undefined;
  const catalog = ref ? loadedPageCatalog(lang, ref) : undefined;
  const meta = pageMeta(kind, i18n.t.bind(i18n), commonCatalog(i18n.language), catalog);
  return { html, ...meta };
}
