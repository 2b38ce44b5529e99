import { pathOf, type PageKind } from '../../src/config/paths';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';

/**
 * sitemap.xml from the page model: every page in every language, each with its
 * hreflang alternates (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
 */
export function sitemap(urls: { lang: Lang; page: PageKind; path: string }[], absolute: (path: string) => string, escape: (text: string) => string): string {
  const entries = urls.map(({ page, path }) => {
    const alternates = [
      ...LANGUAGES.map((lang) => [LANGUAGE_INFO[lang].htmlLang, pathOf(lang, page)!] as const),
      ['x-default', pathOf('en', page)!] as const,
    ].map(([hreflang, href]) => `    <xhtml:link rel="alternate" hreflang="${escape(hreflang)}" href="${escape(absolute(href))}"/>`);
    return ['  <url>', `    <loc>${escape(absolute(path))}</loc>`, ...alternates, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
