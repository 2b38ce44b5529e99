import { CC_BY_URL } from '../src/domain/docs-url';
import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { guideSteps } from '../src/domain/guides';
import { escapeRegExp, gotoReady, stepCount, texts, chooseLanguage } from './support/catalog';
import { expect, test } from './support/test';

const steps750 = guideSteps('5.7.750');

for (const lang of LANGUAGES) {
  const { t, guide, name, htmlLang, block } = texts(lang);

  test.describe(`in ${LANGUAGE_INFO[lang].nativeName}`, () => {
    test('home → overview → step', async ({ page }) => {
      await gotoReady(page, `/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('home.title'));
      await page.getByRole('link', { name: new RegExp(`5\\.7\\.750.*${escapeRegExp(name('5.7.750'))}`) }).click();
      await expect(page).toHaveURL(`/${lang}/5.7.750/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name('5.7.750'));
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.getByText('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains')).toBeVisible();
      await expect(page.getByText(t('guide.progress', { done: 0, count: steps750.length }))).toBeVisible();
      await page.getByRole('link', { name: t('guide.start') }).click();
      await expect(page).toHaveURL(`/${lang}/5.7.750/${steps750[0]}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles[steps750[0]]);
      await expect(page.getByText(t('step.counter', { current: 1, total: steps750.length }), { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(escapeRegExp(guide.stepTitles[steps750[0]])));
      await page.getByRole('link', { name: t('step.next') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles[steps750[1]]);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    });

    test('ticking a step survives a reload and shows on the overview', async ({ page }) => {
      await gotoReady(page, `/${lang}/5.7.705/register-domains`);
      const checkbox = page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles['register-domains'])) });
      await expect(checkbox).not.toBeChecked();
      await checkbox.check();
      await page.reload();
      await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles['register-domains'])) })).toBeChecked();
      await page.getByRole('link', { name: new RegExp(escapeRegExp(name('5.7.705'))) }).click();
      await expect(page.getByText(t('guide.progress', { done: 1, count: stepCount('5.7.705') }))).toBeVisible();
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: guide.stepTitles['register-domains'], exact: true }) });
      await expect(item).toContainText(t('guide.statusDone'));
      // register-domains is not the first step of 5.7.705, so the next action is still its first step.
      const first = guideSteps('5.7.705').findIndex((step) => step !== 'register-domains') + 1;
      await expect(page.getByRole('link', { name: t('guide.continue', { number: first }) })).toBeVisible();
    });

    test('switching language mid-guide keeps the step and the progress', async ({ page }) => {
      const other = lang === 'ja' ? 'de' : 'ja';
      const target = texts(other);
      await gotoReady(page, `/${lang}/5.7.750/review-connectors`);
      await page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles['review-connectors'])) }).check();
      await chooseLanguage(page, lang, other);
      await expect(page).toHaveURL(`/${other}/5.7.750/review-connectors`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.guide.stepTitles['review-connectors']);
      await expect(page.locator('html')).toHaveAttribute('lang', target.htmlLang);
      await expect(page).toHaveTitle(new RegExp(escapeRegExp(target.guide.stepTitles['review-connectors'])));
      await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(target.guide.stepTitles['review-connectors'])) })).toBeChecked();
      // The choice is remembered for the next visit to "/".
      await page.goto('/');
      await expect(page).toHaveURL(`/${other}/`);
    });

    test('a step link opens the same step in a fresh browser', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await gotoReady(page, `/${lang}/5.7.705/contact-support`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles['contact-support']);
      const position = guideSteps('5.7.705').indexOf('contact-support') + 1;
      await expect(page.getByText(t('step.counter', { current: position, total: stepCount('5.7.705') }), { exact: true })).toBeVisible();
      const docs = page.getByRole('region', { name: t('step.docsHeading') }).getByRole('link', { name: new RegExp(escapeRegExp(guide.docs['contact-support'].title)) });
      await expect(docs).toHaveAttribute('href', `https://learn.microsoft.com/${LANGUAGE_INFO[lang].docsLocale}/microsoft-365/admin/contact-support-for-business-products`);
      await expect(docs).toHaveAttribute('target', '_blank');
      await expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
      // Exactly the title and where it opens: the arrow drawn after every such link is decoration, not part of its name.
      await expect(docs).toHaveAccessibleName(new RegExp(`^${escapeRegExp(guide.docs['contact-support'].title)}\\s*\\(${escapeRegExp(t('step.opensInNewTab'))}\\)$`));
      await context.close();
    });

    test('the footer credits Microsoft’s article and pages under CC BY 4.0 and links the article’s current version', async ({ page }) => {
      // On a guide written from other Microsoft pages (5.1.8) as on the article's own: the link is the article the
      // attribution names, and says so, not "the article on these codes".
      await gotoReady(page, `/${lang}/5.1.8/unblock-user`);
      // The link stands in the attribution's paragraph, whose text gives "that article" its meaning.
      const attribution = page.getByRole('contentinfo').getByRole('paragraph').filter({ hasText: t('footer.attribution', { title: block('article.title'), licenseUrl: CC_BY_URL }) });
      const link = attribution.getByRole('link', { name: new RegExp(`^${escapeRegExp(t('footer.currentArticle'))}`) });
      await expect(link).toHaveAttribute('href', guide.docs['fix-5-7-700-through-5-7-750'].href);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    test('unknown addresses show a real not-found page with the guides', async ({ page }) => {
      for (const path of [`/${lang}/5.7.999/`, `/${lang}/5.7.705/not-a-step`, `/${lang}/5.7.705/enable-mfa/extra`, `/${lang}/%3Cscript%3E`]) {
        await gotoReady(page, path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notFound.title'));
        await expect(page.getByRole('link', { name: new RegExp(escapeRegExp(name('5.7.705'))) })).toHaveAttribute('href', `/${lang}/5.7.705/`);
      }
    });
  });
}

test('an unknown language segment falls back to the reader’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await gotoReady(page, '/xx/5.7.705/');
  const { t, htmlLang } = texts('sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notFound.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
  await context.close();
});

test('"/" follows the browser’s language, then the saved choice', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/de/');
  await chooseLanguage(page, 'de', 'fr');
  await expect(page).toHaveURL('/fr/');
  await page.goto('/');
  await expect(page).toHaveURL('/fr/');
  await context.close();
});

test('only the chosen language’s catalog is downloaded', async ({ page }) => {
  // Language chunks are named for their language ("ja-ui-….js"); page catalogs live under ".../ja/".
  const languages = new Set<string>();
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    requested.push(path);
    const match = /\/assets\/(en|zh-CN|sv|de|ja|fr)-[\w.-]+\.js$/.exec(path) ?? /\/catalogs\/\w+\/(en|zh-CN|sv|de|ja|fr)\//.exec(path);
    if (match) languages.add(match[1]);
  });
  await gotoReady(page, '/ja/5.7.705/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').name('5.7.705'));
  expect([...languages]).toEqual(['ja']);
  // Requested alongside the app's script, not after it ran: the language's strings and the shared catalog. The
  // overview's own part (its code, words and the guide's catalog) is fetched once the app runs: not in the first view.
  await expect(page.locator('link[rel="modulepreload"][href*="/ja-"]')).toHaveCount(1);
  await expect(page.locator('link[rel="preload"][href$="/ja/common.json"]')).toHaveCount(1);
  await expect(page.locator('link[rel="preload"][href$="/ja/guide-5.7.705.json"]')).toHaveCount(0);
  expect(requested.filter((path) => path.endsWith('/ja/guide-5.7.705.json'))).toHaveLength(1);
  await chooseLanguage(page, 'ja', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('fr').name('5.7.705'));
  expect([...languages]).toEqual(['ja', 'fr']);
});

test('a step link loads none of the home page’s tools; the home page brings them in its language', async ({ page }) => {
  const ja = texts('ja');
  const fr = texts('fr');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
  // (ui-part-files, the table of on-demand strings, is not among them: a step page's list of steps uses it too.)
  const tools = () => requested.filter((name) => /^(home-tools|(en|zh-CN|sv|de|ja|fr)-ui-home|analyze-bounce)-/.test(name));
  await gotoReady(page, '/ja/5.7.750/review-connectors');
  expect(tools()).toEqual([]);
  // In-app navigation to the home page loads the tools with their Japanese strings.
  await page.getByRole('link', { name: ja.t('app.home') }).click();
  await expect(page.getByRole('textbox', { name: ja.t('bounce.label') })).toBeVisible();
  await expect(page.getByRole('button', { name: ja.t('transfer.export') })).toBeEnabled();
  expect(tools().filter((name) => name.startsWith('ja-ui-home'))).toHaveLength(1);
  // Switching language there fetches the French strings of the tools too.
  await chooseLanguage(page, 'ja', 'fr');
  await expect(page.getByRole('textbox', { name: fr.t('bounce.label') })).toBeVisible();
  await expect(page.getByRole('heading', { name: fr.t('transfer.heading') })).toBeVisible();
  expect(tools().filter((name) => name.startsWith('fr-ui-home'))).toHaveLength(1);
});

test('copy link copies the absolute step URL and confirms it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const { t } = texts('en');
  await gotoReady(page, '/en/5.7.750/enable-mfa');
  await page.getByRole('button', { name: t('step.copyLink') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('step.linkCopied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/5.7.750/enable-mfa`);
  await context.close();
});

test('reset progress asks first, then clears everything the guide keeps: ticks, notes, details', async ({ page }) => {
  const { t, guide } = texts('en');
  await gotoReady(page, '/en/5.7.705/enable-mfa');
  await page.getByRole('checkbox', { name: /Enable multifactor/ }).check();
  await page.getByRole('textbox', { name: t('case.note.label') }).fill('MFA on for every admin');
  await gotoReady(page, '/en/5.7.705/summary');
  await page.getByRole('textbox', { name: t('case.summary.tenant') }).fill('contoso.onmicrosoft.com');
  await expect(page.getByRole('region', { name: t('case.summary.readerHeading') })).toContainText('contoso.onmicrosoft.com');
  await gotoReady(page, '/en/5.7.705/');
  await expect(page.getByText(t('guide.progress', { done: 1, count: stepCount('5.7.705') }))).toBeVisible();
  await page.getByRole('button', { name: t('guide.reset') }).click();
  await expect(page.getByText(t('guide.resetQuestion', { code: '5.7.705' }))).toBeVisible();
  await page.getByRole('button', { name: t('guide.resetCancel') }).click();
  await expect(page.getByText(t('guide.progress', { done: 1, count: stepCount('5.7.705') }))).toBeVisible();
  await page.getByRole('button', { name: t('guide.reset') }).click();
  await page.getByRole('button', { name: t('guide.resetConfirm') }).click();
  await expect(page.getByText(t('guide.progress', { done: 0, count: stepCount('5.7.705') }))).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: t('guide.resetDone', { code: '5.7.705' }) })).toBeVisible();
  await gotoReady(page, `/en/5.7.705/enable-mfa`);
  await expect(page.getByRole('checkbox', { name: new RegExp(guide.stepTitles['enable-mfa']) })).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: t('case.note.label') })).toHaveValue('');
  // Kept nowhere: not after a reload either.
  await page.reload();
  await expect(page.getByRole('textbox', { name: t('case.note.label') })).toHaveValue('');
  await gotoReady(page, '/en/5.7.705/summary');
  await expect(page.getByRole('textbox', { name: t('case.summary.tenant') })).toHaveValue('');
  await expect(page.getByRole('region', { name: t('case.summary.readerHeading') })).not.toContainText('MFA on for every admin');
});

test('each paragraph offers its English original', async ({ page }) => {
  const { t } = texts('ja');
  await gotoReady(page, '/ja/5.7.705/review-connectors');
  // Microsoft's machine-translated paragraph, corrected by the project: said so, with today's English beside it.
  await expect(page.getByText(t('source.corrected', { locale: 'ja-JP', date: '2019-06-11' })).first()).toBeVisible();
  const toggle = page.getByRole('button', { name: t('source.showEnglish') }).first();
  await toggle.click();
  const original = page.getByRole('blockquote', { name: t('source.englishOriginal') }).first();
  await expect(original).toBeVisible();
  await expect(original).toContainText(texts('en').block('step.review-connectors').slice(0, 25));
  await expect(page.getByRole('button', { name: t('source.hideEnglish') })).toHaveAttribute('aria-expanded', 'true');
});

test('an English page names the article\'s English original as what the project corrected, not an "en-US" translation', async ({ page }) => {
  const en = texts('en');
  await gotoReady(page, '/en/5.7.705/review-connectors');
  await expect(page.getByText(en.t('source.correctedEnglish', { date: '2020-01-29' })).first()).toBeVisible();
  await expect(page.getByText('en-US')).toHaveCount(0);
});
