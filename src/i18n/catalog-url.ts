import type { Lang } from '../domain/languages';
import { LANGUAGE_INFO } from '../domain/languages';

/** Where page catalogs are served: locales/generated/ in the dev server, catalogs/<version>/ in a build (vite.config.ts). */
declare const __CATALOG_BASE__: string;

type Reader = (lang: Lang, name: string) => Promise<unknown>;

const fetchCatalog: Reader = (lang, name) =>
  fetch(`${__CATALOG_BASE__}${LANGUAGE_INFO[lang].fileKey}/${name}.json`).then((response) => {
    // A 404 after a deploy (the version changed) is a stale page, like a missing chunk.
    if (!response.ok) throw new Error(`catalog ${name} (${lang}): HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });

let reader: Reader = fetchCatalog;

/** The prerender step (Node, no server) reads the files directly. */
export function readCatalogsWith(read: Reader): void {
  reader = read;
}

/** One page catalog ("guide-5.7.705", "step-enable-mfa", "originals-…") in one language. */
export function loadCatalogFile<T>(lang: Lang, name: string): Promise<T> {
  return reader(lang, name) as Promise<T>;
}
