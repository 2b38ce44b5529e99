import { readFileSync } from 'node:fs';
import { gotoReady, texts, chooseLanguage } from './support/catalog';
import { expect, test } from './support/test';

const fixture = (name: string) => readFileSync(new URL(`../src/domain/bounce/fixtures/${name}`, import.meta.url), 'utf8');

test('pasting an NDR lists its codes and leads to the guide', async ({ page }) => {
  const { t, name } = texts('en');
  await gotoReady(page, '/en/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(fixture('exchange-online-owa-en.txt'));
  const list = page.getByRole('list', { name: t('bounce.resultsHeading') });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText(`${t('bounce.roleReason')}5.7.705`);
  await list.getByRole('link', { name: t('bounce.openGuide', { code: '5.7.705' }) }).click();
  await expect(page).toHaveURL('/en/5.7.705/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name('5.7.705'));
  // The pasted text never reaches the address bar.
  expect(page.url()).not.toContain('Remote');
});

test('after a paste, the guide opened from it: its summary holds the bounce\'s details, and Back finds the paste again', async ({ page }) => {
  const { t } = texts('en');
  await gotoReady(page, '/en/');
  const box = page.getByRole('textbox', { name: t('bounce.label') });
  await box.fill(fixture('exchange-online-owa-en.txt'));
  const list = page.getByRole('list', { name: t('bounce.resultsHeading') });
  await list.getByRole('link', { name: t('bounce.openGuide', { code: '5.7.705' }) }).click();
  await expect(page).toHaveURL('/en/5.7.705/');
  // Back: the bounce and its result are there again (kept in the page's memory only, never stored).
  await page.goBack();
  await expect(page).toHaveURL('/en/');
  await expect(box).toHaveValue(/550 5\.7\.705 Access denied/);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  // On from the guide to its support summary: the details of the bounce the guide was opened from.
  await page.goForward();
  await page.getByRole('link', { name: t('case.summary.link') }).first().click();
  const summary = page.getByRole('region', { name: t('case.summary.readerHeading') });
  await expect(summary).toContainText("550 5.7.705 Access denied, tenant has exceeded threshold");
  await expect(summary).toContainText('alex@fabrikam.com');
});

test('other codes link to Microsoft’s page in the reader’s language', async ({ page }) => {
  const { t } = texts('de');
  await gotoReady(page, '/de/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(fixture('nested-554.txt'));
  const items = page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem');
  // The outer "554 5.7.0" only wraps the nested reason: one code, with the whole reply quoted.
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText(`${t('bounce.roleReason')}5.7.133`);
  await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', 'https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-133-in-exchange-online');
  await expect(items.nth(0).locator('code[lang="en"]')).toHaveText(/^554 5\.7\.0 < #5\.7\.133 smtp;550 5\.7\.133 RESOLVER/);
});

test('an expired message shows its reason, the cause behind it, and the details for support', async ({ page }) => {
  const { t } = texts('fr');
  await gotoReady(page, '/fr/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(fixture('exo-expired.txt'));
  const items = page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`${t('bounce.roleReason')}4.4.7`);
  // Its reply, 550, makes it final: not the "retried" that a 4.x.x code alone would mean.
  await expect(items.nth(0)).toContainText(t('bounce.class5'));
  await expect(items.nth(1)).toContainText(`${t('bounce.roleCause', { code: '4.4.7' })}4.4.1`);
  const details = page.getByRole('definition');
  await expect(page.getByRole('heading', { name: t('bounce.detailsHeading') })).toBeVisible();
  await expect(page.getByRole('term')).toHaveText([t('bounce.reportingServer'), t('bounce.remoteServer'), t('bounce.date'), t('bounce.recipients'), t('bounce.sender'), t('bounce.subject')]);
  await expect(details).toHaveText(['DM6PR11MB4321.namprd11.prod.outlook.com', 'mx.fabrikam.com (203.0.113.25)', '2026-11-20T10:02:55.000Z', 'ops@fabrikam.com', 'Alice Wu <alice@contoso.com>', 'Contract draft']);
});

test('Microsoft’s wording without a code names the block it most likely is', async ({ page }) => {
  const { t } = texts('sv');
  await gotoReady(page, '/sv/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(fixture('wording-only-5.1.8.txt'));
  await expect(page.getByText(t('bounce.identified', { code: '5.1.8' }))).toBeVisible();
  // 5.1.8 is one of the family's guides: the block is routed to it.
  await expect(page.getByRole('link', { name: t('bounce.openGuide', { code: '5.1.8' }) })).toHaveAttribute('href', '/sv/5.1.8/');
  await expect(page.getByText(t('bounce.none'))).toHaveCount(0);
});

test('text without a code says so and explains what to look for', async ({ page }) => {
  const { t } = texts('ja');
  await gotoReady(page, '/ja/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(fixture('no-code.txt'));
  await expect(page.getByText(t('bounce.none'))).toBeVisible();
  await expect(page.getByText(t('bounce.noneHelp'))).toBeVisible();
});

test('a 5 MB paste keeps the page responsive and still finds the code', async ({ page }) => {
  const { t } = texts('en');
  await gotoReady(page, '/en/');
  const field = page.getByRole('textbox', { name: t('bounce.label') });
  const huge = `${'x'.repeat(2_500_000)}\nRemote Server returned '550 5.7.750 Service unavailable'\n${'5.'.repeat(1_250_000)}`;
  await field.fill(huge);
  await expect(page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem').first()).toContainText(`${t('bounce.roleReason')}5.7.750`, { timeout: 15_000 });
  // Still interactive afterwards.
  await chooseLanguage(page, 'en', 'sv');
  await expect(page).toHaveURL('/sv/');
});
