import { HOSTS } from '../playwright.config';
import { HOST_CLASSES } from '../scripts/host-classes';
import { gotoReady, texts } from './support/catalog';
import { expect, test } from './support/test';

const ja = texts('ja');
const de = texts('de');
const fr = texts('fr');
const en = texts('en');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The addresses people share, exactly as shared, and what each must show.
const SHARED = [
  { path: '/ja/5.7.750/review-connectors', title: ja.guide.stepTitles['review-connectors'] },
  { path: '/de/5.7.705/', title: de.name('5.7.705') },
  { path: '/fr/', title: fr.t('home.title') },
];

for (const host of [{ ...HOST_CLASSES[0], url: '' }, ...HOSTS]) {
  test.describe(host.name, () => {
    if (host.url) test.use({ baseURL: host.url });

    test('every shared address opens its own page, and its HTML is that page’s (link previews, no JavaScript)', async ({ page, baseURL }) => {
      for (const { path, title } of SHARED) {
        // What a link-preview bot or a browser without JavaScript gets, redirects followed.
        const response = await page.request.get(path);
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        const finalPath = new URL(response.url()).pathname;
        // Only a directory server that redirects to the trailing slash may change the address, by that slash.
        expect(finalPath, path).toBe(host.kind === 'directory-redirect' && !path.endsWith('/') ? `${path}/` : path);
        if (host.kind === 'spa-fallback' && !path.endsWith('/')) {
          // This host class answers a step address with the page for "/": link previews and readers without
          // JavaScript get that page (the README gives the configuration that fixes it). A browser is sent on
          // to the step's own file at once (below).
          expect(html, path).toContain('data-prerendered="/"');
        } else {
          expect(html, path).toContain(`data-prerendered="${path}"`);
          expect(html, path).toContain(`>${escapeHtml(title)}</h1>`);
          expect(html, path).toContain(`<meta property="og:url" content="${path}" />`);
        }

        await gotoReady(page, path);
        expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
        expect(new URL(page.url()).pathname).toBe(finalPath);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        // The browser has the page prerendered for this address (on the bare fallback, after one redirect to its file).
        await expect(page.locator('#root'), path).toHaveAttribute('data-prerendered', path);
      }
    });

    test('on a wide screen a step’s header and text share the step’s column, and the overview it links to is centred', async ({ page }) => {
      // The column is chosen from the address, on the server and in the browser alike: a step's address with the slash
      // a directory server adds must still count as a step's, or the page keeps the step's column after moving on.
      await page.setViewportSize({ width: 1280, height: 800 });
      const name = page.getByRole('banner').getByRole('link', { name: ja.t('app.name') });
      const heading = page.getByRole('heading', { level: 1 });
      const starts = async () => [(await name.boundingBox())!.x, (await heading.boundingBox())!.x];
      await gotoReady(page, SHARED[0].path);
      await expect(heading).toHaveText(SHARED[0].title);
      const [stepName, stepHeading] = await starts();
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(stepName).toBe(stepHeading);
      // Left of the centre, leaving room for the step list beside it.
      const main = (await page.getByRole('main').boundingBox())!;
      expect(main.x).toBeLessThan((width - main.width) / 2 - 1);
      await page.getByRole('main').getByRole('link', { name: ja.name('5.7.750') }).first().click();
      await expect(heading).toHaveText(ja.name('5.7.750'));
      const [overviewName, overviewHeading] = await starts();
      expect(overviewName).toBe(overviewHeading);
      const centred = (await page.getByRole('main').boundingBox())!;
      expect(Math.abs(centred.x - (width - centred.width) / 2)).toBeLessThan(1);
    });

    test('an overview without its slash, unknown and malformed addresses, and "/" in a Japanese browser open the right page without an error', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: 'ja-JP', baseURL });
      const page = await context.newPage();
      await gotoReady(page, '/de/5.7.705');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.name('5.7.705'));
      // vite preview answers a malformed escape itself, with an empty 400.
      for (const unknown of host.kind === 'vite-preview' ? ['/en/5.7.705/nope'] : ['/en/5.7.705/nope', '/en/%zz']) {
        await gotoReady(page, unknown);
        await expect(page.getByRole('heading', { level: 1 }), unknown).toHaveText(en.t('notFound.title'));
      }
      // "/" is prerendered in English; a Japanese browser goes to /ja/ and starts in Japanese.
      await page.goto('/');
      await expect(page).toHaveURL(/\/ja\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.t('home.title'));
      await context.close();
    });
  });
}
