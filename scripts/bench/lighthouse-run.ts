/** The browser the bench scripts use, and one Lighthouse run in a fresh instance of it (run-bench.ts, lcp-graph.ts). */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Result } from 'lighthouse';

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own. */
export const chromePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());
/** Flags that work in containers without a GPU or a sandbox, and keep the browser from calling home mid-measure. */
export const chromeFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Lighthouse's performance category for one URL (mobile defaults), in a browser started for it alone; undefined if it gave no result. */
export async function runLighthouse(url: string): Promise<Result | undefined> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  try {
    return (await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' }))?.lhr;
  } finally {
    chrome.kill();
  }
}
