import { readFileSync } from 'node:fs';
import { fixtureSiteURL } from '../playwright.config';
import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { gotoReady, texts, chooseLanguage } from './support/catalog';
import { expect, test } from './support/test';

/*
 * The site built by e2e/support/build-fixture-site.mjs: the real project plus one guide written only as content
 * files (e2e/fixtures/extra-guide/locales/content): code 5.9.999, its own step and a step it shares with 5.7.705.
 */
test.use({ baseURL: fixtureSiteURL });

const fixture = (lang: string, file: string) =>
  readFileSync(new URL(`./fixtures/extra-guide/locales/content/${file.replace('<lang>', lang)}`, import.meta.url), 'utf8');
const titleIn = (markdown: string) => /^title: (.*)$/m.exec(markdown)![1];

test('a guide added as content files only is built, prerendered, routed and in the sitemap', async ({ page, request }) => {
  for (const lang of LANGUAGES) {
    const key = LANGUAGE_INFO[lang].fileKey;
    const guideTitle = titleIn(fixture(key, 'guides/5.9.999/<lang>.md'));
    const stepTitle = titleIn(fixture(key, 'steps/confirm-fixture-setting/<lang>.md'));
    // Prerendered: the step's own page, readable before any script runs.
    const response = await request.get(`/${lang}/5.9.999/confirm-fixture-setting`);
    expect(response.status(), lang).toBe(200);
    expect(await response.text()).toContain(`>${stepTitle}</h1>`);
    const overview = await request.get(`/${lang}/5.9.999/`);
    expect(await overview.text()).toContain(guideTitle);
  }
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://ndr.example/ja/5.9.999/confirm-fixture-setting</loc>');
  expect(sitemap).toContain('<loc>https://ndr.example/de/5.9.999/check-compromised-accounts</loc>');
  expect(sitemap).toContain('hreflang="zh-CN" href="https://ndr.example/zh-cn/5.9.999/"');

  // Routed in the app: from the home page to the guide, through both steps, the shared one included.
  const en = texts('en');
  await gotoReady(page, '/en/');
  await page.getByRole('link', { name: /5\.9\.999/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleIn(fixture('en', 'guides/5.9.999/<lang>.md')));
  await expect(page.getByText('550 5.9.999 Fixture guide for tests')).toBeVisible();
  await page.getByRole('link', { name: en.t('guide.start') }).click();
  await expect(page).toHaveURL('/en/5.9.999/confirm-fixture-setting');
  await expect(page.getByText('Get-AcceptedDomain')).toBeVisible();
  await page.getByRole('link', { name: en.t('step.next') }).click();
  await expect(page).toHaveURL('/en/5.9.999/check-compromised-accounts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.guide.stepTitles['check-compromised-accounts']);
  await expect(page.getByText(en.t('step.counter', { current: 2, total: 2 }), { exact: true })).toBeVisible();

  // Reachable by the language switcher, like every other page.
  await chooseLanguage(page, 'en', 'ja');
  await expect(page).toHaveURL('/ja/5.9.999/check-compromised-accounts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('ja').guide.stepTitles['check-compromised-accounts']);
  await page.getByRole('link', { name: texts('ja').t('step.previous'), exact: false }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleIn(fixture('ja', 'steps/confirm-fixture-setting/<lang>.md')));
});
