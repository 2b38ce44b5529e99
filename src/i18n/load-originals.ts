import type { OriginalsCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { oncePerKey } from './once-per-language';
import { loadOriginalsFile } from './originals-files';

type Key = `${Lang}|${string}`;
const once = oncePerKey((key: Key) => {
  const [lang, catalog] = key.split('|') as [Lang, string];
  return loadOriginalsFile(lang, catalog);
});

/** English originals of one catalog ("common" or a guide code), loaded on the first click. */
export function loadOriginals(lang: Lang, catalog: string): Promise<OriginalsCatalog> {
  return once(`${lang}|${catalog}`);
}
