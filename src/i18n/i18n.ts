import i18next from 'i18next';
import type { CommonCatalog, GuideCatalog, OriginalsCatalog, StepCatalog } from '../domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../domain/languages';
import { CatalogLoadError, isModuleImportFailure, loadCatalogFile } from './catalog-url';
import { loadLanguage, type LanguageBundle } from './load-language';
import { catalogName, type CatalogOf, type CatalogRef, type CompareCatalog, type HomeCatalog } from './page-catalog';
import { oncePerKey, oncePerLanguage } from './once-per-language';

export const i18n = i18next.createInstance();

function addBundle(lang: Lang, bundle: LanguageBundle): void {
  const code = LANGUAGE_INFO[lang].htmlLang;
  i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
  i18n.addResourceBundle(code, 'common', bundle.common, true, true);
}

const ensureCatalogs = oncePerLanguage((lang) => loadLanguage(lang).then((bundle) => addBundle(lang, bundle)));
export type UiPart = 'home' | 'storage' | 'case' | 'guide';
// Adds to the 'ui' namespace without overwriting: the files share no section (tested).
const ensurePart = (part: UiPart) =>
  oncePerLanguage((lang) =>
    import('./ui-part-files')
      .then(({ loadUiPart }) => loadUiPart(lang, part))
      .then(
        (strings) => void i18n.addResourceBundle(LANGUAGE_INFO[lang].htmlLang, 'ui', strings, true, false),
        (error: unknown) => {
          // Said like any text that could not be loaded: a message with a retry, not the crash page.
          throw new CatalogLoadError(`interface strings ${part} (${lang}): ${String(error)}`, false, isModuleImportFailure(error));
        },
      ),
  );
const ensureUiPart: Record<UiPart, (lang: Lang) => Promise<void>> = { home: ensurePart('home'), storage: ensurePart('storage'), case: ensurePart('case'), guide: ensurePart('guide') };
// A key of each part, to tell whether it is loaded.
const PROBE: Record<UiPart, string> = { home: 'home.title', storage: 'storage.unavailable', case: 'case.privacy', guide: 'guideNav.heading' };

/*
 * Page catalogs (a guide's overview, a step): one per language, kept here once
 * loaded. A page reads its catalog synchronously; the boot path, the language
 * switch and in-app navigation load it before (or while) the page needs it.
 */
type AnyCatalog = GuideCatalog | StepCatalog | HomeCatalog | CompareCatalog | OriginalsCatalog;
const pageCatalogs = new Map<string, AnyCatalog>();
const ensureCatalogKey = oncePerKey((key: `${Lang}|${string}`) => {
  const [lang, name] = key.split('|') as [Lang, string];
  return loadCatalogFile<AnyCatalog>(lang, name).then((catalog) => void pageCatalogs.set(key, catalog));
});

/** Loads any catalog file of a language once (shared while under way, retried after a failure) and returns it. */
export function loadCatalogOnce<T>(lang: Lang, name: string): Promise<T> {
  const key = `${lang}|${name}` as const;
  return ensureCatalogKey(key).then(() => pageCatalogs.get(key) as T);
}

/** Loads one page catalog in one language (once; shared while under way, retried after a failure). */
export function ensurePageCatalog(lang: Lang, ref: CatalogRef): Promise<void> {
  return ensureCatalogKey(`${lang}|${catalogName(ref)}`);
}

export function loadedPageCatalog<R extends CatalogRef>(lang: Lang, ref: R): CatalogOf<R> | undefined {
  return pageCatalogs.get(`${lang}|${catalogName(ref)}`) as CatalogOf<R> | undefined;
}

type Thenable<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };
const thenables = new Map<string, Thenable<unknown>>();

/**
 * A load as a thenable for React's `use`, once per key: fulfilled at once when `loaded` says the value is already
 * there (no suspense), else pending until it is. A failure is kept as rejected, so React's next render sees it (and
 * its error boundary says so) instead of starting the same load again and again; retryFailedLoads() forgets it when
 * the reader asks to try again.
 */
function thenableOnce<T>(key: string, loaded: () => T | undefined, isLoaded: boolean, load: () => Promise<T>): Promise<T> {
  const known = thenables.get(key);
  if (known) return known as Promise<T>;
  const value = isLoaded ? loaded() : undefined;
  const thenable: Thenable<T> = isLoaded ? Promise.resolve(value as T) : load();
  Object.assign(thenable, { status: isLoaded ? 'fulfilled' : 'pending', value });
  // The handlers return nothing: returning the (rejected) thenable itself would reject the promise `then` makes,
  // which nobody handles, and the browser would report an unhandled rejection on top of the load error shown.
  thenable.then(
    (result) => void Object.assign(thenable, { status: 'fulfilled', value: result }),
    (reason: unknown) => void Object.assign(thenable, { status: 'rejected', reason }),
  );
  thenables.set(key, thenable as Thenable<unknown>);
  return thenable;
}

/**
 * A page's catalog for `use`. A part of a page that reads its catalog this way, inside <Suspense>, keeps the
 * prerendered HTML until the catalog arrives instead of holding up the rest of the page.
 */
export function pageCatalogThenable<R extends CatalogRef>(lang: Lang, ref: R): Promise<CatalogOf<R>> {
  const key = `${lang}|${catalogName(ref)}` as const;
  return thenableOnce(`catalog|${key}`, () => pageCatalogs.get(key), pageCatalogs.has(key), () => ensureCatalogKey(key).then(() => pageCatalogs.get(key)!)) as Promise<CatalogOf<R>>;
}

/**
 * Any other load (a page's module) as a thenable for `use`, once per key; a failure is said like text that could not
 * load (a message and a retry), and retryFailedLoads() forgets it.
 */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  return thenableOnce(key, () => undefined, false, () =>
    load().catch((error: unknown) => {
      throw error instanceof CatalogLoadError ? error : new CatalogLoadError(`${key}: ${String(error)}`, false, isModuleImportFailure(error));
    }),
  );
}

/** Forgets every failed load (page catalogs, interface-string parts), so the next render tries them again. */
export function retryFailedLoads(): void {
  for (const [key, thenable] of thenables) if (thenable.status === 'rejected') thenables.delete(key);
}


/** Starts i18next with one language already loaded (and the page's catalog), so the first render has its text. */
export async function initI18n(lang: Lang, page?: CatalogRef): Promise<void> {
  await i18n.init({
    lng: LANGUAGE_INFO[lang].htmlLang,
    fallbackLng: false,
    load: 'currentOnly',
    ns: ['ui', 'common'],
    defaultNS: 'ui',
    resources: {},
    // React escapes what it renders; escaping here would double it.
    interpolation: { escapeValue: false },
  });
  // Through ensureCatalogs, so a later switch back to this language loads nothing again.
  await Promise.all([ensureCatalogs(lang), page ? ensurePageCatalog(lang, page) : undefined]);
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

// Once a part has been shown, every language switched to needs its strings too.
const wantedParts = new Set<UiPart>();

/**
 * Adds a part's strings for the language shown (and, from now on, for every language switched to): ui-home.json (the
 * home page's tools, the comparison), ui-case.json (notes, message, summary, hand-over), ui-guide.json (the
 * overview's checklist, the step list, support request, printing).
 */
export function requireUiPart(part: UiPart): Promise<void> {
  wantedParts.add(part);
  return ensureUiPart[part](currentLang(i18n.language));
}

/**
 * A part's strings for `use`: fulfilled at once when they are already loaded, else pending until they are (the part
 * waits in its Suspense boundary; a prerendered page keeps its HTML meanwhile).
 */
export function uiPartThenable(part: UiPart, lang: Lang): Promise<void> {
  wantedParts.add(part);
  const loaded = i18n.getResource(LANGUAGE_INFO[lang].htmlLang, 'ui', PROBE[part]) !== undefined;
  return thenableOnce(`part|${part}|${lang}`, () => undefined, loaded, () => ensureUiPart[part](lang));
}

const wantedPartsFor = (lang: Lang) => [...wantedParts].map((part) => ensureUiPart[part](lang));

/**
 * Starts fetching a language's strings (and the page's catalog) without
 * switching to it: the language switcher calls this before it changes the URL,
 * so the request overlaps the render of the new address instead of waiting
 * for it. Failures are left to switchLanguage, which reports them.
 */
export function prefetchLanguage(lang: Lang, page?: CatalogRef): void {
  ensureCatalogs(lang).catch(() => undefined);
  if (page) ensurePageCatalog(lang, page).catch(() => undefined);
  for (const load of wantedPartsFor(lang)) load.catch(() => undefined);
}

/** Loads a language's strings (its own chunks) and the page's catalog once, then switches to it. */
export async function switchLanguage(lang: Lang, page?: CatalogRef): Promise<void> {
  await Promise.all([ensureCatalogs(lang), page ? ensurePageCatalog(lang, page) : undefined, ...wantedPartsFor(lang)]);
  // Checked again: a part may have asked for its strings while the catalog was loading.
  await Promise.all(wantedPartsFor(lang));
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

export function currentLang(language: string | undefined): Lang {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].htmlLang === language) ?? 'en';
}

export function commonCatalog(language: string): CommonCatalog {
  return i18n.getResourceBundle(language, 'common') as CommonCatalog;
}
