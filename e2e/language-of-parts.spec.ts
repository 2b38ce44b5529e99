import { gotoReady, texts } from './support/catalog';
import { expect, test } from './support/test';

// WCAG 3.1.2: on a Japanese page, the portal's English names are read by a screen reader in English, the Japanese
// names around them in Japanese.
test('on a Japanese step, the portal’s English names in bold are marked English and the Japanese ones are not', async ({ page }) => {
  const { guide } = texts('ja');
  await gotoReady(page, '/ja/5.1.8/check-alert-policies');
  await expect(page.getByRole('heading', { level: 1, name: guide.stepTitles['check-alert-policies'] })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('User restricted from sending email', { exact: true }).first()).toHaveAttribute('lang', 'en');
  await expect(main.getByText('Edit recipient settings', { exact: true })).toHaveAttribute('lang', 'en');
  await expect(main.getByText('制限付きエンティティ', { exact: true })).not.toHaveAttribute('lang', /./);
  await expect(main.getByText('グローバル管理者', { exact: true })).not.toHaveAttribute('lang', /./);
});

test('on a German step, bold names keep the page’s language (the text cannot tell English from German)', async ({ page }) => {
  await gotoReady(page, '/de/5.1.8/check-alert-policies');
  await expect(page.getByRole('main').getByText('User restricted from sending email', { exact: true }).first()).not.toHaveAttribute('lang', /./);
});
