import i18next from 'i18next';
import type { GuideCatalog } from '../domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../domain/languages';
import { loadLanguage, type LanguageBundle } from './load-language';

export const i18n = i18next.createInstance();

function addBundle(lang: Lang, bundle: LanguageBundle): void {
  const code = LANGUAGE_INFO[lang].htmlLang;
  i18n.addResourceBundle(code, 'ui', bundle.ui, true, true);
  i18n.addResourceBundle(code, 'guide', bundle.guide, true, true);
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

/** Loads a language's catalogs (its own chunk) once, then switches to it. */
export async function switchLanguage(lang: Lang): Promise<void> {
  const code = LANGUAGE_INFO[lang].htmlLang;
  if (!i18n.hasResourceBundle(code, 'ui')) addBundle(lang, await loadLanguage(lang));
  await i18n.changeLanguage(code);
}

export function currentLang(language: string | undefined): Lang {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].htmlLang === language) ?? 'en';
}

export function guideCatalog(language: string): GuideCatalog {
  return i18n.getResourceBundle(language, 'guide') as GuideCatalog;
}
