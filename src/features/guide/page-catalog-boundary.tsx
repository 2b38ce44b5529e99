import type { ReactNode } from 'react';
import { BlockSourceContext } from '../../components/content-block';
import { LoadError } from '../../components/load-error';
import { catalogName, type CatalogOf, type CatalogRef } from '../../i18n/page-catalog';
import { useLocale, usePageCatalog } from '../../i18n/use-guide';

/**
 * Renders a guide's or a step's page once its catalog (one small file per
 * language) is loaded: at once on a prerendered page, after a moment when the
 * reader navigates in-app. A failed load says so and offers a retry.
 */
export function PageCatalogBoundary<R extends Extract<CatalogRef, { kind: 'guide' | 'step' }>>({ catalogRef, children }: { catalogRef: R; children: (catalog: CatalogOf<R>) => ReactNode }) {
  const { t } = useLocale();
  const { catalog, failed, retry } = usePageCatalog(catalogRef);
  if (failed) return <LoadError retry={retry} />;
  if (!catalog) return <p role="status">{t('guide.loadingGuide')}</p>;
  return <BlockSourceContext.Provider value={{ blocks: catalog.blocks, originals: catalogName(catalogRef) }}>{children(catalog)}</BlockSourceContext.Provider>;
}
