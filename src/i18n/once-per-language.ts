import type { Lang } from '../domain/languages';

/**
 * Runs `load` once per language: a call while it is under way shares it, and a
 * failure (offline, a chunk gone after a deploy) is forgotten so the next call
 * tries again.
 */
export function oncePerLanguage<T>(load: (lang: Lang) => Promise<T>): (lang: Lang) => Promise<T> {
  const started = new Map<Lang, Promise<T>>();
  return (lang) => {
    let promise = started.get(lang);
    if (!promise) {
      promise = load(lang);
      promise.catch(() => started.delete(lang));
      started.set(lang, promise);
    }
    return promise;
  };
}
