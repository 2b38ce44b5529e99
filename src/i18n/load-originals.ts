import type { OriginalsCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { loadCatalogOnce } from './i18n';

/**
 * English originals of one catalog ("home", "guide-<code>", "step-<id>"), loaded on the first click, through the
 * same once-per-file store as the page catalogs (shared while loading, retried after a failure).
 */
export function loadOriginals(lang: Lang, catalog: string): Promise<OriginalsCatalog> {
  return loadCatalogOnce<OriginalsCatalog>(lang, `originals-${catalog}`);
}
