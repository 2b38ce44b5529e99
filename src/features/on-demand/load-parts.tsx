import { lazy, useEffect, useState } from 'react';
import { LazyPart } from '../../components/lazy-part';
import { importOrReload } from '../../components/stale-chunk';
import type { GuidePartProps } from './guide-part';

/** The on-demand chunk (parts.ts), fetched once, whoever asks first. */
export const loadParts = importOrReload(() => import('./parts'));

const Lazy = lazy(() => loadParts().then((parts) => ({ default: parts.GuidePart })));

/**
 * True once the browser is idle after this component mounted: the page has hydrated and the reader's first
 * clicks are handled before anything more is fetched or rendered. False in the prerendered HTML.
 */
function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}

/**
 * A part of a page fetched once the page is ready: never prerendered (so never in a first view), never during
 * hydration. Each is its own boundary, so a failed load leaves the rest of the page working.
 */
export function GuidePart(props: GuidePartProps) {
  return useWhenIdle() ? (
    <LazyPart silent>
      <Lazy {...props} />
    </LazyPart>
  ) : null;
}
