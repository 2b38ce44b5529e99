import { CatalogLoadError } from '../i18n/catalog-url';

const KEY = 'ndr-wizard.reloaded-for-stale-chunk';
// A reload fetches the new chunk names within seconds; a chunk still failing after one is a real error.
const WINDOW_MS = 60_000;

/**
 * After a new deploy, an open tab asks for chunk names that no longer exist.
 * One reload fetches the new index and its chunks; another failure soon after
 * is a real error (offline, a broken deploy) and is shown instead of reloading
 * forever. A failure much later (the next deploy) may reload again.
 */
export function recoverFromStaleChunk(): boolean {
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
  if (error instanceof CatalogLoadError) return true;
  // Each engine words it its own way: Chromium, Firefox, Safari.
  return error instanceof TypeError && /dynamically imported module|error loading dynamically imported module|Importing a module script failed/i.test(error.message);
}
