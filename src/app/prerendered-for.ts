/** What the page on screen was prerendered for, or what the app is about to render. */
export interface PageIdentity {
  /** Path below the base, as the router sees it ("/ja/5.7.750/review-connectors"). */
  path: string;
  /** The <html lang> of that language ("ja", "zh-CN"). */
  htmlLang: string;
}

function normalize(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape ("%zz") is compared as it is: it matches no prerendered page anyway.
  }
  return decoded.replace(/\/+$/, '') || '/';
}

/**
 * Whether the HTML on screen may be hydrated: only if it was prerendered for this very address, in the
 * language the app starts in. A host may answer an address with another page's file (a fallback to
 * /index.html, 404.html for every unknown address), and "/" is prerendered in English while the app
 * starts in the reader's language; hydrating those would make React report a mismatch and redo the page.
 * A trailing slash does not matter (a directory server may have added one).
 */
export function canHydrate(prerendered: Partial<PageIdentity>, current: PageIdentity): boolean {
  if (prerendered.path === undefined || prerendered.htmlLang === undefined) return false;
  return normalize(prerendered.path) === normalize(current.path) && prerendered.htmlLang.toLowerCase() === current.htmlLang.toLowerCase();
}
