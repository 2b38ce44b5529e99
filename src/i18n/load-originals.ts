import type { OriginalsCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';

// English originals are read on request only, so they stay out of every first page load.
const loaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  en: () => import('../../locales/en/originals.json'),
  'zh-cn': () => import('../../locales/zh-CN/originals.json'),
  sv: () => import('../../locales/sv/originals.json'),
  de: () => import('../../locales/de/originals.json'),
  ja: () => import('../../locales/ja/originals.json'),
  fr: () => import('../../locales/fr/originals.json'),
};

const loaded = new Map<Lang, Promise<OriginalsCatalog>>();

export function loadOriginals(lang: Lang): Promise<OriginalsCatalog> {
  let promise = loaded.get(lang);
  if (!promise) {
    promise = loaders[lang]().then((module) => module.default as OriginalsCatalog);
    // A failed load (offline) may be retried on the next click.
    promise.catch(() => loaded.delete(lang));
    loaded.set(lang, promise);
  }
  return promise;
}
