import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { LANGUAGES, LANGUAGE_INFO } from '../domain/languages';
import { preferredLanguage } from '../features/language/preferred-language';
import { useLocale } from '../i18n/use-locale';

/**
 * "/" goes to the saved language, else the browser's, else English. Decided
 * after mount, so render stays pure; until then (or without JavaScript) it
 * offers every language as a link.
 */
export function RootRedirect() {
  const { t } = useLocale();
  const navigate = useNavigate();
  useEffect(() => {
    navigate(paths.home(preferredLanguage()), { replace: true });
  }, [navigate]);
  return (
    <main id="main" className="site-main">
      <h1>{t('app.name')}</h1>
      <ul className="link-list">
        {LANGUAGES.map((lang) => (
          <li key={lang} lang={LANGUAGE_INFO[lang].htmlLang}>
            <Link to={paths.home(lang)}>{LANGUAGE_INFO[lang].nativeName}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
