import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { catalogOfPath, languageSegment, withCanonicalLanguage } from '../config/paths';
import { LANGUAGE_INFO, isLang } from '../domain/languages';
import { preferredLanguage } from '../features/language/preferred-language';
import { ensurePageCatalog, initI18n, requireUiPart } from '../i18n/i18n';
import { App } from './app';
import { loadPage } from './app-routes';
import { isLoadFailure, recoverFromStaleChunk } from '../components/stale-chunk';
import { canHydrate } from './prerendered-for';
import { loadStepContent } from '../features/step/step-page';
import '../styles/app.css';
import '../styles/print.css';

const basename = import.meta.env.BASE_URL;
// A page reached by its file's name (a bare fallback host's redirect, fallback-redirect.js, or a link to the file)
// shows the address people share: ".../review-connectors.html" as ".../review-connectors", ".../index.html" as ".../".
if (/\.html$/.test(window.location.pathname)) {
  const shared = window.location.pathname.replace(/(index)?\.html$/, '');
  window.history.replaceState(window.history.state, '', `${shared}${window.location.search}${window.location.hash}`);
}
// A language typed in another case ("/zh-CN/…", the pages' own <html lang>; "/EN/"): the page, at the address the app
// writes for it (the host answered with its not-found page, which the app then does not hydrate: prerendered-for.ts).
const canonical = withCanonicalLanguage(`/${window.location.pathname.slice(basename.length)}`);
if (canonical) window.history.replaceState(window.history.state, '', `${basename}${canonical.slice(1)}${window.location.search}${window.location.hash}`);
const path = `/${window.location.pathname.slice(basename.length)}`;
const segment = languageSegment(path);
// The URL's language if it has one; otherwise (/, or an unknown segment) the reader's best language.
const lang = isLang(segment) ? segment : preferredLanguage();
const root = document.getElementById('root')!;
// Read before the app sets <html lang>: the page as the host served it.
const prerendered = { path: root.dataset.prerendered, htmlLang: document.documentElement.lang };
document.documentElement.lang = LANGUAGE_INFO[lang].htmlLang;

// A deploy replaced the chunks this page refers to: one reload picks up the new ones.
window.addEventListener('vite:preloadError', (event) => {
  if (recoverFromStaleChunk()) event.preventDefault();
});

/**
 * The app starts in a task of its own, after the one that evaluated its modules, so that neither is a long task in
 * Lighthouse's mobile simulation (a task counts above 50 ms of its 4× slower CPU: 12.5 ms on the bench machine, where
 * evaluation and start-up together were one task of 11–17 ms; now about 5 and 9 ms). A message, not a timer: timers
 * in a tab opened in the background wait up to a second.
 */
function startApp() {
  /**
   * Only the home page waits for its own chunk before it hydrates. Every other page hydrates its frame (language,
   * navigation) at once and its own part when that part's code and text arrive: until then React keeps the prerendered
   * HTML of that part as it is (the layout's and the step's <Suspense>). So a page's first view carries the app's
   * script and the language, not its own code and catalog; these are fetched here, as soon as the app starts.
   */
  const page = catalogOfPath(path);
  if (page) ensurePageCatalog(lang, page).catch(() => undefined);
  if (page?.kind === 'step') loadStepContent().catch(() => undefined);
  // An overview's chunk; the case pages' chunk starts when hydration reaches it (app-routes.tsx).
  // (An overview's path ends at its code: "/ja/5.7.750/".)
  if (page?.kind === 'guide' && !path.split('/')[3]) loadPage('overview').catch(() => undefined);
  const chunk = page?.kind === 'home' ? 'home' : undefined;
  const chunkLoaded = chunk ? loadPage(chunk).then(() => true, () => false) : Promise.resolve(true);
  // The overview's, summary's and "not the admin" page's words (ui-guide.json) need i18next started; not awaited.
  const started = initI18n(lang);
  if (page?.kind === 'guide') started.then(() => requireUiPart('guide')).catch(() => undefined);
  Promise.all([started, chunkLoaded])
    .then(([, loaded]) => {
      const app = (
        <StrictMode>
          <App basename={basename} />
        </StrictMode>
      );
      if (loaded && canHydrate(prerendered, { path, htmlLang: LANGUAGE_INFO[lang].htmlLang })) {
        // As a transition, hydration yields to the browser every few milliseconds instead of
        // holding the main thread for the whole page: the text is already on screen, and a
        // click meanwhile is handled first (React hydrates that part of the page at once).
        startTransition(() => {
          hydrateRoot(root, app, {
            onRecoverableError: (error) => {
              // A part that could not load while the page hydrated says so in its place (LazyPart, LoadBoundary), and
              // React renders that part afresh: expected when offline, not a fault in the page.
              if (isLoadFailure((error as { cause?: unknown }).cause)) return;
              console.error('Hydration error:', error);
            },
          });
        });
      } else {
        root.replaceChildren();
        createRoot(root).render(app);
      }
    })
    .catch(() => {
      if (recoverFromStaleChunk()) return;
      // Not even one language could be loaded (offline, or a broken deploy): say so in plain text.
      const message = document.getElementById('boot-error');
      if (message) message.hidden = false;
    });
}
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  channel.port1.close();
  startApp();
};
channel.port2.postMessage(undefined);
