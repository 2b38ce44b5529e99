/** One Lighthouse run in a fresh instance of the project's Chromium (run-bench.ts, lcp-graph.ts). */
import type { Result } from 'lighthouse';
import { CHROMIUM_FLAGS, requireChromiumPath } from '../browser';

/** Lighthouse's launcher needs a path: without one it looks for an installed Chrome, not the Chromium the tests use. */
const chromePath = requireChromiumPath();

/** Lighthouse's performance category for one URL (mobile defaults), in a browser started for it alone; undefined if it gave no result. */
export async function runLighthouse(url: string): Promise<Result | undefined> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    return (await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' }))?.lhr;
  } finally {
    chrome.kill();
  }
}
