import { join } from 'node:path';
import type { GuideCatalog, OriginalsCatalog } from '../../src/domain/guides';
import { LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import type { ImportedCatalog } from './build-catalogs';

export function catalogPath(root: string, lang: Lang): string {
  return join(root, 'locales', LANGUAGE_INFO[lang].sourceKey, 'guide.json');
}

export function originalsPath(root: string, lang: Lang): string {
  return join(root, 'locales', LANGUAGE_INFO[lang].sourceKey, 'originals.json');
}

/** The catalog the app loads first: text and provenance, no English originals. */
export function serializeCatalog(catalog: ImportedCatalog): string {
  const blocks = Object.fromEntries(Object.entries(catalog.blocks).map(([id, { text, source }]) => [id, { text, source }]));
  const slim: GuideCatalog = { ...catalog, blocks: blocks as GuideCatalog['blocks'] };
  return `${JSON.stringify(slim, null, 2)}\n`;
}

/** The English originals, loaded on demand. English itself has none to show. */
export function serializeOriginals(catalog: ImportedCatalog, lang: Lang): string {
  const originals: OriginalsCatalog = lang === 'en' ? {} : Object.fromEntries(Object.entries(catalog.blocks).map(([id, block]) => [id, block.english]));
  return `${JSON.stringify(originals, null, 2)}\n`;
}

/** Every file the importer writes, with its content. */
export function catalogFiles(root: string, lang: Lang, catalog: ImportedCatalog): [string, string][] {
  return [
    [catalogPath(root, lang), serializeCatalog(catalog)],
    [originalsPath(root, lang), serializeOriginals(catalog, lang)],
  ];
}
