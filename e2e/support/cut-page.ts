import type { Page } from '@playwright/test';

/** Where a served page ends, as an index into its script-free HTML. */
export type Cut = (html: string) => number;

/**
 * Serves the prerendered page at `path` without its scripts, whole or cut where the returned setter says: what a first
 * paint shows when the browser paints before the parser has reached the end of the page (seen under load). The tests
 * that compare the two (guide-nav, prerender) share this, so they cut the same way.
 */
export async function serveCutPage(page: Page, path: string): Promise<(cut: Cut | undefined) => void> {
  let current: Cut | undefined;
  await page.route(`**${path}`, async (route) => {
    const html = (await (await route.fetch()).text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    await route.fulfill({ contentType: 'text/html', body: current ? html.slice(0, current(html)) : html });
  });
  return (cut) => {
    current = cut;
  };
}
