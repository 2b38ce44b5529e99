import { join } from 'node:path';
import type { GuideCatalog } from '../../src/domain/guides';
import { LANGUAGE_INFO, type Lang } from '../../src/domain/languages';

export function catalogPath(root: string, lang: Lang): string {
  return join(root, 'locales', LANGUAGE_INFO[lang].sourceKey, 'guide.json');
}

export function serializeCatalog(catalog: GuideCatalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
