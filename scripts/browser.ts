/**
 * The one place that knows which Chromium the tests, the bench and the screenshot script run, and with which flags.
 * Playwright cannot download browsers on every machine (this project's CI reaches only the npm registry and Debian's
 * apt), so a system Chromium comes first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * CHROMIUM_PATH if set, else the system's Chromium. Undefined means "Playwright's own download", which Playwright
 * finds by itself (for headless runs its headless shell), so it is not named here.
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Playwright's own full Chromium, if `npx playwright install chromium` has downloaded it. */
function downloadedChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Why no Chromium can run, and what to do about it; undefined when one can. */
export function chromiumProblem(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  // CHROMIUM_PATH wins over everything, so a wrong one is reported rather than quietly replaced by another browser.
  if (configured) return existsSync(configured) ? undefined : `CHROMIUM_PATH points at ${configured}, which does not exist: correct it, or unset it.`;
  if (chromiumPath() || downloadedChromium()) return undefined;
  return [
    'No Chromium found. Either:',
    '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
    '  - any OS:        npx playwright install chromium',
    '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  ].join('\n');
}

/** A path for tools that need one (chrome-launcher, for Lighthouse); throws with chromiumProblem()'s advice. */
export function requireChromiumPath(): string {
  const problem = chromiumProblem();
  const path = chromiumPath() ?? downloadedChromium();
  if (problem || !path) throw new Error(problem ?? 'No Chromium found.');
  return path;
}

/** Flags that work in containers without a GPU or a sandbox, and keep the browser from calling home mid-test. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
