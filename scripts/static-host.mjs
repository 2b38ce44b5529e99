// A plain static file server that behaves like one class of static host, for the end-to-end tests and the
// benchmark: the build must answer every URL, exactly as shared, on each of them. No rewrites beyond what
// the class does by itself; gzip, as every real host sends it. Nothing here is used in production.
//
// MODE (env):
//   directory-redirect  a directory without its trailing slash is redirected to it (301), then its index.html
//                       is served: nginx `try_files $uri $uri/ =404`, Apache, python -m http.server, GitHub Pages.
//   directory           a directory's index.html is served with or without the slash: Azure Static Web Apps,
//                       Vercel by default.
//   clean-urls          /a/b is answered with /a/b.html; a directory without its slash is redirected to it:
//                       Netlify, Cloudflare Pages, Vercel with cleanUrls, `serve`.
//   spa-fallback        only files and directories named with their slash; anything else gets /index.html
//                       with status 200: nginx `try_files $uri /index.html`, a catch-all rewrite.
// Unknown paths get 404.html with status 404, as the README tells each host to do (spa-fallback: index.html).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const MODES = ['directory-redirect', 'directory', 'clean-urls', 'spa-fallback'];
const mode = process.env.MODE ?? '';
if (!MODES.includes(mode)) {
  console.error(`MODE must be one of ${MODES.join(', ')}`);
  process.exit(1);
}
const root = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.OUT_DIR || 'dist');
const port = Number(process.env.PORT) || 4180;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

const isFile = (path) => existsSync(path) && statSync(path).isFile();
const isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();

/** [status, file] or [status, undefined, location] for a redirect. */
function resolvePath(pathname) {
  const target = join(root, pathname);
  if (!target.startsWith(root)) return [404, join(root, '404.html')];
  if (isFile(target)) return [200, target];
  const slash = pathname.endsWith('/');
  const index = join(target, 'index.html');
  if (slash && isFile(index)) return [200, index];
  if (mode === 'clean-urls' && !slash && isFile(`${target}.html`)) return [200, `${target}.html`];
  if (!slash && isDirectory(target) && isFile(index)) {
    if (mode === 'directory') return [200, index];
    if (mode !== 'spa-fallback') return [301, undefined, `${pathname}/`];
  }
  if (mode === 'spa-fallback') return [200, join(root, 'index.html')];
  return [404, join(root, '404.html')];
}

createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
  } catch {
    pathname = '/404';
  }
  const [status, file, location] = resolvePath(pathname);
  if (location) {
    response.writeHead(status, { Location: encodeURI(location) });
    response.end();
    return;
  }
  const body = readFileSync(file);
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && extname(file) !== '.png';
  const sent = gzip ? gzipSync(body) : body;
  response.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': sent.length,
    'Cache-Control': file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : sent);
}).listen(port, '127.0.0.1', () => console.log(`static host (${mode}) serving ${root} on http://127.0.0.1:${port}/`));
