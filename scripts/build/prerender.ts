/**
 * After `vite build` (client) and `vite build --ssr` (server entry), writes a
 * static HTML file for every URL: the page's content readable before and
 * without JavaScript, its title, description, link-preview tags, canonical
 * link and hreflang alternates, and a preload of its language's catalog.
 *
 * SITE_URL (e.g. https://ndr.contoso.com) makes canonical, alternate and
 * og:url links absolute; without it they are root-relative.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { paths } from '../../src/config/paths';
import { GUIDE_CODES, STEP_IDS } from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import type { PageKind } from '../../src/i18n/page-meta';
import { headersFile, metaCsp, securityHeaders, sha256Source } from './security-headers';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, process.env.OUT_DIR || 'dist');
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
const { renderPage } = (await import(pathToFileURL(join(root, `${process.env.OUT_DIR || 'dist'}-ssr`, 'render-page.js')).href)) as typeof import('../../src/app/render-page');
type RenderedPage = Awaited<ReturnType<typeof renderPage>>;

/**
 * The stylesheet goes inline: a separate file would hold the first paint back
 * by a round trip. The CSP allows exactly this style by its hash.
 */
const stylesheet = (() => {
  const match = /<link rel="stylesheet" crossorigin href="[^"]*?(assets\/[^"]+\.css)">/.exec(template);
  if (!match) throw new Error('dist/index.html links no stylesheet');
  const css = readFileSync(join(dist, match[1]), 'utf8');
  return { link: match[0], css, hash: sha256Source(css) };
})();

/**
 * The start-up script goes inline too (a file would be one more request before
 * the largest paint); it is the same text on every page, so one hash allows it.
 */
const boot = (() => {
  const source = readFileSync(join(root, 'scripts/build/boot-script.js'), 'utf8');
  const code = source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.trim())
    .join('\n')
    .trim();
  return { code, hash: sha256Source(code) };
})();
const headers = securityHeaders({ styleHash: stylesheet.hash, scriptHash: boot.hash });
const pageCsp = metaCsp(headers);

const mainScript = (() => {
  const match = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template);
  if (!match) throw new Error('dist/index.html has no module script');
  return { tag: match[0], src: match[1] };
})();

const base = (() => {
  const match = /<script type="module" crossorigin src="([^"]*)assets\//.exec(template);
  if (!match) throw new Error('dist/index.html has no module script: run vite build first');
  return match[1];
})();
const site = (process.env.SITE_URL ?? '').replace(/\/$/, '');
const absolute = (path: string) => `${site}${base}${path.replace(/^\//, '')}`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const OG_LOCALE: Record<Lang, string> = { en: 'en_US', 'zh-cn': 'zh_CN', sv: 'sv_SE', de: 'de_DE', ja: 'ja_JP', fr: 'fr_FR' };

interface Page {
  /** Path relative to the site root, as the router sees it. */
  path: string;
  lang: Lang;
  /** Where the file goes under dist/. */
  file: string;
  /** The same page in every language (for hreflang); absent on pages that exist once. */
  alternates?: (lang: Lang) => string;
  kind: PageKind;
}

const pages: Page[] = [];
for (const lang of LANGUAGES) {
  pages.push({ path: paths.home(lang), lang, file: `${lang}/index.html`, alternates: (other) => paths.home(other), kind: { kind: 'home' } });
  for (const code of GUIDE_CODES) {
    pages.push({ path: paths.overview(lang, code), lang, file: `${lang}/${code}/index.html`, alternates: (other) => paths.overview(other, code), kind: { kind: 'overview', code } });
    for (const step of STEP_IDS) {
      pages.push({ path: paths.step(lang, code, step), lang, file: `${lang}/${code}/${step}/index.html`, alternates: (other) => paths.step(other, code, step), kind: { kind: 'step', code, step } });
    }
  }
}
// The shell at "/" offers every language and redirects; 404.html is what static hosts serve for unknown paths.
pages.push({ path: '/', lang: 'en', file: 'index.html', kind: { kind: 'home' } });
pages.push({ path: '/404', lang: 'en', file: '404.html', kind: { kind: 'not-found' } });

function head(page: Page, { title, shortTitle, siteName, description }: Omit<RenderedPage, 'html'>): string {
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
  ];
  if (page.alternates) {
    tags.push(`<link rel="canonical" href="${escapeHtml(absolute(page.path))}" />`);
    for (const other of LANGUAGES) {
      tags.push(`<link rel="alternate" hreflang="${LANGUAGE_INFO[other].htmlLang}" href="${escapeHtml(absolute(page.alternates(other)))}" />`);
    }
    tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute(page.alternates('en')))}" />`);
    tags.push(
      `<meta property="og:type" content="article" />`,
      `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
      `<meta property="og:title" content="${escapeHtml(shortTitle)}" />`,
      `<meta property="og:description" content="${escapeHtml(description)}" />`,
      `<meta property="og:url" content="${escapeHtml(absolute(page.path))}" />`,
      `<meta property="og:locale" content="${OG_LOCALE[page.lang]}" />`,
      ...LANGUAGES.filter((other) => other !== page.lang).map((other) => `<meta property="og:locale:alternate" content="${OG_LOCALE[other]}" />`),
      `<meta name="twitter:card" content="summary" />`,
      `<meta name="twitter:title" content="${escapeHtml(shortTitle)}" />`,
      `<meta name="twitter:description" content="${escapeHtml(description)}" />`,
    );

  } else {
    tags.push('<meta name="robots" content="noindex" />');
  }
  return tags.join('\n    ');
}

let written = 0;
for (const page of pages) {
  const { html, ...meta } = await renderPage(page.path, page.lang, page.kind, base);
  let out: string = template
    .replace('<html lang="en">', `<html lang="${LANGUAGE_INFO[page.lang].htmlLang}">`)
    .replace(/<title>[^<]*<\/title>/, head(page, meta))
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeHtml(page.path)}">${html}</div>`);
  // The no-JavaScript and start-up messages: only in the page's own language.
  const htmlLang = LANGUAGE_INFO[page.lang].htmlLang;
  out = out.replace(/<p lang="([^"]+)">[^<]*<\/p>/g, (paragraph, lang: string) => (lang === htmlLang || !page.alternates ? paragraph : ''));
  out = out
    .replace(stylesheet.link, `<style>${stylesheet.css}</style>`)
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(pageCsp)}" />`);
  // A page whose language is known starts through the boot script, after its first paint, with its own
  // catalog (and on the home page its tools, so they do not wait for the app's script to ask);
  // the language-guessing script is only for "/" and 404.
  if (page.alternates) {
    const sourceKey = LANGUAGE_INFO[page.lang].sourceKey;
    const chunks = [`locales/${sourceKey}/index.ts`];
    if (page.kind.kind === 'home') chunks.push('src/features/home/home-tools.ts', `locales/${sourceKey}/ui-home.json`);
    const preload = chunks.map((name) => {
      const chunk = manifest[name];
      if (!chunk) throw new Error(`no chunk for ${name} in the build manifest`);
      return `${base}${chunk.file}`;
    });
    out = out
      .replace(/\s*<script src="[^"]*preload-language\.js"><\/script>/, '')
      .replace(mainScript.tag, `<script data-main="${mainScript.src}" data-preload="${preload.join(' ')}">${boot.code}</script>`);
  }
  const target = join(dist, page.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out);
  written += 1;
}
// The headers the server (scripts/serve.mjs) and static hosts (_headers) send, with the stylesheet's hash.
writeFileSync(join(dist, 'security-headers.json'), `${JSON.stringify(headers, null, 2)}\n`);
writeFileSync(join(dist, '_headers'), headersFile(headers));
console.log(`Prerendered ${written} pages into ${dist}.`);
