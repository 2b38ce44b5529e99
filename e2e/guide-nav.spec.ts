import { guideSteps } from '../src/domain/guides';
import { escapeRegExp, gotoReady, stepCount, texts } from './support/catalog';
import { expect, test } from './support/test';

const steps750 = guideSteps('5.7.750');

/** Saved progress as the app writes it: every step of a guide ticked (or the ones named). */
function tickedInit(code: string, steps: readonly string[]) {
  const at = '2026-11-20T10:00:00.000Z';
  const progress = { [code]: Object.fromEntries(steps.map((step) => [step, { done: true, at }])) };
  return JSON.stringify({ state: { progress }, version: 1 });
}

test('every step page lists the guide’s steps with their state and the overall progress', async ({ page }) => {
  const { t, guide } = texts('de');
  await page.addInitScript((value) => window.localStorage.setItem('ndr-wizard.progress', value), tickedInit('5.7.750', steps750.slice(0, 2)));
  await gotoReady(page, `/de/5.7.750/${steps750[2]}`);
  const list = page.getByRole('navigation', { name: t('guideNav.heading') });
  await expect(list).toBeVisible();
  await expect(list.getByText(t('guide.progress', { done: 2, count: steps750.length }))).toBeVisible();
  // Wide screen: open beside the content, every step there, this one marked as current (not a link).
  await expect(list.getByRole('listitem')).toHaveCount(steps750.length);
  await expect(list.getByRole('link', { name: guide.stepTitles[steps750[0]], exact: true })).toBeVisible();
  await expect(list.locator('[aria-current="step"]')).toContainText(guide.stepTitles[steps750[2]]);
  const first = list.getByRole('listitem').filter({ hasText: guide.stepTitles[steps750[0]] });
  await expect(first).toContainText(t('guide.statusDone'));
  await expect(list.getByRole('listitem').filter({ hasText: guide.stepTitles[steps750[3]] })).toContainText(t('guide.statusNotStarted'));
  const aside = await list.boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(aside!.x).toBeGreaterThan(heading!.x + heading!.width - 1);
  // Ticking this step updates the list at once.
  await page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles[steps750[2]])) }).check();
  await expect(list.getByText(t('guide.progress', { done: 3, count: steps750.length }))).toBeVisible();
  await list.getByRole('link', { name: guide.stepTitles[steps750[4]], exact: true }).click();
  await expect(page).toHaveURL(`/de/5.7.750/${steps750[4]}`);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the step list is folded below the step, and the text does not move when it arrives', async ({ page }) => {
    const { t, guide } = texts('sv');
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await gotoReady(page, `/sv/5.7.705/enable-mfa`);
    const list = page.getByRole('navigation', { name: t('guideNav.heading') });
    await expect(list).toBeVisible();
    // Below the step and its navigation (it loads after the page is ready: above the text, it would push it down).
    const next = await page.getByRole('link', { name: new RegExp(escapeRegExp(t('step.next'))) }).boundingBox();
    expect((await list.boundingBox())!.y).toBeGreaterThan(next!.y);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0))).toBeLessThan(0.01);
    const firstTitle = guide.stepTitles[guideSteps('5.7.705')[0]];
    await expect(list.getByRole('link', { name: firstTitle, exact: true })).toBeHidden();
    await list.getByText(t('guideNav.heading')).click();
    await expect(list.getByRole('link', { name: firstTitle, exact: true })).toBeVisible();
  });
});

test('a finished guide says so and what comes next; the overview puts the checklist first', async ({ page }) => {
  const { t, guide, name } = texts('ja');
  await gotoReady(page, '/ja/5.7.750/');
  // The checklist and the next action come before the explanation.
  const start = page.getByRole('link', { name: t('guide.start') });
  const ndr = page.getByText('550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains');
  expect((await start.boundingBox())!.y).toBeLessThan((await ndr.boundingBox())!.y);
  expect((await start.boundingBox())!.y + 40).toBeLessThan(page.viewportSize()!.height);
  // Finish the guide with the keyboard-free path a reader takes: tick every step, the last one's "finish" link.
  for (const [index, step] of steps750.entries()) {
    await gotoReady(page, `/ja/5.7.750/${step}`);
    await page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles[step])) }).check();
    if (index === steps750.length - 1) await page.getByRole('link', { name: new RegExp(escapeRegExp(t('step.finish'))) }).click();
  }
  await expect(page).toHaveURL('/ja/5.7.750/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name('5.7.750'));
  const done = page.getByRole('status').filter({ hasText: t('guideNav.complete') });
  await expect(done).toBeVisible();
  await expect(done).toContainText(t('guideNav.nextSupport'));
  await expect(page.getByText(t('guide.progress', { done: steps750.length, count: steps750.length }))).toBeVisible();
  await expect(page.getByRole('link', { name: t('guide.review') })).toBeVisible();
});

test('a guide without a Support step ends by checking that mail flows', async ({ page }) => {
  const { t } = texts('en');
  const steps = guideSteps('5.7.703');
  test.skip(steps.includes('contact-support'), '5.7.703 asks Support');
  await page.addInitScript((value) => window.localStorage.setItem('ndr-wizard.progress', value), tickedInit('5.7.703', steps));
  await gotoReady(page, '/en/5.7.703/');
  await expect(page.getByRole('status').filter({ hasText: t('guideNav.complete') })).toContainText(t('guideNav.nextCheck'));
});

test('the Support step records “requested” with a day and a case number: waiting, not done', async ({ page }) => {
  const { t, guide } = texts('fr');
  await gotoReady(page, '/fr/5.7.705/contact-support');
  const form = page.getByRole('region', { name: t('support.heading') });
  await form.getByRole('textbox', { name: t('support.caseNumber') }).fill('2611200040001234');
  await form.getByLabel(t('support.date')).fill('2026-11-20');
  await form.getByRole('button', { name: t('support.save') }).click();
  await expect(form.getByRole('status')).toHaveText(t('support.saved', { date: '2026-11-20', caseNumber: '2611200040001234' }));
  const list = page.getByRole('navigation', { name: t('guideNav.heading') });
  await expect(list.getByRole('listitem').filter({ hasText: guide.stepTitles['contact-support'] })).toContainText(t('guide.statusWaiting'));
  // Not a tick: the checkbox stays unticked and the progress does not count it.
  await expect(page.getByRole('checkbox', { name: new RegExp(escapeRegExp(guide.stepTitles['contact-support'])) })).not.toBeChecked();
  await page.reload();
  await page.getByRole('link', { name: new RegExp(escapeRegExp(texts('fr').name('5.7.705'))) }).first().click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: guide.stepTitles['contact-support'], exact: true }) });
  await expect(item).toContainText(t('guide.statusWaiting'));
  await expect(page.getByText(t('guide.progress', { done: 0, count: stepCount('5.7.705') }))).toBeVisible();
  // An impossible day is refused with a message; the saved request stays.
  await gotoReady(page, '/fr/5.7.705/contact-support');
  await form.getByLabel(t('support.date')).fill('');
  await form.getByRole('button', { name: t('support.save') }).click();
  await expect(form.getByText(t('support.invalidDate'))).toBeVisible();
  await expect(form.getByRole('status')).toContainText('2611200040001234');
  // So is a day still to come: a request is made, not planned.
  await form.getByLabel(t('support.date')).fill('2099-01-01');
  await form.getByRole('button', { name: t('support.save') }).click();
  await expect(form.getByText(t('support.invalidDate'))).toBeVisible();
  await expect(form.getByRole('status')).toContainText('2026-11-20');
});

test('5.7.708’s request for an IP exception is a Support request too: it waits, and the finished guide says Support acts', async ({ page }) => {
  const { t, guide } = texts('de');
  await gotoReady(page, '/de/5.7.708/request-ip-exception');
  const form = page.getByRole('region', { name: t('support.heading') });
  await form.getByLabel(t('support.date')).fill('2026-11-21');
  await form.getByRole('button', { name: t('support.save') }).click();
  await expect(form.getByRole('status')).toHaveText(t('support.savedNoCase', { date: '2026-11-21' }));
  const list = page.getByRole('navigation', { name: t('guideNav.heading') });
  await expect(list.getByRole('listitem').filter({ hasText: guide.stepTitles['request-ip-exception'] })).toContainText(t('guide.statusWaiting'));
  await page.addInitScript((value) => window.localStorage.setItem('ndr-wizard.progress', value), tickedInit('5.7.708', guideSteps('5.7.708')));
  await gotoReady(page, '/de/5.7.708/');
  await expect(page.getByRole('status').filter({ hasText: t('guideNav.complete') })).toContainText(t('guideNav.nextSupport'));
});

test('the overview prints as a working checklist: instructions, state and date, a line for notes, its short link', async ({ page }) => {
  const { t, guide } = texts('en');
  await page.addInitScript((value) => window.localStorage.setItem('ndr-wizard.progress', value), tickedInit('5.7.705', ['enable-mfa']));
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await gotoReady(page, '/en/5.7.705/');
  await page.getByRole('button', { name: t('print.button') }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  for (const step of guideSteps('5.7.705')) await expect(page.getByRole('heading', { name: new RegExp(escapeRegExp(guide.stepTitles[step])) })).toBeVisible();
  await expect(page.getByText(t('print.stateDone', { date: 'Nov 20, 2026' }))).toBeVisible();
  await expect(page.getByText(t('print.stateNotStarted')).first()).toBeVisible();
  await expect(page.getByText(t('print.notes'))).toHaveCount(stepCount('5.7.705'));
  await expect(page.getByText(/\/5\.7\.705\/$/)).toBeVisible();
  // The screen's explanation is not printed.
  await expect(page.getByText('550 5.7.705', { exact: false }).first()).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/print-overview-en.png', fullPage: true });
});

test('a printed step shows which code it belongs to', async ({ page }) => {
  await gotoReady(page, '/de/5.7.750/review-connectors');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: new RegExp(`^5\\.7\\.750`) })).toBeVisible();
  await expect(page.getByRole('navigation', { name: texts('de').t('app.language') })).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/print-step-de.png', fullPage: true });
});
