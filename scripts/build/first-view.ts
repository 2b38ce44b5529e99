import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type Manifest = Record<string, { file: string; imports?: string[] }>;

/**
 * The files a prerendered page makes the browser fetch before it is ready: the
 * HTML (stylesheet and start-up script inline), the app's script, what the
 * start-up script preloads (catalog; on the home page, its tools) and the
 * chunks those import statically. Read from the build, so it counts exactly
 * what a deploy serves.
 */
export function firstViewFiles(dist: string, htmlFile: string): string[] {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const base = /data-main="([^"]*?)assets\//.exec(html)?.[1] ?? '/';
  const urls = [/data-main="([^"]+)"/.exec(html)?.[1], ...(/data-preload="([^"]*)"/.exec(html)?.[1].split(' ') ?? [])].filter(Boolean) as string[];
  const files = new Set<string>([htmlFile]);
  const add = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const name of byFile.get(file)?.imports ?? []) add(manifest[name].file);
  };
  for (const url of urls) add(url.slice(base.length));
  return [...files];
}

/** The first view's size in gzip (level 9), as a static host that compresses would send it. */
export function firstViewGzipBytes(dist: string, htmlFile: string): number {
  return firstViewFiles(dist, htmlFile).reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
}
