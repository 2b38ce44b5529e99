import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';

export interface PageErrorOptions {
  /**
   * Console errors a test provokes on purpose (a chunk refused, a render that throws), matched against
   * the message; one pattern (see anyOf), as Playwright takes an array option for [value, options].
   */
  expectedConsoleErrors: RegExp | null;
}

/**
 * Every test fails on an uncaught error or a console error in any page of its browser context
 * (hydration warnings included), unless the test names the console error it expects.
 */
export const test = base.extend<PageErrorOptions & { failOnPageErrors: void }>({
  expectedConsoleErrors: [null, { option: true }],
  failOnPageErrors: [
    async ({ browser, context, expectedConsoleErrors }, run) => {
      const problems: string[] = [];
      const watch = (target: BrowserContext) => {
        const attach = (page: Page) => {
          page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
          page.on('console', (message) => {
            if (message.type() !== 'error') return;
            // A document answered with 404 (an unknown address) is the server's right answer, not a page error.
            if (FAILED_RESOURCE.test(message.text()) && message.location().url === page.url()) return;
            if (expectedConsoleErrors?.test(message.text())) return;
            problems.push(`${page.url()}: console error: ${message.text()}`);
          });
        };
        target.pages().forEach(attach);
        target.on('page', attach);
      };
      watch(context);
      // Contexts a test opens itself (a second browser profile) are watched too.
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const created = await newContext.apply(browser, args);
        watch(created);
        return created;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, 'no uncaught error and no console error in any page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The console error Chromium logs for any response with an error status (a 404 page, a refused chunk). */
export const FAILED_RESOURCE = /^Failed to load resource: /;

/** One pattern that matches what any of these match. */
export const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'));
