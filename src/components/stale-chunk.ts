import { CatalogLoadError, isModuleImportFailure } from '../i18n/catalog-url';

const KEY = 'ndr-wizard.reloaded-for-stale-chunk';
// A reload fetches the new chunk names within seconds; a chunk still failing after one is a real error.
const WINDOW_MS = 60_000;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * "Try again" after a script chunk failed: Chromium 156 and Firefox 155 fetch a failed import() again, older engines
 * keep the failure for the page's life, so a retry that fails the same way at once needs a reload to fetch anew
 * (progress is saved; offline the page stays as it is, with its message).
 */
export function reloadIfRetryFailedAgain(error: unknown, retried: boolean): boolean {
  if (!retried || !(error instanceof CatalogLoadError) || !error.module || isOffline()) return false;
  window.location.reload();
  return true;
}

/**
 * After a new deploy, an open tab asks for chunk names that no longer exist.
 * One reload fetches the new index and its chunks; another failure soon after
 * is a real error (offline, a broken deploy) and is shown instead of reloading
 * forever. A failure much later (the next deploy) may reload again.
 */
export function recoverFromStaleChunk(): boolean {
  // Offline, a reload would replace a page that can still be read with the browser's error page.
  if (isOffline()) return false;
  try {
    const last = Number(window.sessionStorage.getItem(KEY));
    if (last && Date.now() - last < WINDOW_MS) return false;
    window.sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

/**
 * Wraps an import() (for React.lazy, or a chunk loaded on use): a chunk gone after a deploy recovers with
 * one reload (the promise then never settles, so nothing flashes meanwhile).
 */
export function importOrReload<T>(load: () => Promise<T>): () => Promise<T> {
  const waitForReload = () => new Promise<never>(() => {});
  return () =>
    load().then(
      // Vite's preload helper resolves with undefined instead of the module when the vite:preloadError
      // listener (main.tsx) has already started the reload: wait for it rather than use a missing module.
      (module) => module ?? waitForReload(),
      (error: unknown) => {
        if (!recoverFromStaleChunk()) throw error;
        return waitForReload();
      },
    );
}

/** A chunk or a catalog that could not be fetched (offline, a deploy under way), as opposed to a fault in the code. */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof CatalogLoadError || isModuleImportFailure(error);
}
