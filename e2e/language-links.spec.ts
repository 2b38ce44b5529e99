import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../src/domain/languages';
import { GUIDE_CODES, guideSteps } from '../src/domain/guides';
import { chooseLanguage, escapeRegExp, gotoReady, languageLinks, texts } from './support/catalog';
import { expect, FAILED_RESOURCE, test } from './support/test';

test('the language is changed with the keyboard alone: arrow keys do nothing, Enter goes, the choice is kept', async ({ page }) => {
  const de = texts('de');
  const fr = texts('fr');
  await gotoReady(page, '/de/5.7.705/review-connectors');
  const french = languageLinks(page, 'de').getByRole('link', { name: 'Français', exact: true });
  for (let i = 0; i < 20 && !(await french.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(french).toBeFocused();
  // A select would navigate on these; links do not.
  for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End']) await page.keyboard.press(key);
  await expect(page).toHaveURL('/de/5.7.705/review-connectors');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.guide.stepTitles['review-connectors']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/fr/5.7.705/review-connectors');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.guide.stepTitles['review-connectors']);
  // Focus stays on the language links, and the current language is marked as such.
  await expect(languageLinks(page, 'fr').getByRole('link', { name: 'Français', exact: true })).toBeFocused();
  await expect(languageLinks(page, 'fr').getByRole('link', { name: 'Français', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.goto('/');
  await expect(page).toHaveURL('/fr/');
});

for (const [device, viewport] of [
  ['a wide screen', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
  // Where the six names just need a second row: the Chinese and Japanese pages once kept one (a bold current name of
  // three or four characters, and Latin names drawn in their CJK stack, made their row narrower).
  ['a narrow window', { width: 445, height: 800 }],
] as const) {
  test(`on ${device} the header is as tall in every language: switching language does not move the page below it`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const bottoms: Record<string, number | undefined> = {};
    await gotoReady(page, '/en/5.7.705/enable-mfa');
    let shown: Lang = 'en';
    for (const lang of LANGUAGES) {
      // Switched as a reader does, by the language's own link.
      if (lang !== shown) await chooseLanguage(page, shown, lang);
      shown = lang;
      await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(texts(lang).guide.stepTitles['enable-mfa'])) })).toBeVisible();
      // Measured once the page is in that language: its <html lang> chooses the line heights.
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_INFO[lang].htmlLang);
      await expect(page.getByRole('banner').getByRole('link', { name: texts(lang).t('app.name') })).toBeVisible();
      const banner = await page.getByRole('banner').boundingBox();
      expect(banner?.height).toBeGreaterThan(0);
      bottoms[lang] = banner ? banner.y + banner.height : undefined;
    }
    expect(bottoms).toEqual(Object.fromEntries(LANGUAGES.map((lang) => [lang, bottoms.en])));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the language links open the same page in each language', async ({ page }) => {
    const step = 'review-connectors';
    await page.goto(`/de/5.7.750/${step}`);
    for (const lang of ['ja', 'sv', 'en'] as const) {
      const from = new URL(page.url()).pathname.split('/')[1] as (typeof LANGUAGES)[number];
      await languageLinks(page, from).getByRole('link', { name: LANGUAGE_INFO[lang].nativeName, exact: true }).click();
      await expect(page).toHaveURL(`/${lang}/5.7.750/${step}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts(lang).guide.stepTitles[step]);
    }
    // On an overview and on the home page too.
    await page.goto('/sv/5.7.705/');
    await languageLinks(page, 'sv').getByRole('link', { name: 'Deutsch', exact: true }).click();
    await expect(page).toHaveURL('/de/5.7.705/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('de').name('5.7.705'));
  });

  test('a language-neutral link offers the page in every language', async ({ page }) => {
    await page.goto('/5.7.705/enable-mfa');
    const links = page.getByRole('main').getByRole('link');
    await expect(links).toHaveCount(LANGUAGES.length);
    await page.getByRole('main').getByRole('link', { name: '日本語', exact: true }).click();
    await expect(page).toHaveURL('/ja/5.7.705/enable-mfa');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').guide.stepTitles['enable-mfa']);
  });
});

test.describe('language-neutral links open in the reader’s language', () => {
  for (const [locale, lang] of [
    ['ja-JP', 'ja'],
    ['de-DE', 'de'],
    ['zh-CN', 'zh-cn'],
    ['fr-CA', 'fr'],
    ['sv-SE', 'sv'],
    // No language of the site: English.
    ['ko-KR', 'en'],
  ] as const) {
    test(`a browser in ${locale} → ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/5.7.750/review-connectors');
      await expect(page).toHaveURL(`/${lang}/5.7.750/review-connectors`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts(lang).guide.stepTitles['review-connectors']);
      await page.goto('/5.7.705/');
      await expect(page).toHaveURL(`/${lang}/5.7.705/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts(lang).name('5.7.705'));
      // Like a page load: the heading is not given focus (no focus ring on it).
      await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
      await context.close();
    });
  }

  test('a saved choice comes before the browser’s languages', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    await context.addInitScript(() => {
      if (window.location.protocol === 'http:') window.localStorage.setItem('ndr-wizard.language', 'sv');
    });
    const page = await context.newPage();
    await page.goto('/5.7.705/contact-support');
    await expect(page).toHaveURL('/sv/5.7.705/contact-support');
    await context.close();
  });

  test('every guide and step has a neutral link, and an unknown step is not found', async ({ page }) => {
    for (const code of GUIDE_CODES) {
      const response = await page.request.get(`/${code}/${guideSteps(code).at(-1)}`);
      expect(response.status(), code).toBe(200);
      expect((await page.request.get(`/${code}/`)).status(), code).toBe(200);
    }
    await page.goto('/5.7.705/no-such-step');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('en').t('notFound.title'));
  });
});

test('a page in another language than the reader’s offers theirs in one line, in their language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await gotoReady(page, '/en/5.7.750/enable-mfa');
  const offer = page.getByRole('link', { name: texts('ja').t('offer.read') });
  await expect(offer).toBeVisible();
  await expect(offer.locator('xpath=..')).toHaveAttribute('lang', 'ja');
  await offer.click();
  await expect(page).toHaveURL('/ja/5.7.750/enable-mfa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').guide.stepTitles['enable-mfa']);
  await expect(page.getByRole('link', { name: texts('ja').t('offer.read') })).toHaveCount(0);
  // In the reader's own language there is nothing to offer.
  await gotoReady(page, '/ja/');
  await expect(page.getByText(texts('ja').t('offer.read'))).toHaveCount(0);
  await context.close();
});

test('"copy link" offers this language’s link and the one for any language', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const { t } = texts('sv');
  await gotoReady(page, '/sv/5.7.705/enable-mfa');
  await page.getByRole('button', { name: t('step.copyLink') }).click();
  await expect(page.getByText(t('step.linkCopied'))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/sv\/5\.7\.705\/enable-mfa$/);
  await page.getByRole('button', { name: t('guideNav.copyNeutral') }).click();
  await expect(page.getByText(t('guideNav.neutralCopied'))).toBeVisible();
  const neutral = await page.evaluate(() => navigator.clipboard.readText());
  expect(neutral).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/5\.7\.705\/enable-mfa$/);
  await context.close();
});

test('the language links name each language in itself', async ({ page }) => {
  await gotoReady(page, '/en/5.7.705/');
  for (const lang of LANGUAGES) {
    const link = languageLinks(page, 'en').getByRole('link', { name: new RegExp(`^${escapeRegExp(LANGUAGE_INFO[lang].nativeName)}$`) });
    await expect(link).toHaveAttribute('lang', LANGUAGE_INFO[lang].htmlLang);
    await expect(link).toHaveAttribute('href', `/${lang}/5.7.705/`);
  }
});

test('pointing at a language link, or tabbing to it, fetches that language before any click', async ({ page }) => {
  await gotoReady(page, '/en/5.7.750/review-connectors');
  const links = languageLinks(page, 'en');
  for (const [name, file, act] of [
    ['日本語', /\/ja\/common\.json$/, 'hover'],
    ['Deutsch', /\/de\/common\.json$/, 'focus'],
  ] as const) {
    const fetched = page.waitForRequest(file);
    await links.getByRole('link', { name })[act]();
    await fetched;
  }
  // Nothing changed for the reader: same page, same language.
  await expect(page).toHaveURL('/en/5.7.750/review-connectors');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a language typed in another case', () => {
  // The host answers "/zh-CN/…" with its not-found page (status 404), whose address the app then corrects.
  test.use({ expectedConsoleErrors: FAILED_RESOURCE });

  test('opens the page at the address the app writes ("/zh-CN/" as "/zh-cn/", "/EN/" as "/en/")', async ({ page }) => {
    await page.goto('/zh-CN/5.7.750/');
    await expect(page).toHaveURL('/zh-cn/5.7.750/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('zh-cn').name('5.7.750'));
    await page.goto('/EN/5.7.705/enable-mfa');
    await expect(page).toHaveURL('/en/5.7.705/enable-mfa');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('en').guide.stepTitles['enable-mfa']);
  });
});
