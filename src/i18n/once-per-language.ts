import type { Lang } from '../domain/languages';

/**
 * Runs `load` once per key (a language, or a language and a guide): a call
 * while it is under way shares it, and a failure (offline, a chunk gone after a
 * deploy) is forgotten so the next call tries again.
 */
export function oncePerKey<K extends string, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const started = new Map<K, Promise<T>>();
  return (key) => {
    let promise = started.get(key);
    if (!promise) {
      promise = load(key);
      promise.catch(() => started.delete(key));
      started.set(key, promise);
    }
    return promise;
  };
}

export const oncePerLanguage: <T>(load: (lang: Lang) => Promise<T>) => (lang: Lang) => Promise<T> = oncePerKey;
