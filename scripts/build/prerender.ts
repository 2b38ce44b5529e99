/**
 * After `vite build` (client) and `vite build --ssr` (server entry), writes a
 * static HTML file for every URL of the page model: the page's content
 * readable before and without JavaScript, its title, description, link-preview
 * tags, canonical link and hreflang alternates, and what its first view needs.
 * It composes each page's whole HTML from data (page-document.ts); the
 * sitemap comes from the same page list.
 *
 * SITE_URL (e.g. https://ndr.contoso.com) makes canonical, alternate, og:url
 * and sitemap links absolute; without it they are root-relative.
 */
import { minifySync } from 'rolldown/experimental';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { everyNeutralUrl, everyUrl, pathOf, type PageKind } from '../../src/config/paths';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import { escapeHtml } from './html';
import { renderDocument, type PageDocument } from './page-document';
import { catalogFiles, catalogVersion } from './catalog-version';
import { pageFiles } from './page-files';
import { headersFile, metaCsp, securityHeaders, sha256Source } from './security-headers';
import { sitemap } from './sitemap';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = process.env.OUT_DIR || 'dist';
const dist = join(root, outDir);
type Chunk = { file: string; css?: string[]; isEntry?: boolean };
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const { renderPage, readCatalogsWith } = (await import(pathToFileURL(join(root, `${outDir}-ssr`, 'render-page.js')).href)) as typeof import('../../src/app/render-page');

const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/`.replace('//', '/') : '/';
const site = (process.env.SITE_URL ?? '').replace(/\/$/, '');
const absolute = (path: string) => `${site}${base}${path.replace(/^\//, '')}`;

// Page catalogs are plain JSON under a versioned path (catalog-version.ts); the prerender reads them from disk.
const catalogs = `catalogs/${catalogVersion(root)}/`;
for (const file of catalogFiles(root)) {
  // Served minified: the committed files are indented for review, the reader needs none of that.
  mkdirSync(dirname(join(dist, catalogs, file)), { recursive: true });
  writeFileSync(join(dist, catalogs, file), JSON.stringify(JSON.parse(readFileSync(join(root, 'locales', 'generated', file), 'utf8'))));
}
readCatalogsWith((lang, name) => Promise.resolve(JSON.parse(readFileSync(join(root, 'locales', 'generated', LANGUAGE_INFO[lang].fileKey, `${name}.json`), 'utf8'))));

const entry = manifest['index.html'];
if (!entry?.isEntry) throw new Error('the build manifest has no index.html entry: run vite build first');
const asset = (name: string) => {
  const chunk = manifest[name];
  if (!chunk) throw new Error(`no chunk for ${name} in the build manifest`);
  return `${base}${chunk.file}`;
};

/**
 * The stylesheet goes inline: a separate file would hold the first paint back
 * by a round trip. A page kind whose own part (a lazily loaded module) brings
 * styles adds them: the home page's tools, the comparison. Each page's meta CSP
 * allows exactly its own inline style by its hash; the headers file, one for all
 * pages, allows every variant.
 */
const PAGE_KIND_STYLES: Partial<Record<PageKind['kind'], string>> = {
  home: 'src/features/home/home-tools.ts',
  overview: 'src/features/overview/overview-page.tsx',
  compare: 'src/features/on-demand/parts.ts',
  summary: 'src/features/case/case-pages.tsx',
  'not-admin': 'src/features/case/case-pages.tsx',
};
const cssOf = (chunk: Chunk | undefined) => (chunk?.css ?? []).map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
const baseCss = cssOf(entry);
const stylesheetOf = (kind: PageKind['kind']) => {
  const module = PAGE_KIND_STYLES[kind];
  const css = module ? `${baseCss}\n${cssOf(manifest[module])}` : baseCss;
  return { css, hash: sha256Source(css) };
};
const allStyleHashes = [...new Set((['home', 'compare', 'overview', 'step', 'summary'] as const).map((kind) => stylesheetOf(kind).hash))];

/**
 * The start-up script goes inline too (a file would be one more request before
 * the largest paint); it is the same text on every page, so one hash allows it.
 */
const boot = (() => {
  const source = readFileSync(join(root, 'scripts/build/boot-script.js'), 'utf8');
  // Minified: every page carries it, and its hash in the CSP is of exactly this text.
  const { code: minified, errors } = minifySync('boot-script.js', source, { compress: true, mangle: true });
  if (errors.length) throw new Error(`boot-script.js: ${errors.map((error) => error.message).join('; ')}`);
  const code = minified.trim();
  return { code, hash: sha256Source(code) };
})();
// The page at "/" also asks a bare fallback host for the page's own file (fallback-redirect.js).
const fallbackRedirect = (() => {
  const { code, errors } = minifySync('fallback-redirect.js', readFileSync(join(root, 'scripts/build/fallback-redirect.js'), 'utf8'), { compress: true, mangle: true });
  if (errors.length) throw new Error(`fallback-redirect.js: ${errors.map((error) => error.message).join('; ')}`);
  return { code: code.trim(), hash: sha256Source(code.trim()) };
})();
const headers = securityHeaders({ styleHash: allStyleHashes.join(' '), scriptHash: `${boot.hash} ${fallbackRedirect.hash}` });

interface ShellText {
  shell: { bootError: string; noScript: string };
}
const shell = LANGUAGES.map((lang) => {
  // shell.json: strings written into the HTML only, never shipped in the app's script.
  const { shell: app } = JSON.parse(readFileSync(join(root, 'locales', LANGUAGE_INFO[lang].fileKey, 'shell.json'), 'utf8')) as ShellText;
  return { lang: LANGUAGE_INFO[lang].htmlLang, bootError: app.bootError, noScript: app.noScript };
});

interface Page {
  /** Path relative to the site root, as the router sees it. */
  path: string;
  lang: Lang;
  /** Where the page goes under dist/ (one URL may need several files: see page-files.ts). */
  files: string[];
  page: PageKind;
  /** False for "/" and 404.html: one file for every language, not indexed. */
  localized: boolean;
}

const pages: Page[] = everyUrl().map(({ lang, page, path }) => ({ path, lang, files: pageFiles(path), page, localized: true }));
// The shell at "/" offers every language and redirects; 404.html is what static hosts serve for unknown paths.
pages.push({ path: '/', lang: 'en', files: pageFiles('/'), page: { kind: 'home' }, localized: false });
// Language-neutral links: like "/", a small page that offers every language and goes to the reader's.
for (const { page, path } of everyNeutralUrl()) pages.push({ path, lang: 'en', files: pageFiles(path), page, localized: false });
pages.push({ path: '/404', lang: 'en', files: ['404.html'], page: { kind: 'not-found' }, localized: false });

/**
 * What a page's first view loads with the app's script: its language and, on the home page, its tools. Other pages
 * hydrate their own part when its code and text arrive (main.tsx fetches them as the app starts; React keeps the
 * prerendered HTML meanwhile), so an overview's, a step's, a case page's or the comparison's code and catalog are
 * not preloaded.
 */
function preloads(page: Page): string[] {
  const key = LANGUAGE_INFO[page.lang].fileKey;
  const chunks = [`locales/${key}/ui.json`];
  if (page.page.kind === 'home') chunks.push('src/features/home/home-tools.ts', 'src/i18n/ui-part-files.ts', `locales/${key}/ui-home.json`, 'src/features/home/home-page.tsx');
  const json = ['common', ...(page.page.kind === 'home' ? ['home'] : [])];
  return [...chunks.map(asset), ...json.map((name) => `${base}${catalogs}${key}/${name}.json`)];
}

function headTags(page: Page, meta: Omit<Awaited<ReturnType<typeof renderPage>>, 'html'>): PageDocument['head'] {
  const tags: PageDocument['head'] = [
    { name: 'title', attributes: {}, text: meta.title },
    { name: 'meta', attributes: { name: 'description', content: meta.description } },
  ];
  if (!page.localized) return [...tags, { name: 'meta', attributes: { name: 'robots', content: 'noindex' } }];
  const alternate = (lang: Lang) => absolute(pathOf(lang, page.page)!);
  tags.push({ name: 'link', attributes: { rel: 'canonical', href: absolute(page.path) } });
  for (const other of LANGUAGES) tags.push({ name: 'link', attributes: { rel: 'alternate', hreflang: LANGUAGE_INFO[other].htmlLang, href: alternate(other) } });
  tags.push({ name: 'link', attributes: { rel: 'alternate', hreflang: 'x-default', href: alternate('en') } });
  const og = (property: string, content: string) => ({ name: 'meta', attributes: { property, content } });
  const twitter = (name: string, content: string) => ({ name: 'meta', attributes: { name, content } });
  tags.push(
    og('og:type', 'article'),
    og('og:site_name', meta.siteName),
    og('og:title', meta.shortTitle),
    og('og:description', meta.description),
    og('og:url', absolute(page.path)),
    og('og:locale', LANGUAGE_INFO[page.lang].ogLocale),
    // X (Twitter) reads the Open Graph title and description when its own are absent.
    twitter('twitter:card', 'summary'),
  );
  return tags;
}

const started = performance.now();
let written = 0;
let files = 0;
for (const page of pages) {
  const { html, ...meta } = await renderPage(page.path, page.lang, page.page, base);
  const stylesheet = stylesheetOf(page.page.kind);
  const document: PageDocument = {
    htmlLang: LANGUAGE_INFO[page.lang].htmlLang,
    csp: metaCsp(securityHeaders({ styleHash: stylesheet.hash, scriptHash: page.path === '/' ? fallbackRedirect.hash : boot.hash })),
    redirect: page.path === '/' ? { code: fallbackRedirect.code, base } : undefined,
    head: headTags(page, meta),
    stylesheet: stylesheet.css,
    // A page whose language is known starts through the boot script, after its first paint, with what it
    // needs; "/" and 404 start the app at once, which picks the reader's language.
    start: page.localized ? { kind: 'boot', code: boot.code, main: `${base}${entry.file}`, preload: preloads(page) } : { kind: 'module', src: `${base}${entry.file}` },
    root: { html, path: page.path },
    // The no-JavaScript and start-up messages: only in the page's own language where it has one.
    shell: page.localized ? shell.filter((text) => text.lang === LANGUAGE_INFO[page.lang].htmlLang) : shell,
  };
  const output = renderDocument(document);
  for (const file of page.files) {
    const target = join(dist, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
    files += 1;
  }
  written += 1;
}
// The headers the server (scripts/serve.mjs) and static hosts (_headers) send, with the inline hashes.
writeFileSync(join(dist, 'security-headers.json'), `${JSON.stringify(headers, null, 2)}\n`);
writeFileSync(join(dist, '_headers'), headersFile(headers));
// A sitemap lists absolute URLs only: written when the site's address is known.
if (site) writeFileSync(join(dist, 'sitemap.xml'), sitemap(everyUrl(), absolute, escapeHtml));
console.log(`Prerendered ${written} pages (${files} files)${site ? ' and sitemap.xml' : ' (no sitemap.xml: set SITE_URL)'} into ${dist} in ${Math.round(performance.now() - started)} ms.`);
