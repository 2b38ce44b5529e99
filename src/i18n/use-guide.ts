import { useEffect, useState, useSyncExternalStore } from 'react';
import type { GuideCatalog, GuideCode } from '../domain/guides';
import { commonCatalog, currentLang, ensureGuide, loadedGuideCatalog, subscribeToGuides } from './i18n';
import { useTranslation } from './use-translation';

/** UI strings, the shared catalog and the language being shown (re-renders on language change). */
export function useLocale() {
  const { t, language } = useTranslation();
  return { t, lang: currentLang(language), common: commonCatalog(language), htmlLang: language };
}

/**
 * One guide's catalog in the language shown. Undefined while it loads (in-app
 * navigation to another guide starts the load here); `failed` when it could
 * not be loaded, with `retry` to try again.
 */
export function useGuideCatalog(code: GuideCode): { catalog: GuideCatalog | undefined; failed: boolean; retry: () => void } {
  const { lang } = useLocale();
  const [attempt, setAttempt] = useState(0);
  const [failedKey, setFailedKey] = useState<string>();
  const catalog = useSyncExternalStore(
    subscribeToGuides,
    () => loadedGuideCatalog(lang, code),
    () => loadedGuideCatalog(lang, code),
  );
  const key = `${lang}|${code}|${attempt}`;
  useEffect(() => {
    if (catalog) return;
    let cancelled = false;
    ensureGuide(lang, code).catch(() => {
      if (!cancelled) setFailedKey(key);
    });
    return () => {
      cancelled = true;
    };
  }, [catalog, lang, code, key]);
  return { catalog, failed: !catalog && failedKey === key, retry: () => setAttempt(attempt + 1) };
}
