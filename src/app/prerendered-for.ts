/** What the page on screen was prerendered for, or what the app is about to render. */
export interface PageIdentity {
  /** Path below the base, as the router sees it ("/ja/5.7.750/review-connectors"). */
  path: string;
  /** The <html lang> of that language ("ja", "zh-CN"). */
  htmlLang: string;
}

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/**
 * Whether the HTML on screen may be hydrated: only if it was prerendered for this very address, in the
 * language the app starts in. A host may answer an address with another page's file (a fallback to
 * /index.html, 404.html for every unknown address), and "/" is prerendered in English while the app
 * starts in the reader's language; hydrating those would make React report a mismatch and redo the page.
 * A trailing slash does not matter (a directory server may have added one). Anything else that differs,
 * a percent-escaped letter included, renders the page afresh: the right page still, only not hydrated.
 */
export function canHydrate(prerendered: Partial<PageIdentity>, current: PageIdentity): boolean {
  return prerendered.path !== undefined && trimSlash(prerendered.path) === trimSlash(current.path) && prerendered.htmlLang === current.htmlLang;
}
