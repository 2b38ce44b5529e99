import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { GUIDE_CODES, guideSteps } from '../src/domain/guides';
import { paths } from '../src/config/paths';
import { texts } from './support/catalog';
import { expect, test } from './support/test';

// Every page type, and every guide and step (the longest German and Swedish titles are among them).
const stepPages = [...new Map(GUIDE_CODES.flatMap((code) => guideSteps(code).map((step) => [step, { code, step }] as const))).values()];

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of LANGUAGES) {
  test(`no horizontal scroll at 320 px on any page type in ${LANGUAGE_INFO[lang].nativeName}`, async ({ page }) => {
    test.setTimeout(180_000);
    const { t } = texts(lang);
    const steps = stepPages.map(({ code, step }) => paths.step(lang, code, step));
    const pages = [paths.home(lang), paths.compare(lang), ...GUIDE_CODES.map((code) => paths.overview(lang, code)), ...steps, `/${lang}/5.7.705/no-such-step`];
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('.language-switcher[data-ready]')).toBeAttached();
      // A step's list, opened: the widest it gets.
      const list = page.getByRole('navigation', { name: t('guideNav.heading') });
      if (steps.includes(path)) {
        await list.getByText(t('guideNav.heading')).click();
        await expect(list.getByRole('listitem').first()).toBeVisible();
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });
}

test('a language-neutral page, without JavaScript, fits 320 px', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/5.7.705/secure-on-premises-servers');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});
