import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Page catalogs (locales/generated/<lang>/guide-*.json, step-*.json, originals-*.json) are served as
 * plain JSON under catalogs/<version>/: the app builds their URL from the language and the page, so
 * its first script carries no table of hashed file names (which grows with every guide and step).
 * The version is a hash of them all: a deploy that changes any catalog gets new URLs.
 */
export function catalogFiles(root: string): string[] {
  const dir = join(root, 'locales', 'generated');
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /^(common|compare|home|(guide|step|originals)-.+)\.json$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

export function catalogVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of catalogFiles(root)) hash.update(file).update(readFileSync(join(root, 'locales', 'generated', file)));
  return hash.digest('hex').slice(0, 10);
}
