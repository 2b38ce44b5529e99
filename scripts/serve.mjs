// Serves the production build (dist/) for `npm start`, the end-to-end tests and the benchmark.
// Every URL is a prerendered file (dir/index.html; a step also as name.html, see build/page-files.ts); any other
// path gets 404.html with status 404.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.OUT_DIR || 'dist');
const port = Number(process.env.PORT) || 4173;
const host = process.env.HOST || '127.0.0.1';
const base = (process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/` : '/').replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

// The build writes the final headers (with the inline stylesheet's hash) next to the pages.
const headersFile = existsSync(join(root, 'security-headers.json')) ? join(root, 'security-headers.json') : fileURLToPath(new URL('./build/security-headers.json', import.meta.url));
const SECURITY_HEADERS = JSON.parse(readFileSync(headersFile, 'utf8'));

if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

function fileFor(pathname) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  const html = `${candidate.replace(/\/$/, '')}.html`;
  if (existsSync(html) && statSync(html).isFile()) return html;
  return undefined;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);
const compressed = new Map();

/** Brotli or gzip, as the browser accepts, computed once per file (the files never change while serving). */
function encodedBody(file, acceptEncoding) {
  if (!COMPRESSIBLE.has(extname(file))) return undefined;
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : undefined;
  if (!encoding) return undefined;
  const key = `${encoding}:${file}`;
  if (!compressed.has(key)) {
    const raw = readFileSync(file);
    compressed.set(key, encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 }));
  }
  return { encoding, body: compressed.get(key) };
}

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    pathname = '/';
  }
  if (!pathname.startsWith(base)) {
    response.writeHead(302, { Location: base, ...SECURITY_HEADERS });
    response.end();
    return;
  }
  let file;
  try {
    file = fileFor(`/${pathname.slice(base.length)}`);
  } catch {
    file = undefined;
  }
  const isAsset = file !== undefined && !file.endsWith('.html');
  // Every real page is a file; anything else is not found (the page then shows links to the guides).
  const notFound = join(root, '404.html');
  const target = file ?? (existsSync(notFound) ? notFound : join(root, 'index.html'));
  const encoded = encodedBody(target, String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(file || !existsSync(notFound) ? 200 : 404, {
    'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
    Vary: 'Accept-Encoding',
    ...(encoded ? { 'Content-Encoding': encoded.encoding, 'Content-Length': encoded.body.length } : {}),
    // Hashed assets never change; HTML must be revalidated so a deploy is picked up.
    'Cache-Control': isAsset && target.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  if (encoded) response.end(encoded.body);
  else createReadStream(target).pipe(response);
});

server.listen(port, host, () => {
  console.log(`NDR Unblock Wizard: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
});
