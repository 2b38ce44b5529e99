import type { Lang } from '../domain/languages';
import { LANGUAGE_INFO } from '../domain/languages';

/** Where page catalogs are served: locales/generated/ in the dev server, catalogs/<version>/ in a build (vite.config.ts). */
declare const __CATALOG_BASE__: string;

type Reader = (lang: Lang, name: string) => Promise<unknown>;

/** A dynamic import() whose script could not be fetched; each engine words it its own way (Chromium, Firefox, Safari). */
export function isModuleImportFailure(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|error loading dynamically imported module|Importing a module script failed/i.test(error.message);
}

/** A catalog that could not be fetched (offline, or gone after a deploy): said so with a retry, not a crash. */
export class CatalogLoadError extends Error {
  constructor(
    message: string,
    readonly gone: boolean,
    /** A script chunk that could not be imported (not a catalog): some engines keep such a failure until a reload. */
    readonly module = false,
  ) {
    super(message);
    this.name = 'CatalogLoadError';
  }
}

const fetchCatalog: Reader = (lang, name) =>
  fetch(`${__CATALOG_BASE__}${LANGUAGE_INFO[lang].fileKey}/${name}.json`).then(
    (response) => {
      // A 404 after a deploy (the version changed) is a stale page, like a missing chunk.
      if (!response.ok) throw new CatalogLoadError(`catalog ${name} (${lang}): HTTP ${response.status}`, response.status === 404);
      // A host that answers a missing file with an HTML page (an SPA fallback) gives no JSON: gone as well.
      return response.json().catch(() => {
        throw new CatalogLoadError(`catalog ${name} (${lang}): not JSON`, true);
      }) as Promise<unknown>;
    },
    (error: unknown) => {
      throw new CatalogLoadError(`catalog ${name} (${lang}): ${String(error)}`, false);
    },
  );

let reader: Reader = fetchCatalog;

/** The prerender step (Node, no server) reads the files directly. */
export function readCatalogsWith(read: Reader): void {
  reader = read;
}

/** One page catalog ("guide-5.7.705", "step-enable-mfa", "originals-…") in one language. */
export function loadCatalogFile<T>(lang: Lang, name: string): Promise<T> {
  return reader(lang, name) as Promise<T>;
}
