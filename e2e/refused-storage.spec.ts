import type { Page } from '@playwright/test';
import { escapeRegExp, gotoReady, stepCount, texts } from './support/catalog';
import { expect, test } from './support/test';

const KEY = 'ndr-wizard.progress';
const en = texts('en');
const mfa = en.guide.stepTitles['enable-mfa'];
const domains = en.guide.stepTitles['register-domains'];
const guideLink = new RegExp(escapeRegExp(en.name('5.7.705')));
const steps = stepCount('5.7.705');

/** Ticks a step, then checks the tick in the step list of the overview and on the step again. */
async function tickAndFollow(page: Page) {
  await page.getByRole('checkbox', { name: new RegExp(mfa) }).check();
  await page.getByRole('link', { name: guideLink }).click();
  await expect(page.getByText(en.t('guide.progress', { done: 1, count: steps }))).toBeVisible();
  await page.getByRole('link', { name: mfa }).click();
  await expect(page.getByRole('checkbox', { name: new RegExp(mfa) })).toBeChecked();
}

// Each way a browser refuses storage: the page works in memory and says once that ticks will not be kept.
// (The fixture fails the test on any uncaught error or console error.)
const REFUSALS: [string, () => void][] = [
  [
    'reading window.localStorage itself throws (site data blocked in Chrome)',
    () => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
          },
        });
      }
    },
  ],
  [
    'every storage call throws',
    () => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) Storage.prototype[method] = refuse;
    },
  ],
  [
    'storage is full (every write exceeds the quota)',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
      };
    },
  ],
];

for (const [name, refuse] of REFUSALS) {
  test(`${name}: ticking works in memory, one notice, no error`, async ({ page }) => {
    await page.addInitScript(refuse);
    await gotoReady(page, '/en/5.7.705/enable-mfa');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mfa);
    await tickAndFollow(page);
    // Said once, wherever the reader goes, however often a save fails.
    await expect(page.getByText(en.t('storage.unavailable'))).toHaveCount(1);
    await page.getByRole('checkbox', { name: new RegExp(mfa) }).uncheck();
    await page.getByRole('checkbox', { name: new RegExp(mfa) }).check();
    await expect(page.getByText(en.t('storage.unavailable'))).toHaveCount(1);
    // The home page's tools (export of progress) work from memory too.
    await page.getByRole('link', { name: en.t('app.home') }).click();
    await expect(page.getByText(en.t('home.guideProgress', { done: 1, count: steps }))).toBeVisible();
  });
}

test('storage that fills up mid-visit: ticks made before and after are kept in memory, and the reader is told once', async ({ page }) => {
  await gotoReady(page, '/en/5.7.705/enable-mfa');
  await page.getByRole('checkbox', { name: new RegExp(mfa) }).check();
  await expect(page.getByText(en.t('storage.unavailable'))).toHaveCount(0);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.getByRole('link', { name: en.t('step.next') }).click();
  await page.getByRole('checkbox', { name: new RegExp(domains) }).check();
  await expect(page.getByText(en.t('storage.unavailable'))).toHaveCount(1);
  await page.getByRole('link', { name: guideLink }).click();
  await expect(page.getByText(en.t('guide.progress', { done: 2, count: steps }))).toBeVisible();
});

test('storage cleared in another tab: this tab keeps its ticks and saves them again, so a reload still shows them', async ({ context }) => {
  const first = await context.newPage();
  await gotoReady(first, '/en/5.7.705/enable-mfa');
  await first.getByRole('checkbox', { name: new RegExp(mfa) }).check();
  const second = await context.newPage();
  await gotoReady(second, '/en/5.7.705/');
  await expect(second.getByText(en.t('guide.progress', { done: 1, count: steps }))).toBeVisible();

  await second.evaluate(() => localStorage.clear());
  // The open tab still shows the tick, and has written it back: nothing the reader did is lost.
  await expect(first.getByRole('checkbox', { name: new RegExp(mfa) })).toBeChecked();
  await expect.poll(() => second.evaluate((key) => localStorage.getItem(key), KEY)).toContain('enable-mfa');
  await second.reload();
  await expect(second.getByText(en.t('guide.progress', { done: 1, count: steps }))).toBeVisible();
  await expect(first.getByText(en.t('storage.unavailable'))).toHaveCount(0);
});
