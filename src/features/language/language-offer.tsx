import { Link, useLocation } from 'react-router';
import type { NavigationState } from '../../components/page-heading';
import { withLanguage } from '../../config/paths';
import { LANGUAGE_INFO, matchLanguage, type Lang } from '../../domain/languages';
import { saveLanguage, savedLanguage } from './preferred-language';

// One line per language, each in its own language (ui-offer.json): the reader may not read the page's language.
const OFFERS = import.meta.glob<{ offer: { read: string } }>('../../../locales/*/ui-offer.json', { eager: true, import: 'default' });

/**
 * A page opened in a language other than the reader's (their saved choice, else their browser's first match)
 * offers the reader's language in one line, in that language. Loaded after the page is ready.
 */
export function LanguageOffer({ current }: { current: Lang }) {
  const { pathname, search, hash } = useLocation();
  const reader = savedLanguage() ?? matchLanguage(navigator.languages ?? [navigator.language]);
  if (!reader || reader === current) return null;
  const info = LANGUAGE_INFO[reader];
  const state: NavigationState = { keepFocus: true };
  return (
    <p className="language-offer" lang={info.htmlLang}>
      <Link to={withLanguage(pathname, reader) + search + hash} hrefLang={info.htmlLang} state={state} onClick={() => saveLanguage(reader)}>
        {OFFERS[`../../../locales/${info.fileKey}/ui-offer.json`].offer.read}
      </Link>
    </p>
  );
}
