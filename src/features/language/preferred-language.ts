import { isLang, matchLanguage, type Lang } from '../../domain/languages';

const KEY = 'ndr-wizard.language';

/** The language chosen in the switcher earlier, if storage allows reading it. */
export function savedLanguage(): Lang | undefined {
  try {
    const value = window.localStorage.getItem(KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Storage refused: the choice still applies to this visit through the URL.
  }
}

/** For "/": the saved choice, then the browser's languages, then English. */
export function preferredLanguage(): Lang {
  return savedLanguage() ?? matchLanguage(navigator.languages ?? [navigator.language]) ?? 'en';
}
