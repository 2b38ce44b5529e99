import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { packJson } from '../src/domain/case/handover-codec';
import { chooseLanguage, escapeRegExp, gotoReady, texts } from './support/catalog';
import { expect, test } from './support/test';

const guideModel = (code: string) => JSON.parse(readFileSync(new URL(`../locales/content/guides/${code}/guide.json`, import.meta.url), 'utf8')) as { ndrLines: string[]; steps: string[] };
const bounce = readFileSync(new URL('../src/domain/bounce/fixtures/exo-5.7.750.eml', import.meta.url), 'utf8');
const NDR_750 = guideModel('5.7.750').ndrLines[0];
const [FIRST_750, SECOND_750] = guideModel('5.7.750').steps;
const PROGRESS_KEY = 'ndr-wizard.progress';
const saved = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), PROGRESS_KEY);

test('a pasted bounce, "I’m not the admin": the message holds the code, the NDR line and the details, with a mailto: link', async ({ page }) => {
  const { t } = texts('en');
  await gotoReady(page, '/en/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(bounce);
  await page.getByRole('link', { name: t('bounce.notAdmin') }).click();
  await expect(page).toHaveURL('/en/5.7.750/not-admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('case.notAdmin.title'));
  const message = page.getByRole('textbox', { name: t('case.message.field') });
  for (const part of [
    'Code: 5.7.750',
    `${t('case.message.ndrLine')}: ${NDR_750}`,
    'AS(1234)',
    `${t('case.message.reportingServer')}: DB5EUR03HT123.eop-EUR03.prod.protection.outlook.com`,
    `${t('case.message.date')}: Fri, 20 Nov 2026 10:00:01 +0000`,
    `${t('case.message.sender')}: Alex Wilber <alex@contoso.com>`,
    `${t('case.message.recipients')}: partner@fabrikam.com`,
  ])
    await expect(message).toHaveValue(new RegExp(escapeRegExp(part)));
  const mailto = await page.getByRole('link', { name: t('case.message.mailto') }).getAttribute('href');
  expect(mailto!.length).toBeLessThanOrEqual(2000);
  const body = new URL(mailto!).searchParams.get('body')!;
  expect(body).toContain('AS(1234)');
  expect(body).toContain(NDR_750);
  // The pasted text itself was not kept, only the details found in it.
  expect(await saved(page)).not.toContain('Received:');
});

test('from a guide’s overview, "I’m not the admin" gives a message in the reader’s language, and plain words on the block', async ({ page }) => {
  const { t } = texts('ja');
  await gotoReady(page, '/ja/5.1.8/');
  await page.getByRole('link', { name: t('case.notAdmin.link') }).click();
  await expect(page).toHaveURL('/ja/5.1.8/not-admin');
  await expect(page.getByRole('textbox', { name: t('case.message.field') })).toHaveValue(new RegExp(escapeRegExp(t('case.message.intro', { code: '5.1.8' }))));
  await expect(page.getByRole('textbox', { name: t('case.message.field') })).toHaveValue(new RegExp(escapeRegExp(guideModel('5.1.8').ndrLines[0])));
  // Microsoft documents what a blocked user can still do: it is said, with its source.
  await expect(page.getByRole('heading', { name: t('case.notAdmin.meanwhileHeading') })).toBeVisible();
  await expect(page.getByText(t('case.notAdmin.noBounce'))).toBeVisible();
});

test.describe('in a browser set to Tokyo time', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });
  test('a ticked step with a note: the summary holds both, in the reader’s language (times with their zone) and in English (ISO, UTC)', async ({ page }) => {
    const ja = texts('ja');
    const en = texts('en');
    await gotoReady(page, `/ja/5.7.750/${FIRST_750}`);
    const title = ja.guide.stepTitles[FIRST_750];
    await page.getByRole('checkbox', { name: ja.t('step.markDone', { title }) }).check();
    await page.getByRole('textbox', { name: ja.t('case.note.label') }).fill('チケット INC-42 で対応済み');
    await page.getByRole('link', { name: ja.t('case.summary.link') }).click();
    await expect(page).toHaveURL('/ja/5.7.750/summary');
    await page.getByRole('textbox', { name: ja.t('case.summary.tenant') }).fill('contoso.onmicrosoft.com');
    const reader = page.getByRole('region', { name: ja.t('case.summary.readerHeading') });
    const english = page.getByRole('region', { name: ja.t('case.summary.englishHeading') });
    const readerText = reader.locator('pre');
    await expect(readerText).toContainText(`${ja.t('case.summary.doneHeading')}`);
    // The reader's text is handed to someone who may be in another zone: the zone is named beside the time.
    await expect(readerText).toContainText(new RegExp(`${escapeRegExp(title)} \\(\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2} GMT\\+9 に完了\\)`));
    await expect(readerText).toContainText('チケット INC-42 で対応済み');
    await expect(readerText).toContainText('contoso.onmicrosoft.com');
    await expect(readerText).toContainText(NDR_750);
    const englishText = english.locator('pre');
    await expect(englishText).toHaveAttribute('lang', 'en');
    await expect(englishText).toContainText(new RegExp(`${escapeRegExp(en.guide.stepTitles[FIRST_750])} \\(done \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)`));
    await expect(englishText).toContainText('Note: チケット INC-42 で対応済み');
    await expect(englishText).toContainText(`Steps not done`);
    await expect(englishText).toContainText(en.guide.stepTitles[SECOND_750]);
    // Copy as plain text gives the text shown.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await english.getByRole('button', { name: ja.t('case.summary.copy') }).click();
    await expect(english.getByRole('status')).toHaveText(ja.t('case.summary.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Note: チケット INC-42 で対応済み');
    // Download as Markdown.
    const download = page.waitForEvent('download');
    await reader.getByRole('button', { name: ja.t('case.summary.downloadMarkdown') }).click();
    expect((await download).suggestedFilename()).toBe('ndr-5.7.750-support-summary-ja.md');
  });
});

test('a note typed in one tab appears in another, like ticks', async ({ context }) => {
  const { t } = texts('en');
  const one = await context.newPage();
  const two = await context.newPage();
  await gotoReady(one, `/en/5.7.750/${FIRST_750}`);
  await gotoReady(two, `/en/5.7.750/${FIRST_750}`);
  await one.getByRole('textbox', { name: t('case.note.label') }).fill('written in tab one');
  await expect(two.getByRole('textbox', { name: t('case.note.label') })).toHaveValue('written in tab one');
});

test('a hand-over link made in one browser opens in a fresh one, shows what it holds and merges only after confirmation', async ({ page, browser }) => {
  const { t, guide } = texts('en');
  await gotoReady(page, '/en/');
  await page.getByRole('textbox', { name: t('bounce.label') }).fill(bounce);
  await page.getByRole('link', { name: t('bounce.toSummary') }).click();
  await expect(page).toHaveURL('/en/5.7.750/summary');
  await gotoReady(page, `/en/5.7.750/${FIRST_750}`);
  await page.getByRole('checkbox', { name: t('step.markDone', { title: guide.stepTitles[FIRST_750] }) }).check();
  await page.getByRole('textbox', { name: t('case.note.label') }).fill('Registered contoso.com');
  await page.getByRole('link', { name: t('case.summary.link') }).click();
  await page.getByRole('button', { name: t('case.handover.make') }).click();
  const link = await page.getByRole('textbox', { name: t('case.handover.field') }).inputValue();
  expect(link).toMatch(/\/en\/5\.7\.750\/summary#handover=[A-Za-z0-9_-]+$/);
  expect(link).not.toContain('contoso');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const received = other.getByRole('region', { name: t('case.handover.receivedHeading', { code: '5.7.750' }) });
  await expect(received.getByRole('listitem')).toHaveText([t('case.handover.steps', { count: 1 }), t('case.handover.notes', { count: 1 }), t('case.handover.bounce')]);
  // Nothing is merged before the reader says so.
  await expect(other.getByRole('region', { name: t('case.summary.readerHeading') }).locator('pre')).toContainText(`${t('case.summary.doneHeading')}\n----------\n\nNone`);
  expect(await saved(other)).not.toContain(FIRST_750);
  await received.getByRole('button', { name: t('case.handover.merge') }).click();
  await expect(other.getByRole('status').filter({ hasText: t('case.handover.merged') })).toBeVisible();
  const summary = other.getByRole('region', { name: t('case.summary.readerHeading') }).locator('pre');
  await expect(summary).toContainText('Note: Registered contoso.com');
  await expect(summary).toContainText('AS(1234)');
  expect(new URL(other.url()).hash).toBe('');
  await gotoReady(other, `/en/5.7.750/${FIRST_750}`);
  await expect(other.getByRole('checkbox', { name: t('step.markDone', { title: guide.stepTitles[FIRST_750] }) })).toBeChecked();
  await fresh.close();
});

test('hostile, damaged, foreign or too long hand-over fragments are refused with a clear message and change nothing', async ({ page }) => {
  const { t, guide } = texts('en');
  await gotoReady(page, `/en/5.7.750/${FIRST_750}`);
  await page.getByRole('checkbox', { name: t('step.markDone', { title: guide.stepTitles[FIRST_750] }) }).check();
  await expect.poll(() => saved(page)).toContain(FIRST_750);
  const before = await saved(page);
  const at = new Date().toISOString();
  const valid = (extra: Record<string, unknown>) => JSON.stringify({ format: 'ndr-handover/1', code: '5.7.750', progress: {}, notes: {}, case: {}, ...extra });
  const cases: [string, string][] = [
    ['A'.repeat(13_000), t('case.handover.tooLongLink')],
    ['%3Cscript%3Ealert(1)%3C/script%3E', t('case.handover.undecodable')],
    [await packJson('{"format":"ndr-handover/1","code":"5.7.750","progress":{"__proto__":{"polluted":true}},"notes":{},"case":{}}'), t('case.handover.hostile')],
    [await packJson(valid({ notes: { [FIRST_750]: { text: '<img src=x onerror=alert(1)>', at } } })), t('case.handover.hostile')],
    [await packJson(valid({ progress: { [FIRST_750]: { done: false, at }, 'no-such-step': { done: true, at } } })), t('case.handover.wrongShape')],
    [await packJson('[1,2,3]'), t('case.handover.wrongShape')],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(`/en/5.7.750/summary#handover=${fragment}`);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('button', { name: t('case.handover.merge') })).toHaveCount(0);
    expect(await saved(page)).toBe(before);
  }
});

test('the case pages pass axe and fit 320 px without horizontal scrolling, in English and Japanese', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  for (const lang of ['en', 'ja'] as const) {
    const { t } = texts(lang);
    await gotoReady(page, `/${lang}/`);
    await page.getByRole('textbox', { name: t('bounce.label') }).fill(bounce);
    await page.getByRole('link', { name: t('bounce.notAdmin') }).click();
    await expect(page.getByRole('textbox', { name: t('case.message.field') })).toBeVisible();
    for (const path of [`/${lang}/5.7.750/not-admin`, `/${lang}/5.7.750/summary`, `/${lang}/5.7.750/${FIRST_750}`, `/${lang}/5.1.8/not-admin`]) {
      await gotoReady(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path.endsWith('summary')) {
        await page.getByRole('button', { name: t('case.handover.make') }).click();
        await expect(page.getByRole('textbox', { name: t('case.handover.field') })).toBeVisible();
      } else if (path.includes(FIRST_750)) {
        await expect(page.getByRole('textbox', { name: t('case.note.label') })).toBeEnabled();
      } else {
        await expect(page.getByRole('textbox', { name: t('case.message.field') })).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of results.violations) violations.push(`${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
  }
  expect(violations).toEqual([]);
  await context.close();
});

test('switching language on the summary keeps the page, its notes and the English text, with each language’s punctuation', async ({ page }) => {
  const ja = texts('ja');
  const fr = texts('fr');
  await gotoReady(page, `/ja/5.7.750/${FIRST_750}`);
  await page.getByRole('textbox', { name: ja.t('case.note.label') }).fill('Notiz bleibt');
  await page.getByRole('link', { name: ja.t('case.summary.link') }).click();
  await chooseLanguage(page, 'ja', 'fr');
  await expect(page).toHaveURL('/fr/5.7.750/summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.t('case.summary.pageTitle', { code: '5.7.750' }));
  // French puts a no-break space before the colon; the English text keeps its own.
  expect(fr.t('case.separator')).toBe('\u00a0: ');
  await expect(page.getByRole('region', { name: fr.t('case.summary.readerHeading') }).locator('pre')).toContainText(`${fr.t('case.summary.note')}\u00a0: Notiz bleibt`);
  await expect(page.getByRole('region', { name: fr.t('case.summary.englishHeading') }).locator('pre')).toContainText('Note: Notiz bleibt');
});

test('the case pages fit 320 px in every language', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  for (const lang of ['en', 'zh-cn', 'sv', 'de', 'ja', 'fr'] as const) {
    const { t } = texts(lang);
    for (const path of [`/${lang}/5.7.750/summary`, `/${lang}/5.1.8/not-admin`]) {
      await gotoReady(page, path);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      if (path.endsWith('summary')) await expect(page.getByRole('button', { name: t('case.handover.make') })).toBeVisible();
      else await expect(page.getByRole('textbox', { name: t('case.message.field') })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
  }
  await context.close();
});

test('a note near its limit says how much is used, and a paste cut at the limit says so', async ({ page }) => {
  const { t } = texts('en');
  await gotoReady(page, '/en/5.7.705/enable-mfa');
  const note = page.getByRole('textbox', { name: t('case.note.label') });
  await note.fill('x'.repeat(1000));
  await expect(page.getByText(t('case.note.length', { count: 1000, max: 2000 }))).toHaveCount(0);
  await note.fill('x'.repeat(1900));
  await expect(note).toHaveAccessibleDescription(new RegExp(escapeRegExp(t('case.note.length', { count: 1900, max: 2000 }))));
  // A longer paste: the field keeps its limit, and says nothing more was taken.
  await note.fill('');
  await note.focus();
  await page.keyboard.insertText('y'.repeat(2500));
  await expect(note).toHaveValue('y'.repeat(2000));
  await expect(page.getByText(t('case.note.full', { max: 2000 }))).toBeVisible();
});
