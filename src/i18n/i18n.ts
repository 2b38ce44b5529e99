import i18next from 'i18next';
import type { GuideCatalog } from '../domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../domain/languages';
import { loadHomeStrings } from './load-home-strings';
import { loadLanguage, type LanguageBundle } from './load-language';

export const i18n = i18next.createInstance();

const catalogsLoaded = new Set<Lang>();

function addBundle(lang: Lang, bundle: LanguageBundle): void {
  const code = LANGUAGE_INFO[lang].htmlLang;
  i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
  i18n.addResourceBundle(code, 'guide', bundle.guide, true, true);
  catalogsLoaded.add(lang);
}

/** Starts i18next with one language already loaded, so the first render has its text. */
export async function initI18n(lang: Lang): Promise<void> {
  const bundle = await loadLanguage(lang);
  await i18n.init({
    lng: LANGUAGE_INFO[lang].htmlLang,
    fallbackLng: false,
    load: 'currentOnly',
    ns: ['ui', 'guide'],
    defaultNS: 'ui',
    resources: {},
    // React escapes what it renders; escaping here would double it.
    interpolation: { escapeValue: false },
  });
  addBundle(lang, bundle);
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

// Once the home page's tools have been shown, every language switched to needs their strings too.
let homeStringsWanted = false;
const homeStringsLoaded = new Set<Lang>();

async function addHomeStrings(lang: Lang): Promise<void> {
  if (homeStringsLoaded.has(lang)) return;
  i18n.addResourceBundle(LANGUAGE_INFO[lang].htmlLang, 'ui', await loadHomeStrings(lang), true, false);
  homeStringsLoaded.add(lang);
}

/** Adds the home page's tool strings for the language shown (and, from now on, for every language switched to). */
export function requireHomeStrings(): Promise<void> {
  homeStringsWanted = true;
  return addHomeStrings(currentLang(i18n.language));
}

/**
 * Starts fetching a language's catalog without switching to it: the language
 * switcher calls this before it changes the URL, so the request overlaps the
 * render of the new address instead of waiting for it. Failures are left to
 * switchLanguage, which reports them.
 */
export function prefetchLanguage(lang: Lang): void {
  if (!catalogsLoaded.has(lang)) loadLanguage(lang).catch(() => undefined);
  if (homeStringsWanted && !homeStringsLoaded.has(lang)) loadHomeStrings(lang).catch(() => undefined);
}

/** Loads a language's catalogs (its own chunk) once, then switches to it. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await Promise.all([
    catalogsLoaded.has(lang) ? undefined : loadLanguage(lang).then((bundle) => addBundle(lang, bundle)),
    homeStringsWanted ? addHomeStrings(lang) : undefined,
  ]);
  // Checked again: the tools may have asked for their strings while the catalog was loading.
  if (homeStringsWanted) await addHomeStrings(lang);
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

export function currentLang(language: string | undefined): Lang {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].htmlLang === language) ?? 'en';
}

export function guideCatalog(language: string): GuideCatalog {
  return i18n.getResourceBundle(language, 'guide') as GuideCatalog;
}
