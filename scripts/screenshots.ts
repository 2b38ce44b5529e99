// Takes screenshots of every screen for review: `npx tsx scripts/screenshots.ts [baseURL] [outDir]`.
// PAGES, SCHEMES, WIDTH and HEIGHT choose what; FULL_PAGE=0 keeps to the window (the README's picture:
// PAGES=/en/5.7.750/review-connectors WIDTH=1280 HEIGHT=960 FULL_PAGE=0).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4400';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const pages = (process.env.PAGES ?? '/en/,/en/5.7.705/,/en/5.7.750/review-connectors,/en/nope,/ja/,/ja/5.7.750/,/ja/5.7.705/secure-on-premises-servers,/ja/5.7.705/bogus,/en/5.7.750/summary,/en/5.1.8/not-admin,/ja/5.7.750/summary,/ja/5.1.8/not-admin').split(',');
for (const scheme of (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[]) {
  const context = await browser.newContext({ viewport: { width: Number(process.env.WIDTH ?? 1100), height: Number(process.env.HEIGHT ?? 900) }, colorScheme: scheme });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(base + path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Wait until the page has started (its controls are enabled), so the picture shows what a reader uses.
    await page.waitForFunction(() => document.querySelector('.language-switcher[data-ready]') !== null);
    // A step's list of steps is a part fetched when the browser is idle after start-up (load-parts.tsx): without this
    // wait the picture shows the room for the list empty. Attached, not visible: on a phone the list is folded.
    if (await page.locator('.step-nav').count()) await page.locator('.step-aside__list').waitFor({ state: 'attached' });
    const name = `${out}/${scheme}-${path.replace(/[^a-z0-9.]+/gi, '_')}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL_PAGE !== '0' });
    console.log(name);
  }
  await context.close();
}
await browser.close();
