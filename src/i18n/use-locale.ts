import { commonCatalog, currentLang } from './i18n';
import { useTranslation } from './use-translation';

/** UI strings, the shared catalog and the language being shown (re-renders on language change). */
export function useLocale() {
  const { t, language } = useTranslation();
  return { t, lang: currentLang(language), common: commonCatalog(language), htmlLang: language };
}
