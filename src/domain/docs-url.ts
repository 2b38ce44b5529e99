import { LANGUAGE_INFO, type Lang } from './languages';

/** Hosts that external links may point to; anything else is refused. */
export const ALLOWED_DOC_HOSTS = ['learn.microsoft.com'] as const;

/** Builds https://learn.microsoft.com/<docs-locale>/<path> for a registry path. */
export function docsUrl(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`docs path must start with "/": ${path}`);
  return `https://learn.microsoft.com/${LANGUAGE_INFO[lang].docsLocale}${path}`;
}

/** True for https URLs on an allowed Microsoft documentation host. */
export function isAllowedDocUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && (ALLOWED_DOC_HOSTS as readonly string[]).includes(url.hostname) && !url.username && !url.password;
}
