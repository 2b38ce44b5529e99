import { subPathURL } from '../playwright.config';
import { guideSteps } from '../src/domain/guides';
import { escapeRegExp, texts, chooseLanguage } from './support/catalog';
import { expect, test } from './support/test';

const steps = guideSteps('5.7.705');
const after = steps[steps.indexOf('review-connectors') + 1];

test.use({ baseURL: subPathURL });

test('a build for /ndr-wizard/ works under that sub-path, prerendered and in-app', async ({ page }) => {
  const { t, guide } = texts('de');
  const response = await page.goto('/ndr-wizard/de/5.7.705/review-connectors');
  expect(await response?.text()).toContain(`>${guide.stepTitles['review-connectors']}</h1>`);
  await expect(page.locator('.language-switcher[data-ready]')).toBeAttached();
  await page.getByRole('link', { name: new RegExp(escapeRegExp(t('step.next'))) }).click();
  await expect(page).toHaveURL(`/ndr-wizard/de/5.7.705/${after}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles[after]);
  await chooseLanguage(page, 'de', 'fr');
  await expect(page).toHaveURL(`/ndr-wizard/fr/5.7.705/${after}`);
  await page.goto('/ndr-wizard/');
  await expect(page).toHaveURL('/ndr-wizard/fr/');
  const missing = await page.goto('/ndr-wizard/fr/5.7.705/nope');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('fr').t('notFound.title'));
});
