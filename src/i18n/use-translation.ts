import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './i18n';

/*
 * The one binding the components need between i18next and React: re-render
 * when the language changes. (react-i18next does this and much more; the app
 * used none of the rest, and its 2.5 kB counted in the first view of every
 * step link.) A language's strings are always added before switching to it.
 */
function subscribe(listener: () => void): () => void {
  i18n.on('languageChanged', listener);
  return () => i18n.off('languageChanged', listener);
}
const snapshot = () => i18n.language;

/** `t` for the UI strings of the language being shown, and that language's code. */
export function useTranslation() {
  const language = useSyncExternalStore(subscribe, snapshot, snapshot);
  const t = useMemo(() => i18n.getFixedT(language, 'ui'), [language]);
  return { t, language };
}
