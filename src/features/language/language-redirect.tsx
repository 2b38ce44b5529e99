import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import type { NavigationState } from '../../components/page-heading';
import { pathOf, type PageKind } from '../../config/paths';
import { LANGUAGES, LANGUAGE_INFO } from '../../domain/languages';
import { preferredLanguage } from './preferred-language';
import { useLocale } from '../../i18n/use-locale';

/**
 * "/" (and a language-neutral link such as "/5.7.705/review-connectors") goes to the page in the saved
 * language, else the browser's, else English. Decided after mount, so render stays pure; until then (or
 * without JavaScript) it offers the page in every language as a link. Loaded on demand (on-demand/parts.ts):
 * a page in a language never needs it.
 */
export function LanguageRedirect({ page = { kind: 'home' } }: { page?: PageKind }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const target = JSON.stringify(page);
  useEffect(() => {
    // Like a page load, not an in-app move: focus stays where the browser puts it (no ring on the heading).
    const state: NavigationState = { keepFocus: true };
    navigate(pathOf(preferredLanguage(), JSON.parse(target) as PageKind)!, { replace: true, state });
  }, [navigate, target]);
  return (
    <main id="main" className="site-main">
      <h1>{t('app.name')}</h1>
      <ul className="link-list">
        {LANGUAGES.map((lang) => (
          <li key={lang} lang={LANGUAGE_INFO[lang].htmlLang}>
            <Link to={pathOf(lang, page)!}>{LANGUAGE_INFO[lang].nativeName}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
