import { useEffect, useState, useSyncExternalStore } from 'react';
import { commonCatalog, currentLang, ensurePageCatalog, loadedPageCatalog, subscribeToPageCatalogs } from './i18n';
import { catalogName, type CatalogOf, type CatalogRef } from './page-catalog';
import { CatalogLoadError } from './catalog-url';
import { useTranslation } from './use-translation';
import { recoverFromStaleChunk } from '../components/stale-chunk';

/** UI strings, the shared catalog and the language being shown (re-renders on language change). */
export function useLocale() {
  const { t, language } = useTranslation();
  return { t, lang: currentLang(language), common: commonCatalog(language), htmlLang: language };
}

/**
 * A page's catalog (a guide's overview or a step) in the language shown.
 * Undefined while it loads (in-app navigation starts the load here); `failed`
 * when it could not be loaded, with `retry` to try again.
 */
export function usePageCatalog<R extends CatalogRef>(ref: R): { catalog: CatalogOf<R> | undefined; failed: boolean; retry: () => void } {
  const { lang } = useLocale();
  const [attempt, setAttempt] = useState(0);
  const [failedKey, setFailedKey] = useState<string>();
  const read = () => loadedPageCatalog(lang, ref);
  const catalog = useSyncExternalStore(subscribeToPageCatalogs, read, read);
  const key = `${lang}|${catalogName(ref)}|${attempt}`;
  useEffect(() => {
    if (catalog) return;
    let cancelled = false;
    ensurePageCatalog(lang, ref).catch((error: unknown) => {
      // Gone after a deploy: one reload fetches the new catalogs; otherwise (offline) say so, with a retry.
      if (error instanceof CatalogLoadError && error.gone && recoverFromStaleChunk()) return;
      if (!cancelled) setFailedKey(key);
    });
    return () => {
      cancelled = true;
    };
    // `key` names the catalog and the attempt: the ref object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalog, key]);
  return { catalog, failed: !catalog && failedKey === key, retry: () => setAttempt(attempt + 1) };
}
