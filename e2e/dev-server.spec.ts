import { devServerURL } from '../playwright.config';
import { texts } from './support/catalog';
import { expect, test } from './support/test';

test.use({ baseURL: devServerURL });

test('the dev server serves overview and step URLs, dots and all', async ({ page }) => {
  const de = texts('de');
  await page.goto('/de/5.7.705/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.name('5.7.705'));
  await page.goto('/ja/5.7.750/review-connectors');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').guide.stepTitles['review-connectors']);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').guide.stepTitles['review-connectors']);
});
