import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildMsg, NDR_705_MSG } from '../src/domain/bounce/test-support/build-msg';
import { gotoReady, texts } from './support/catalog';
import { expect, test } from './support/test';

const emlPath = new URL('../src/domain/bounce/fixtures/exo-5.7.750.eml', import.meta.url).pathname;

/** Drops files on the bounce section as a browser does: a DataTransfer holding them. */
async function dropFile(page: Page, name: string, bytes: Uint8Array, ...more: { name: string; bytes: Uint8Array }[]) {
  const dataTransfer = await page.evaluateHandle(
    (files) => {
      const transfer = new DataTransfer();
      for (const { name, data } of files) transfer.items.add(new File([new Uint8Array(data)], name));
      return transfer;
    },
    [{ name, bytes }, ...more].map((file) => ({ name: file.name, data: Array.from(file.bytes) })),
  );
  const section = page.locator('section.bounce-paste');
  await section.dispatchEvent('dragover', { dataTransfer });
  await section.dispatchEvent('drop', { dataTransfer });
}

test('opening an .eml file shows its code, the server’s reply and the details, read in the browser', async ({ page }) => {
  const { t } = texts('en');
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') uploads.push(request.url());
  });
  await gotoReady(page, '/en/');
  // The tools start after the page: a file chosen before that would go unnoticed.
  await expect(page.getByLabel(t('bounce.fileLabel'))).toBeEnabled();
  await page.getByLabel(t('bounce.fileLabel')).setInputFiles(emlPath);
  await expect(page.getByRole('status').filter({ hasText: t('bounce.fileRead', { name: 'exo-5.7.750.eml' }) })).toBeVisible();
  const items = page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`${t('bounce.roleReason')}5.7.750`);
  await expect(items.first().locator('code[lang="en"]')).toHaveText(/^550 5\.7\.750 Service unavailable\. Client blocked from sending from unregistered domains\. AS\(1234\)/);
  await expect(page.getByRole('term')).toHaveText([t('bounce.asId'), t('bounce.reportingServer'), t('bounce.date'), t('bounce.recipients'), t('bounce.sender'), t('bounce.subject')]);
  await expect(page.getByRole('definition')).toHaveText(['AS(1234)', 'DB5EUR03HT123.eop-EUR03.prod.protection.outlook.com', 'Fri, 20 Nov 2026 10:00:01 +0000', 'partner@fabrikam.com', 'Alex Wilber <alex@contoso.com>', 'Försäljning Q4']);
  await items.first().getByRole('link', { name: t('bounce.openGuide', { code: '5.7.750' }) }).click();
  await expect(page).toHaveURL('/en/5.7.750/');
  expect(uploads).toEqual([]);
});

test('dropping an Outlook .msg file shows its code and details, in the reader’s language', async ({ page }) => {
  const { t } = texts('de');
  await gotoReady(page, '/de/');
  await expect(page.getByLabel(t('bounce.fileLabel'))).toBeEnabled();
  await dropFile(page, 'Unzustellbar.msg', buildMsg(NDR_705_MSG));
  const items = page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`${t('bounce.roleReason')}5.7.705`);
  await expect(items.first().locator('code[lang="en"]')).toHaveText('550 5.7.705 Access denied, tenant has exceeded threshold');
  await expect(page.getByRole('definition')).toHaveText(['AM0PR01MB1234.eurprd01.prod.exchangelabs.com', 'Fri, 20 Nov 2026 10:00:05 +0000', 'partner@fabrikam.com', 'Alex Wilber <alex@contoso.com>', 'Quarterly report']);
  await expect(page.getByRole('status').filter({ hasText: t('bounce.fileRead', { name: 'Unzustellbar.msg' }) })).toBeVisible();
});

test('dropping several files reads the first and says the others were not read', async ({ page }) => {
  const { t } = texts('de');
  await gotoReady(page, '/de/');
  await expect(page.getByLabel(t('bounce.fileLabel'))).toBeEnabled();
  await dropFile(page, 'Unzustellbar.msg', buildMsg(NDR_705_MSG), { name: 'exo-5.7.750.eml', bytes: readFileSync(emlPath) });
  const items = page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`${t('bounce.roleReason')}5.7.705`);
  await expect(page.getByRole('status').filter({ hasText: t('bounce.fileRead', { name: 'Unzustellbar.msg' }) })).toHaveText(
    `${t('bounce.fileRead', { name: 'Unzustellbar.msg' })} ${t('bounce.fileOthers', { count: 1 })}`,
  );
  // A first file that is refused: the message says so, and that the others were not looked at either.
  await dropFile(page, 'notes.txt', new TextEncoder().encode('hello'), { name: 'a.eml', bytes: readFileSync(emlPath) }, { name: 'b.eml', bytes: readFileSync(emlPath) });
  await expect(page.getByRole('alert')).toHaveText(`${t('bounce.fileType', { name: 'notes.txt' })} ${t('bounce.fileOthers', { count: 2 })}`);
});

test('another kind of file, or one that is not a message, gets a clear message and no result', async ({ page }) => {
  const { t } = texts('ja');
  await gotoReady(page, '/ja/');
  const input = page.getByLabel(t('bounce.fileLabel'));
  await expect(input).toBeEnabled();
  await input.setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(page.getByRole('alert')).toHaveText(t('bounce.fileType', { name: 'screenshot.png' }));
  await input.setInputFiles({ name: 'broken.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from(buildMsg(NDR_705_MSG).slice(0, 600)) });
  await expect(page.getByRole('alert')).toHaveText(t('bounce.fileUnreadable', { name: 'broken.msg' }));
  await expect(page.getByRole('list', { name: t('bounce.resultsHeading') })).toHaveCount(0);
  // Pasting text afterwards works as before, and the message goes away.
  await page.getByRole('textbox', { name: t('bounce.label') }).fill("Remote Server returned '550 5.7.708 Access denied, traffic not accepted from this IP'");
  await expect(page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the file picker is reached with the keyboard, and the results pass axe and fit 320 px', async ({ page }) => {
  const { t } = texts('de');
  await page.setViewportSize({ width: 320, height: 800 });
  await gotoReady(page, '/de/');
  // The tools load after the page: the file picker can be used (and reached) once they have started.
  await expect(page.getByLabel(t('bounce.fileLabel'))).toBeEnabled();
  await page.getByRole('textbox', { name: t('bounce.label') }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('bounce.fileLabel'))).toBeFocused();
  await page.getByLabel(t('bounce.fileLabel')).setInputFiles({ name: 'ndr.eml', mimeType: 'message/rfc822', buffer: readFileSync(emlPath) });
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(readFileSync(new URL('../src/domain/bounce/fixtures/exo-expired.txt', import.meta.url), 'utf8'));
  await expect(page.getByRole('list', { name: t('bounce.resultsHeading') }).getByRole('listitem')).toHaveCount(2);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
