import { expect, test } from '@playwright/test';
import { guideSteps } from '../src/domain/guides';
import { escapeRegExp, gotoReady, texts } from './support/catalog';

const en = texts('en');

test('a step whose text cannot be loaded says so once, stops asking, and loads on retry', async ({ page }) => {
  let offline = true;
  let requests = 0;
  await page.route(/\/catalogs\/\w+\/en\/step-[\w-]+\.json$/, (route) => {
    requests += 1;
    return offline ? route.abort('internetdisconnected') : route.continue();
  });
  const [first, second] = guideSteps('5.7.705');
  await gotoReady(page, `/en/5.7.705/${first}`);
  // In-app navigation to the next step needs that step's text: it cannot come.
  await page.getByRole('link', { name: en.t('step.next') }).click();
  await expect(page).toHaveURL(`/en/5.7.705/${second}`);
  await expect(page.getByRole('alert')).toContainText(en.t('app.loadError'));
  const asked = requests;
  await page.waitForTimeout(1000);
  // Not a loop of requests behind the message.
  expect(requests - asked).toBeLessThanOrEqual(1);
  offline = false;
  await page.getByRole('button', { name: en.t('app.retry') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.guide.stepTitles[second]);
  await page.getByRole('checkbox', { name: new RegExp(escapeRegExp(en.guide.stepTitles[second])) }).check();
  await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(en.guide.stepTitles[second])) })).toBeChecked();
});

test('English originals shown on one step do not follow the reader to the next', async ({ page }) => {
  const ja = texts('ja');
  const [first, second] = guideSteps('5.7.705');
  await gotoReady(page, `/ja/5.7.705/${first}`);
  await page.getByRole('button', { name: ja.t('source.showEnglishAll') }).click();
  await expect(page.getByRole('blockquote', { name: ja.t('source.englishOriginal') }).first()).toBeVisible();
  await page.getByRole('link', { name: ja.t('step.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.guide.stepTitles[second]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('blockquote', { name: ja.t('source.englishOriginal') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: ja.t('source.showEnglishAll') })).toBeVisible();
});

test('without a clipboard API (a page served over plain http) copying falls back to selecting the commands', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await gotoReady(page, '/en/5.1.8/unblock-user');
  const change = page.getByRole('region', { name: en.t('step.act.change') });
  await change.getByRole('button', { name: en.t('step.command.copy') }).click();
  await expect(change.getByRole('status').filter({ hasText: en.t('step.command.copyFailed') })).toBeVisible();
  await page.getByRole('button', { name: en.t('step.copyLink') }).click();
  await expect(page.getByRole('textbox', { name: en.t('step.linkField') })).toHaveValue(/\/en\/5\.1\.8\/unblock-user$/);
});
