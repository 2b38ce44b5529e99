import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { everyUrl } from '../src/config/paths';
import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { firstViewGzipBytes } from '../scripts/build/first-view';
import { escapeRegExp, stepCount, texts } from './support/catalog';
import { recordFigure } from './support/figures';
import { expect, test } from './support/test';

const dist = new URL('../dist/', import.meta.url);
const fileOf = (path: string) => new URL(`.${path.endsWith('/') ? path : `${path}/`}index.html`, dist);

// Every URL of the page model (the same list the prerender step and the sitemap use).
const urls = everyUrl();
const allPaths = urls.map((url) => url.path);

test('every URL has a prerendered page with its language, title, link-preview tags and hreflang alternates', () => {
  // The 14 step links and 2 overviews that were published first must stay, in every language.
  for (const lang of LANGUAGES) {
    for (const code of ['5.7.705', '5.7.750']) {
      expect(allPaths).toContain(`/${lang}/${code}/`);
      for (const step of ['change-admin-passwords', 'enable-mfa', 'register-domains', 'review-connectors', 'check-compromised-accounts', 'secure-on-premises-servers', 'contact-support']) {
        expect(allPaths).toContain(`/${lang}/${code}/${step}`);
      }
    }
  }
  for (const path of allPaths) {
    const file = fileOf(path);
    expect(existsSync(file), path).toBe(true);
    const html = readFileSync(file, 'utf8');
    const lang = LANGUAGES.find((candidate) => path.startsWith(`/${candidate}/`))!;
    const { guide } = texts(lang);
    expect(html, path).toContain(`<html lang="${LANGUAGE_INFO[lang].htmlLang}">`);
    expect(html, path).toMatch(/<title>[^<]{10,}<\/title>/);
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:locale', 'twitter:card']) expect(html, `${path} ${tag}`).toContain(tag);
    expect(html, path).toContain(`<link rel="canonical" href="${path}" />`);
    for (const other of LANGUAGES) expect(html, path).toContain(`hreflang="${LANGUAGE_INFO[other].htmlLang}" href="${path.replace(`/${lang}/`, `/${other}/`)}"`);
    expect(html, path).toContain(`hreflang="x-default" href="${path.replace(`/${lang}/`, '/en/')}"`);
    expect(html, path).toContain(`<div id="root" data-prerendered="${path}">`);
    const url = urls.find((candidate) => candidate.path === path)!;
    const step = url.page.kind === 'step' ? url.page.step : undefined;
    if (step) {
      // The same page as /a/b.html, for hosts that map a URL without a slash to it (see page-files.ts).
      expect(readFileSync(new URL(`.${path}.html`, dist), 'utf8'), `${path}.html`).toBe(html);
      expect(html, path).toContain(`<meta property="og:title" content="${guide.stepTitles[step].replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`);
      // As React writes text: & < > " and ' escaped.
      const reactText = guide.stepTitles[step].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
      expect(html, path).toContain(`>${reactText}</h1>`);
    }
  }
  const notFound = readFileSync(new URL('./404.html', dist), 'utf8');
  expect(notFound).toContain(`<title>${texts('en').t('notFound.title')} – `);
});

test('the first view of every page of every guide, and of the comparison, in every language, stays within 120 kB gzip', () => {
  // Bytes, not time: the same build always gives the same figure. (Timings are for `npm run bench`.)
  // A guide's pages: its overview, its steps, its support summary and "I'm not the admin" page.
  const distDir = fileURLToPath(dist);
  const kinds = ['overview', 'step', 'summary', 'not-admin', 'compare'] as const;
  for (const kind of kinds) {
    const paths = urls.filter((url) => url.page.kind === kind).map((url) => url.path);
    expect(paths.length, kind).toBeGreaterThanOrEqual(LANGUAGES.length);
    const sizes = paths.map((path) => ({ path, bytes: firstViewGzipBytes(distDir, `${path.slice(1).replace(/\/$/, '')}/index.html`) }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    recordFigure(`largest first view of a page of kind ${kind}, kB gzip`, Math.round(largest.bytes / 100) / 10);
    expect(largest.bytes, largest.path).toBeLessThanOrEqual(120_000);
  }
});

test('nothing inline runs unless the page’s policy names it by hash', () => {
  for (const path of [...allPaths, '/', '/404']) {
    const html = readFileSync(path === '/404' ? new URL('./404.html', dist) : fileOf(path), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy, path).not.toContain('unsafe-inline');
    const directive = (name: string) => policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '';
    const inline = (tag: 'script' | 'style') => [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]);
    for (const [tag, name] of [['script', 'script-src'], ['style', 'style-src']] as const) {
      for (const text of inline(tag)) expect(directive(name), `${path}: inline ${tag}`).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    }
    expect(html, path).not.toMatch(/\son[a-z]+=/i);
    // Every part of the page is in place in the HTML itself, none held back for a script to reveal.
    expect(html, path).not.toMatch(/<template|<div hidden id="S:/);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a step link shows its content', async ({ page }) => {
    const { t, guide, block } = texts('ja');
    await page.goto('/ja/5.7.750/review-connectors');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles['review-connectors']);
    // A paragraph's text, up to its first link (getByText matches within one element).
    await expect(page.getByText(block('review-connectors/signs').slice(0, 20))).toBeVisible();
    const docs = page.getByRole('region', { name: t('step.docsHeading') });
    await expect(docs.getByRole('link', { name: new RegExp(escapeRegExp(guide.docs['validate-connectors'].title)) })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/ja-jp/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/validate-connectors',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  for (const page of ['summary', 'not-admin'] as const) {
    test(`the ${page} page does not claim to be reading saved progress it never will`, async ({ page: tab }) => {
      const { t } = texts('de');
      await tab.goto(`/de/5.7.705/${page}`);
      await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
      // The prerendered page holds the status for the app to end; without scripts it is not shown.
      const status = tab.getByText(t('case.summary.loading'));
      await expect(status).toHaveCount(1);
      await expect(status).toBeHidden();
    });
  }

  test('"/" offers every language', async ({ page }) => {
    await page.goto('/');
    for (const lang of LANGUAGES) await expect(page.getByRole('link', { name: LANGUAGE_INFO[lang].nativeName })).toHaveAttribute('href', `/${lang}/`);
  });
});

test('prerendered pages hydrate without a warning, then apply saved progress', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.addInitScript(() =>
    localStorage.setItem('ndr-wizard.progress', JSON.stringify({ state: { progress: { '5.7.705': { 'enable-mfa': { done: true, at: '2026-11-20T10:00:00.000Z' } } } }, version: 1 })),
  );
  for (const lang of LANGUAGES) {
    const { t, guide } = texts(lang);
    await page.goto(`/${lang}/5.7.705/enable-mfa`);
    await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles['enable-mfa'])) })).toBeChecked();
    await page.goto(`/${lang}/5.7.705/`);
    await expect(page.getByText(t('guide.progress', { done: 1, count: stepCount('5.7.705') }))).toBeVisible();
    await page.goto(`/${lang}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.title'));
  }
  expect(messages).toEqual([]);
});

test('applying saved progress after hydration moves nothing on the page', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('ndr-wizard.progress', JSON.stringify({ state: { progress: { '5.7.705': { 'enable-mfa': { done: true, at: '2026-11-20T10:00:00.000Z' } } } }, version: 1 }));
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const { t, guide } = texts('de');
  for (const [path, applied] of [
    ['/de/5.7.705/enable-mfa', () => page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles['enable-mfa'])) })],
    ['/de/5.7.705/', () => page.getByText(t('guide.progress', { done: 1, count: stepCount('5.7.705') }))],
    ['/de/', () => page.getByText(t('home.guideProgress', { done: 1, count: stepCount('5.7.705') }))],
  ] as const) {
    await page.goto(path);
    const target = applied();
    await (path.endsWith('enable-mfa') ? expect(target).toBeChecked() : expect(target).toBeVisible());
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
  }
});

test('an unknown address is answered with status 404 and a not-found page in the reader’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const response = await page.goto('/nope/at/all');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').t('notFound.title'));
  await context.close();
});
