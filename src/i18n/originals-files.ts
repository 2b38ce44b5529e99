import type { OriginalsCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { loadCatalogFile } from './catalog-url';

/** English originals of one catalog ("common", "guide-<code>", "step-<id>"), read on request only. */
export const loadOriginalsFile = (lang: Lang, catalog: string) => loadCatalogFile<OriginalsCatalog>(lang, `originals-${catalog}`);
