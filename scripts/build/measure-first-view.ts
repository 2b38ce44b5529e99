/** Prints the largest first view (gzip) per page kind and language, from the build in dist/. */
import { join } from 'node:path';
import { everyUrl } from '../../src/config/paths';
import { firstViewGzipBytes } from './first-view';
import { pageFiles } from './page-files';

const dist = join(process.cwd(), process.env.OUT_DIR || 'dist');
const largest = new Map<string, { bytes: number; path: string }>();
for (const { page, path, lang } of everyUrl()) {
  const bytes = firstViewGzipBytes(dist, pageFiles(path)[0]);
  const key = `${page.kind} ${lang}`;
  if (!largest.has(key) || largest.get(key)!.bytes < bytes) largest.set(key, { bytes, path });
}
for (const [key, { bytes, path }] of [...largest].sort()) console.log(`${key.padEnd(16)} ${String(bytes).padStart(7)}  ${path}`);
