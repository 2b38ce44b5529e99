import { useParams } from 'react-router';
import { isLang, type Lang } from '../domain/languages';
import { useLocale } from './use-locale';

/**
 * The language in the URL. Links use it rather than the language on screen,
 * which lags behind for the moment a newly chosen language takes to load.
 */
export function useRouteLang(): Lang {
  const { lang } = useParams();
  const { lang: shown } = useLocale();
  return isLang(lang) ? lang : shown;
}
