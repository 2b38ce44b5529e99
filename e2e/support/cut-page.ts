import { expect, type Page } from '@playwright/test';

/** Where a served page ends, as an index into its script-free HTML. */
export type Cut = (html: string) => number;

/**
 * Serves the prerendered page at `path` without its scripts, whole or cut where the returned setter says: what a first
 * paint shows when the browser paints before the parser has reached the end of the page (seen under load). The tests
 * that compare the two (first-paint, classic-scrollbars) share this, so they cut the same way.
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

/** A cut just before (or, with `after`, just after) the `nth` occurrence of `marker` after `from`, checked to fall inside `within`. */
export function markerCut(from: string, marker: string, options: { nth?: number; after?: boolean; within?: string } = {}): Cut {
  return (html) => {
    let at = html.indexOf(from);
    expect(at, `${from} is in the page`).toBeGreaterThan(0);
    for (let n = 0; n < (options.nth ?? 1) && at >= 0; n += 1) at = html.indexOf(marker, at + 1);
    expect(at, `${marker} follows ${from}`).toBeGreaterThan(0);
    if (options.within) expect(at, `the cut falls before ${options.within}`).toBeLessThan(html.indexOf(options.within, html.indexOf(from)));
    return options.after ? at + marker.length : at;
  };
}
