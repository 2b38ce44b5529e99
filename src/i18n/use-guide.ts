import { currentLang, guideCatalog } from './i18n';
import { useTranslation } from './use-translation';

/** The guide catalog and UI strings of the language being shown (re-renders on language change). */
export function useGuide() {
  const { t, language } = useTranslation();
  return { t, lang: currentLang(language), catalog: guideCatalog(language), htmlLang: language };
}
