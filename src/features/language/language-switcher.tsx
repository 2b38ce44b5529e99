import { Link, useLocation } from 'react-router';
import type { NavigationState } from '../../components/page-heading';
import { catalogOfPath, withLanguage } from '../../config/paths';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../domain/languages';
import { prefetchLanguage } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useHydrated } from '../../components/use-hydrated';
import { saveLanguage } from './preferred-language';

/**
 * One link per language, each to this page in that language: they work by keyboard (nothing happens until
 * Enter, unlike a select that navigates on arrow keys, WCAG 3.2.2) and without JavaScript. Pointing at a link or
 * focusing it fetches that language; a click in the app remembers the choice and the URL changes once it is in.
 */
export function LanguageSwitcher({ current }: { current: Lang }) {
  const { t } = useLocale();
  const { pathname, search, hash } = useLocation();
  const state: NavigationState = { keepFocus: true };
  return (
    <nav aria-label={t('app.language')} className="language-switcher" data-ready={useHydrated() || undefined}>
      <ul>
        {LANGUAGES.map((lang) => {
          const prefetch = () => prefetchLanguage(lang, catalogOfPath(pathname));
          return (
            <li key={lang}>
              <Link
                to={withLanguage(pathname, lang) + search + hash}
                state={state}
                lang={LANGUAGE_INFO[lang].htmlLang}
                hrefLang={LANGUAGE_INFO[lang].htmlLang}
                aria-current={lang === current ? 'page' : undefined}
                // Pointing at a link or tabbing to it starts the fetch: a reader's hover before the click is
                // usually longer than the round trip, so the switch then only renders.
                onPointerEnter={() => lang !== current && prefetch()}
                onFocus={() => lang !== current && prefetch()}
                onClick={() => {
                  saveLanguage(lang);
                  prefetch();
                }}
              >
                {LANGUAGE_INFO[lang].nativeName}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
