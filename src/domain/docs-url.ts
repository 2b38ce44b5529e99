import { LANGUAGE_INFO, type Lang } from './languages';

/**
 * Hosts that external links may point to; anything else is refused. Microsoft
 * Learn for documentation, the admin portals for "where to act" links.
 */
export const ALLOWED_DOC_HOSTS = [
  'learn.microsoft.com',
  'support.microsoft.com',
  'security.microsoft.com',
  'admin.microsoft.com',
  'admin.exchange.microsoft.com',
  'entra.microsoft.com',
  'compliance.microsoft.com',
  'purview.microsoft.com',
] as const;

/**
 * The address of the licence of Microsoft's text (CC BY 4.0 asks for it with the attribution). Shown as text, not as a
 * link: the app links only to the hosts above.
 */
export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Builds https://learn.microsoft.com/<docs-locale>/<path> for a registry path. */
export function docsUrl(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`docs path must start with "/": ${path}`);
  return `https://learn.microsoft.com/${LANGUAGE_INFO[lang].docsLocale}${path}`;
}

/** True for https URLs on an allowed Microsoft host. */
export function isAllowedDocUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && (ALLOWED_DOC_HOSTS as readonly string[]).includes(url.hostname) && !url.username && !url.password;
}
