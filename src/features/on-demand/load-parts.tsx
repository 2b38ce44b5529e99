import { lazy } from 'react';
import { LazyPart } from '../../components/lazy-part';
import { importOrReload } from '../../components/stale-chunk';
import { useHydrated } from '../../components/use-hydrated';
import type { GuidePartProps } from './guide-part';

/** The on-demand chunk (parts.ts), fetched once, whoever asks first. */
export const loadParts = importOrReload(() => import('./parts'));

const Lazy = lazy(() => loadParts().then((parts) => ({ default: parts.GuidePart })));

/**
 * A part of a page fetched once the page runs: never prerendered (so never in a first view), never during
 * hydration. Each is its own boundary, so a failed load leaves the rest of the page working.
 */
export function GuidePart(props: GuidePartProps) {
  return useHydrated() ? (
    <LazyPart silent>
      <Lazy {...props} />
    </LazyPart>
  ) : null;
}
