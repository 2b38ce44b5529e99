import { launchOptions } from '../playwright.config';
import { texts } from './support/catalog';
import { markerCut, serveCutPage } from './support/cut-page';
import { expect, test } from './support/test';

// Playwright hides scrollbars in headless Chromium; these are the project's launch options without that, so the
// scrollbar takes room as it does on Windows and Linux desktops. (A launch option forces a worker of its own, so these
// tests have a file of their own.)
test.use({ launchOptions: { ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } });

test('a page first painted while short stands where it stays once it is long enough to scroll', async ({ page }) => {
  // The browser may paint before the parser has reached the end of a page (first-paint.spec.ts): a first paint of a
  // step holding only its header and heading has nothing to scroll, so no scrollbar; the whole page has one.
  const cutAt = await serveCutPage(page, '/en/5.7.705/enable-mfa');
  const name = page.getByRole('banner').getByRole('link', { name: texts('en').t('app.name') });
  const scrolls = () => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  await page.goto('/en/5.7.705/enable-mfa');
  expect(await scrolls()).toBe(true);
  // Else this browser draws no scrollbar that takes room, and the test would show nothing.
  expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
  const whole = await name.boundingBox();
  cutAt(markerCut('<main', '</h1>', { after: true }));
  await page.reload();
  expect(await scrolls()).toBe(false);
  expect(await name.boundingBox()).toEqual(whole);
});
