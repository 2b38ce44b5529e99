import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { NavigationState } from '../../components/page-heading';
import { catalogOfPath, withLanguage } from '../../config/paths';
import { LANGUAGES, LANGUAGE_INFO, isLang, type Lang } from '../../domain/languages';
import { prefetchLanguage } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useHydrated } from '../../components/use-hydrated';
import { saveLanguage } from './preferred-language';

/** A native select: option values are the URL segments, labels each language's own name. */
export function LanguageSwitcher({ current }: { current: Lang }) {
  const { t } = useLocale();
  const id = useId();
  const location = useLocation();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={current}
        disabled={!hydrated}
        onChange={(event) => {
          const lang = event.target.value;
          if (!isLang(lang)) return;
          saveLanguage(lang);
          prefetchLanguage(lang, catalogOfPath(location.pathname));
          const state: NavigationState = { keepFocus: true };
          navigate(withLanguage(location.pathname, lang) + location.search + location.hash, { state });
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={LANGUAGE_INFO[lang].htmlLang}>
            {LANGUAGE_INFO[lang].nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
