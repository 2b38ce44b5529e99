import type { Block } from '../src/domain/guides';
import { gotoReady, texts } from './support/catalog';
import { expect, test } from './support/test';

// The step's command blocks, as the catalog holds them: what the clipboard must receive, character for character.
function commandsOf(lang: 'en' | 'ja', blockId: string): string[] {
  const block = texts(lang).guide.blocks[blockId] as Block;
  return block.content.flatMap((flow) => (flow.type === 'code' ? [flow.value] : []));
}

test('copying a command puts exactly its text on the clipboard', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const { t } = texts('ja');
  await gotoReady(page, '/ja/5.1.8/unblock-user');
  const expected = commandsOf('ja', 'unblock-user/check')[0];
  const check = page.getByRole('region', { name: t('step.act.check') });
  // Read as English by screen readers, with a name that says what it is.
  await expect(check.getByRole('figure', { name: t('step.command.label') }).first().locator('pre')).toHaveAttribute('lang', 'en');
  await check.getByRole('button', { name: t('step.command.copy') }).first().click();
  await expect(check.getByRole('status').filter({ hasText: t('step.command.copied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  // The same commands in every language (they are never translated).
  expect(expected).toBe(commandsOf('en', 'unblock-user/check')[0]);
  await context.close();
});

test('where the clipboard is refused, the commands are selected for Ctrl+C and the reader is told', async ({ page }) => {
  const { t } = texts('en');
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await gotoReady(page, '/en/5.1.8/unblock-user');
  const change = page.getByRole('region', { name: t('step.act.change') });
  await change.getByRole('button', { name: t('step.command.copy') }).click();
  await expect(change.getByRole('status').filter({ hasText: t('step.command.copyFailed') })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(commandsOf('en', 'unblock-user/change')[0]);
});

test('a printed step keeps its commands, whole, without the buttons', async ({ page }) => {
  const { t } = texts('en');
  await gotoReady(page, '/en/5.1.8/unblock-user');
  await page.emulateMedia({ media: 'print' });
  const check = page.getByRole('region', { name: t('step.act.check') });
  await expect(check.getByText('Get-BlockedSenderAddress -SenderAddress <emailaddress> | Format-List')).toBeVisible();
  await expect(check.getByRole('button', { name: t('step.command.copy') })).toBeHidden();
});

test('in every language, a block of commands names the Microsoft pages they come from, in the reader’s language', async ({ page }) => {
  for (const lang of ['ja', 'de'] as const) {
    const { t } = texts(lang);
    const block = texts(lang).guide.blocks['unblock-user/check'] as Block;
    expect(block.source.kind).toBe('translated');
    const sources = block.source.kind === 'translated' ? (block.source.sources ?? []) : [];
    // The cmdlet's reference page is among them: the source of the command itself.
    expect(sources.map((ref) => ref.title)).toContain('Get-BlockedSenderAddress');
    await gotoReady(page, `/${lang}/5.1.8/unblock-user`);
    const check = page.getByRole('region', { name: t('step.act.check') });
    const link = check.getByRole('link', { name: /^Get-BlockedSenderAddress/ });
    await expect(link).toHaveAttribute('href', new RegExp(`^https://learn\\.microsoft\\.com/${lang === 'ja' ? 'ja-jp' : 'de-de'}/powershell/module/exchangepowershell/get-blockedsenderaddress`));
    await expect(check.getByText(t('source.translatedWritten'), { exact: false })).toBeVisible();
  }
});

test('registering a domain: the two accepted-domain types are explained, and the Internal relay change is apart, with its source', async ({ page }) => {
  const { t, block } = texts('sv');
  await gotoReady(page, '/sv/5.7.750/register-domains');
  const change = page.getByRole('region', { name: t('step.act.change') });
  await expect(change.getByRole('figure', { name: t('step.command.label') }).locator('pre')).toHaveText('Set-AcceptedDomain -Identity <Name> -DomainType InternalRelay');
  await expect(change.getByRole('link', { name: /^Set-AcceptedDomain/ })).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\/sv-se\/powershell\/module\/exchangepowershell\/set-accepteddomain/);
  // The explanation comes before where to act, so a reader adding a domain hosted elsewhere reads it first.
  const explanation = page.getByRole('paragraph').filter({ hasText: block('register-domains/domain-type') });
  const where = page.getByRole('region', { name: t('step.act.where') });
  expect((await explanation.boundingBox())!.y).toBeLessThan((await where.boundingBox())!.y);
});
