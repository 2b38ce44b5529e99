/**
 * The one place that knows which Chromium the tests, the bench and the screenshot script run, and with which flags.
 * Playwright cannot download browsers on every machine (CI here has only the npm registry and Debian's apt), so a
 * system Chromium comes first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * CHROMIUM_PATH if set (even if wrong, so a typo is reported rather than silently replaced), else Debian's or
 * Ubuntu's chromium, else Playwright's own download if it is there; undefined when there is none.
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
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
