import i18next from 'i18next';
import type { CommonCatalog, GuideCatalog, GuideCode } from '../domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../domain/languages';
import { loadGuideCatalog, loadHomeStrings, loadLanguage, type LanguageBundle } from './load-language';
import { oncePerKey, oncePerLanguage } from './once-per-language';

export const i18n = i18next.createInstance();

function addBundle(lang: Lang, bundle: LanguageBundle): void {
  const code = LANGUAGE_INFO[lang].htmlLang;
  i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
  i18n.addResourceBundle(code, 'common', bundle.common, true, true);
}

const ensureCatalogs = oncePerLanguage((lang) => loadLanguage(lang).then((bundle) => addBundle(lang, bundle)));
// Adds to the 'ui' namespace without overwriting: the two files share no section (tested).
const ensureHomeStrings = oncePerLanguage((lang) =>
  loadHomeStrings(lang).then((strings) => void i18n.addResourceBundle(LANGUAGE_INFO[lang].htmlLang, 'ui', strings, true, false)),
);

/*
 * Guide catalogs: one per language and guide, kept here once loaded. A page
 * reads the catalog of its guide synchronously; the boot path, the language
 * switch and in-app navigation load it before (or while) the page needs it.
 */
const guideCatalogs = new Map<string, GuideCatalog>();
const guideListeners = new Set<() => void>();
const ensureGuideKey = oncePerKey((key: `${Lang}|${GuideCode}`) => {
  const [lang, code] = key.split('|') as [Lang, GuideCode];
  return loadGuideCatalog(lang, code).then((catalog) => {
    guideCatalogs.set(key, catalog);
    for (const listener of guideListeners) listener();
  });
});

/** Loads one guide's text in one language (once; shared while under way, retried after a failure). */
export function ensureGuide(lang: Lang, code: GuideCode): Promise<void> {
  return ensureGuideKey(`${lang}|${code}`);
}

export function loadedGuideCatalog(lang: Lang, code: GuideCode): GuideCatalog | undefined {
  return guideCatalogs.get(`${lang}|${code}`);
}

export function subscribeToGuides(listener: () => void): () => void {
  guideListeners.add(listener);
  return () => guideListeners.delete(listener);
}

/** Starts i18next with one language already loaded (and the guide on screen), so the first render has its text. */
export async function initI18n(lang: Lang, code?: GuideCode): Promise<void> {
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
  await Promise.all([ensureCatalogs(lang), code ? ensureGuide(lang, code) : undefined]);
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
 * Starts fetching a language's strings (and the guide on screen) without
 * switching to it: the language switcher calls this before it changes the URL,
 * so the request overlaps the render of the new address instead of waiting
 * for it. Failures are left to switchLanguage, which reports them.
 */
export function prefetchLanguage(lang: Lang, code?: GuideCode): void {
  ensureCatalogs(lang).catch(() => undefined);
  if (code) ensureGuide(lang, code).catch(() => undefined);
  if (homeStringsWanted) ensureHomeStrings(lang).catch(() => undefined);
}

/** Loads a language's strings (its own chunks) and the guide on screen once, then switches to it. */
export async function switchLanguage(lang: Lang, code?: GuideCode): Promise<void> {
  await Promise.all([ensureCatalogs(lang), code ? ensureGuide(lang, code) : undefined, homeStringsWanted ? ensureHomeStrings(lang) : undefined]);
  // Checked again: the tools may have asked for their strings while the catalog was loading.
  if (homeStringsWanted) await ensureHomeStrings(lang);
  await i18n.changeLanguage(LANGUAGE_INFO[lang].htmlLang);
}

export function currentLang(language: string | undefined): Lang {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].htmlLang === language) ?? 'en';
}

export function commonCatalog(language: string): CommonCatalog {
  return i18n.getResourceBundle(language, 'common') as CommonCatalog;
}
