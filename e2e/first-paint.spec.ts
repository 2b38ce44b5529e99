import { guideSteps } from '../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO } from '../src/domain/languages';
import { escapeRegExp, texts } from './support/catalog';
import { markerCut, serveCutPage } from './support/cut-page';
import { expect, test } from './support/test';

// Under load the browser may paint before the parser has reached the end of a page. What is already parsed must then
// stand where it will stay: each test serves a prerendered page without its scripts, whole and cut where later content
// starts, and compares the places of what both show (CONTRIBUTING.md says which layouts break this and how).

const steps750 = guideSteps('5.7.750');

test('on a wide screen a step’s column is where it stays from the first paint, before the rest of the page arrives', async ({ page }) => {
  // The step's column is placed to leave room for the step list beside it; the list comes after the step.
  const cutAt = await serveCutPage(page, '/en/5.7.750/review-connectors');
  const { t } = texts('en');
  const stepNav = page.getByRole('navigation', { name: t('step.counter', { current: steps750.indexOf('review-connectors') + 1, total: steps750.length }) });
  await page.goto('/en/5.7.750/review-connectors');
  await expect(stepNav).toHaveCount(1);
  const whole = await page.getByRole('main').boundingBox();
  cutAt(markerCut('<main', '<nav class="step-nav"'));
  await page.reload();
  await expect(stepNav).toHaveCount(0);
  const partial = await page.getByRole('main').boundingBox();
  expect(partial!.x).toBe(whole!.x);
  // …and that place leaves room for the step list beside it.
  expect(whole!.x).toBeLessThan((page.viewportSize()!.width - whole!.width) / 2 - 1);
});

for (const lang of ['de', 'ja'] as const) {
  // Cut after the icon, the name's row holds the icon alone: in either script, centring on the row would show.
  test(`the header's name and its icon stand where they stay from the first paint (${lang})`, async ({ page }) => {
    const cutAt = await serveCutPage(page, `/${lang}/5.7.705/enable-mfa`);
    const { t } = texts(lang);
    // The first link of the header is the name (cut after its icon it has no text yet, so no accessible name).
    const name = page.getByRole('banner').getByRole('link').first();
    // The icon is decorative (aria-hidden), so it has no role to be found by.
    const place = async () => [await name.boundingBox(), await name.locator('svg').boundingBox()].map((box) => [box?.x, box?.y]);
    await page.goto(`/${lang}/5.7.705/enable-mfa`);
    await expect(page.getByRole('navigation', { name: t('app.language') })).toBeVisible();
    await expect(name).toHaveAccessibleName(t('app.name'));
    const whole = await place();
    for (const [where, cut] of [
      ['after the icon', markerCut('<header', '</svg>', { after: true, within: '</header>' })],
      ['after the name', markerCut('<header', '<nav', { within: '</header>' })],
    ] as const) {
      cutAt(cut);
      await page.reload();
      await expect(page.getByRole('navigation', { name: t('app.language') })).toHaveCount(0);
      expect(await place(), `the page cut ${where}`).toEqual(whole);
    }
  });
}

for (const lang of ['en', 'sv'] as const) {
  // At the end of the name's row (the old place) the links moved as they arrived; in English all six fitted beside the
  // name on a wide screen, in Swedish the last ones did not, so the row jumped to a line of its own.
  test(`the language links stand where they stay from the first paint, however many have arrived (${lang})`, async ({ page }) => {
    const cutAt = await serveCutPage(page, `/${lang}/5.7.705/enable-mfa`);
    const links = page.getByRole('navigation', { name: texts(lang).t('app.language') }).getByRole('link');
    const places = async () => Promise.all((await links.all()).map(async (link) => [await link.textContent(), await link.boundingBox()] as const));
    await page.goto(`/${lang}/5.7.705/enable-mfa`);
    await expect(links).toHaveCount(LANGUAGES.length);
    const whole = new Map(await places());
    for (const arrived of [1, 3, LANGUAGES.length - 1]) {
      cutAt(markerCut('<nav', '</li>', { nth: arrived, after: true, within: '</nav>' }));
      await page.reload();
      await expect(links).toHaveCount(arrived);
      for (const [name, box] of await places()) expect(box, `${name} with ${arrived} of the links parsed`).toEqual(whole.get(name));
    }
    // The links are the languages' own names, one per language.
    expect([...whole.keys()]).toEqual(LANGUAGES.map((code) => LANGUAGE_INFO[code].nativeName));
  });
}

for (const lang of ['en', 'ja'] as const) {
  test(`a step's "done" checkbox stands where it stays from the first paint, before its label arrives (${lang})`, async ({ page }) => {
    const cutAt = await serveCutPage(page, `/${lang}/5.7.705/enable-mfa`);
    const { guide } = texts(lang);
    const checkbox = page.getByRole('checkbox');
    await page.goto(`/${lang}/5.7.705/enable-mfa`);
    await expect(checkbox).toHaveAccessibleName(new RegExp(escapeRegExp(guide.stepTitles['enable-mfa'])));
    const whole = await checkbox.boundingBox();
    cutAt(markerCut('class="done-box', '<label', { within: '</div>' }));
    await page.reload();
    await expect(checkbox).toHaveAccessibleName('');
    expect(await checkbox.boundingBox()).toEqual(whole);
  });
}

// Its height may still grow with a taller neighbour (the cards of a row stretch to one height); nothing in it moves.
test('the home page’s first guide card keeps its width and place from the first paint, before the other cards arrive', async ({ page }) => {
  const cutAt = await serveCutPage(page, '/de/');
  const card = page.getByRole('main').getByRole('link', { name: /^5\.7\.705/ });
  await page.goto('/de/');
  await expect(page.getByRole('main').getByRole('link', { name: /^5\.7\.750/ })).toHaveCount(1);
  const whole = await card.boundingBox();
  cutAt(markerCut('<ul class="guide-cards"', '</li>', { after: true, within: '</ul>' }));
  await page.reload();
  await expect(page.getByRole('main').getByRole('link', { name: /^5\.7\.750/ })).toHaveCount(0);
  const partial = await card.boundingBox();
  expect([partial?.x, partial?.y, partial?.width]).toEqual([whole?.x, whole?.y, whole?.width]);
});
