import type { ReactNode } from 'react';
import { LoadError } from '../../components/load-error';
import { CatalogErrorBoundary } from './catalog-error-boundary';

/** Text that a part of a page reads with `use` and that could not be loaded: a message and a retry in its place. */
export function LoadBoundary({ children }: { children: ReactNode }) {
  return <CatalogErrorBoundary failed={(retry) => <LoadError retry={retry} />}>{children}</CatalogErrorBoundary>;
}
