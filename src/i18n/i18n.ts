import i18next from 'i18next';
import type { GuideCatalog } from '../domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../domain/languages';
import { loadHomeStrings } from './load-home-strings';
import { loadLanguage, type LanguageBundle } from './load-language';
import { oncePerLanguage } from './once-per-language';

export const i18n = i18next.createInstance();

function addBundle(lang: Lang, bundle: LanguageBundle): void {
  const code = LANGUAGE_INFO[lang].htmlLang;
  i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
  i18n.addResourceBundle(code, 'guide', bundle.guide, true, true);
}

const ensureCatalogs = oncePerLanguage((lang) => loadLanguage(lang).then((bundle) => addBundle(lang, bundle)));
// Adds to the 'ui' namespace without overwriting: the two files share no section (tested).
const ensureHomeStrings = oncePerLanguage((lang) =>
  loadHomeStrings(lang).then((strings) => void i18n.addResourceBundle(LANGUAGE_INFO[lang].htmlLang, 'ui', strings, true, false)),
);

/** Starts i18next with one language already loaded, so the first render has its text. */
export async function initI18n(lang: Lang): Promise<void> {
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
  // Through ensureCatalogs, so a later switch back to this language loads nothing again.
  await ensureCatalogs(lang);
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

// Once the home page's tools have been shown, every language switched to needs their strings too.
let homeStringsWanted = false;

/** Adds the home page's tool strings for the language shown (and, from now on, for every language switched to). */
export function requireHomeStrings(): Promise<void> {
  homeStringsWanted = true;
  return ensureHomeStrings(currentLang(i18n.language));
}

/**
 * Starts fetching a language's strings without switching to it: the language
 * switcher calls this before it changes the URL, so the request overlaps the
 * render of the new address instead of waiting for it. Failures are left to
 * switchLanguage, which reports them.
 */
export function prefetchLanguage(lang: Lang): void {
  ensureCatalogs(lang).catch(() => undefined);
  if (homeStringsWanted) ensureHomeStrings(lang).catch(() => undefined);
}

/** Loads a language's strings (its own chunks) once, then switches to it. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await Promise.all([ensureCatalogs(lang), homeStringsWanted ? ensureHomeStrings(lang) : undefined]);
  // Checked again: the tools may have asked for their strings while the catalog was loading.
  if (homeStringsWanted) await ensureHomeStrings(lang);
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

export function currentLang(language: string | undefined): Lang {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].htmlLang === language) ?? 'en';
}

export function guideCatalog(language: string): GuideCatalog {
  return i18n.getResourceBundle(language, 'guide') as GuideCatalog;
}
