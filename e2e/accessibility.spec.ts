import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { guideSteps } from '../src/domain/guides';
import { escapeRegExp, gotoReady, texts } from './support/catalog';
import { recordFigure } from './support/figures';
import { expect, test } from './support/test';

const PAGE_TYPES = [
  ['home', (lang: string) => `/${lang}/`],
  ['which block', (lang: string) => `/${lang}/which-block/`],
  ['overview', (lang: string) => `/${lang}/5.7.750/`],
  ['step', (lang: string) => `/${lang}/5.7.705/secure-on-premises-servers`],
  // A step with commands (copy buttons, scrolled code), a bad result and changes.
  ['step with commands', (lang: string) => `/${lang}/5.1.8/unblock-user`],
  ['support summary', (lang: string) => `/${lang}/5.7.750/summary`],
  ['not the admin', (lang: string) => `/${lang}/5.1.8/not-admin`],
  ['not found', (lang: string) => `/${lang}/5.7.705/no-such-step`],
  // The Support step: its request form, and a step list with a step waiting.
  ['support step', (lang: string) => `/${lang}/5.7.705/contact-support`],
  // A guide whose steps are all done (saved below): its completion.
  ['finished overview', (lang: string) => `/${lang}/5.7.705/`],
] as const;

// Saved progress: every step of 5.7.705 done, a request to Support recorded under 5.7.750.
const SAVED = JSON.stringify({
  state: {
    progress: {
      '5.7.705': Object.fromEntries(guideSteps('5.7.705').map((step) => [step, { done: true, at: '2026-11-20T10:00:00.000Z' }])),
      '5.7.750': { 'contact-support': { done: false, at: '2026-11-20T10:00:00.000Z', requested: { on: '2026-11-20', caseNumber: '123' } } },
    },
  },
  version: 1,
});

for (const lang of LANGUAGES) {
  test(`axe finds no WCAG 2.2 AA violation on any page type in ${LANGUAGE_INFO[lang].nativeName}, light and dark`, async ({ browser }) => {
    // Sixteen pages scanned in one test: on a loaded two-core machine that takes longer than one page's budget.
    test.setTimeout(180_000);
    let scanned = 0;
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      await context.addInitScript((saved) => {
        if (window.location.protocol === 'http:' && !window.localStorage.getItem('ndr-wizard.progress')) window.localStorage.setItem('ndr-wizard.progress', saved);
      }, SAVED);
      const page = await context.newPage();
      for (const [name, path] of PAGE_TYPES) {
        await page.goto(path(lang));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // What loads once the page runs (step list, completion, support form, language offer) is checked too.
        await expect(page.locator('.language-switcher[data-ready]')).toBeAttached();
        if (name.includes('step') && name !== 'not found') await expect(page.getByRole('navigation', { name: texts(lang).t('guideNav.heading') }).getByRole('listitem').first()).toBeAttached();
        if (name === 'finished overview') await expect(page.getByText(texts(lang).t('guideNav.complete'))).toBeVisible();
        if (name === 'support step') await expect(page.getByRole('button', { name: texts(lang).t('support.save') })).toBeVisible();
        // Open an English original too, so its text is checked as well.
        const toggle = page.getByRole('button', { name: texts(lang).t('source.showEnglish') }).first();
        if (lang !== 'en' && (await toggle.count())) await toggle.click();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        scanned += 1;
        for (const violation of results.violations) violations.push(`${colorScheme} ${name}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      }
      await context.close();
    }
    recordFigure('pages scanned by axe', scanned);
    recordFigure('axe violations found', violations.length);
    console.log(`axe ${lang}: ${scanned} pages scanned, ${violations.length} violations`);
    expect(violations).toEqual([]);
  });
}

test.describe('a language-neutral page as readers without JavaScript see it', () => {
  // The app's script is refused (axe itself needs the page's JavaScript, so it cannot be switched off).
  test.use({ expectedConsoleErrors: /Failed to load resource|net::ERR_FAILED/ });

  test('axe finds no violation, light and dark', async ({ browser }) => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto('/5.7.750/review-connectors');
      await expect(page.getByRole('main').getByRole('link')).toHaveCount(LANGUAGES.length);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of results.violations) violations.push(`${colorScheme}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});

async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

test('a whole guide can be completed with the keyboard alone, focus always visible', async ({ page }) => {
  test.setTimeout(90_000);
  const { t, guide, name } = texts('fr');
  const steps = guideSteps('5.7.750');
  await gotoReady(page, '/fr/');
  await tabTo(page, page.getByRole('link', { name: new RegExp(escapeRegExp(name('5.7.750'))) }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: t('guide.start') }));
  await page.keyboard.press('Enter');
  for (const [index, step] of steps.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles[step]);
    const checkbox = page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles[step])) });
    await tabTo(page, checkbox);
    // The focused control shows a focus ring.
    expect(await checkbox.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    await expect(checkbox).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: t('step.doneAt', { date: '' }).trim() })).toBeVisible();
    const next = index < steps.length - 1 ? t('step.next') : t('step.finish');
    await tabTo(page, page.getByRole('link', { name: new RegExp(escapeRegExp(next)) }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText(t('guide.progress', { done: steps.length, count: steps.length }))).toBeVisible();
  await expect(page.getByRole('link', { name: t('guide.review') })).toBeVisible();
});

test('no page type scrolls sideways at 320 px in any language (long commands scroll inside their block)', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const lang of LANGUAGES) {
    for (const [name, path] of PAGE_TYPES) {
      await page.goto(path(lang));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${lang} ${name}: ${width}px`);
    }
  }
  expect(wide).toEqual([]);
  await context.close();
});
