import type { ReactNode } from 'react';
import { BlockSourceContext } from '../../components/content-block';
import type { GuideCatalog, GuideCode } from '../../domain/guides';
import { useGuideCatalog, useLocale } from '../../i18n/use-guide';

/**
 * Renders a guide's page once its catalog (one file per language and guide)
 * is loaded: at once on a prerendered page, after a moment when the reader
 * navigates in-app to another guide. A failed load says so and offers a retry.
 */
export function GuideCatalogBoundary({ code, children }: { code: GuideCode; children: (catalog: GuideCatalog) => ReactNode }) {
  const { t } = useLocale();
  const { catalog, failed, retry } = useGuideCatalog(code);
  if (failed) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('app.loadError')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (!catalog) return <p role="status">{t('guide.loadingGuide')}</p>;
  return <BlockSourceContext.Provider value={{ blocks: catalog.blocks, originals: code }}>{children(catalog)}</BlockSourceContext.Provider>;
}
