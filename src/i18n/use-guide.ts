import { useTranslation } from 'react-i18next';
import { currentLang, guideCatalog } from './i18n';

/** The guide catalog and UI strings of the language being shown (re-renders on language change). */
export function useGuide() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return { t, lang, catalog: guideCatalog(i18n.language), htmlLang: i18n.language };
}
