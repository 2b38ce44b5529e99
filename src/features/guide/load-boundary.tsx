import type { ReactNode } from 'react';
import { LoadError } from '../../components/load-error';
import { PageHeading } from '../../components/page-heading';
import { CatalogErrorBoundary } from './catalog-error-boundary';

/**
 * Text that a part of a page reads with `use` and that could not be loaded: a message and a retry in its place.
 * `heading` (and its `caption`), for a part that holds the page's h1: what the frame knows of the page (a guide's name;
 * a step's counter), so the page keeps a heading while its own is missing.
 */
export function LoadBoundary({ heading, caption, children }: { heading?: string; caption?: string; children: ReactNode }) {
  return (
    <CatalogErrorBoundary
      failed={(retry) => (
        <>
          {heading ? <PageHeading caption={caption}>{heading}</PageHeading> : null}
          <LoadError retry={retry} />
        </>
      )}
    >
      {children}
    </CatalogErrorBoundary>
  );
}
