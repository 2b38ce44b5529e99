const KEY = 'ndr-wizard.reloaded-for-stale-chunk';

/**
 * After a new deploy, an open tab asks for chunk names that no longer exist.
 * One reload fetches the new index and its chunks; a second failure in the
 * same session is a real error and is shown instead of reloading forever.
 */
export function recoverFromStaleChunk(): boolean {
  try {
    if (window.sessionStorage.getItem(KEY)) return false;
    window.sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

/** Called once the app has loaded what it needs, so a later deploy can recover again. */
export function clearStaleChunkFlag(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear when storage is refused.
  }
}
