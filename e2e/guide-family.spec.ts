import { GUIDE_CODES, guideSteps } from '../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { escapeRegExp, gotoReady, texts, chooseLanguage } from './support/catalog';
import { expect, test } from './support/test';

// The guides added to the first two: every "your organization can't send" block of Exchange Online.
const NEW_GUIDES = ['5.7.703', '5.7.708', '5.1.8', '5.7.711', '5.7.233'];
const ndrLineOf = (code: string) => new RegExp(`\\b${escapeRegExp(code)}\\b`);

for (const lang of LANGUAGES) {
  const { t, guide, name } = texts(lang);
  const other = lang === 'ja' ? 'de' : 'ja';
  const target = texts(other);

  for (const code of NEW_GUIDES) {
    test(`${code} in ${LANGUAGE_INFO[lang].nativeName}: overview, a step, tick, reload, switch language`, async ({ page }) => {
      const [first] = guideSteps(code);
      await gotoReady(page, `/${lang}/${code}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name(code));
      // The NDR line as it arrives: English, verbatim.
      await expect(page.getByRole('figure').locator('code[lang="en"]').first()).toContainText(ndrLineOf(code));
      await expect(page.getByText(t('guide.progress', { done: 0, count: guideSteps(code).length }))).toBeVisible();
      await page.getByRole('link', { name: t('guide.start') }).click();
      await expect(page).toHaveURL(`/${lang}/${code}/${first}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.stepTitles[first]);
      const checkbox = page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles[first])) });
      await checkbox.check();
      await page.reload();
      await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles[first])) })).toBeChecked();
      await chooseLanguage(page, lang, other);
      await expect(page).toHaveURL(`/${other}/${code}/${first}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.guide.stepTitles[first]);
      await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(target.guide.stepTitles[first])) })).toBeChecked();
    });
  }

  test(`"Which block is it?" in ${LANGUAGE_INFO[lang].nativeName} sets the family side by side`, async ({ page }) => {
    await gotoReady(page, `/${lang}/`);
    await page.getByRole('link', { name: t('home.compareLink') }).click();
    await expect(page).toHaveURL(`/${lang}/which-block/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('compare.title'));
    for (const code of GUIDE_CODES) {
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${escapeRegExp(code)}\\b`) }) });
      for (const fact of ['blocked', 'whoSees', 'whoFixes', 'timeToFix'] as const) await expect(card.getByText(t(`compare.${fact}`), { exact: true })).toBeVisible();
      await expect(card.getByRole('link', { name: t('compare.open', { code }) })).toHaveAttribute('href', `/${lang}/${code}/`);
    }
  });
}

test('a pasted bounce of each family code leads to its guide', async ({ page }) => {
  test.setTimeout(90_000);
  const { t } = texts('en');
  await gotoReady(page, '/en/');
  for (const code of GUIDE_CODES) {
    // As Exchange Online and most servers report it: the remote server's reply with the code.
    await page.getByRole('textbox', { name: t('bounce.label') }).fill(`Delivery has failed to these recipients or groups:\n\nRemote Server returned '550 ${code} Access denied'\n`);
    const link = page.getByRole('link', { name: t('bounce.openGuide', { code }) });
    await expect(link).toHaveAttribute('href', `/en/${code}/`);
  }
  // The result shown is the last one pasted: follow it.
  const last = GUIDE_CODES[GUIDE_CODES.length - 1];
  await page.getByRole('link', { name: t('bounce.openGuide', { code: last }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('en').name(last));
});
