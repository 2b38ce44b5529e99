import { lazy } from 'react';
import { LazyPart } from '../../components/lazy-part';
import { importOrReload } from '../../components/stale-chunk';
import { useProgressStore } from './progress-store';

const StorageProblemNotice = lazy(importOrReload(() => import('./storage-problem-notice').then((module) => ({ default: module.StorageProblemNotice }))));

/** Says, once and plainly, when saved progress could not be read or cannot be kept. */
export function StorageNotice() {
  const problem = useProgressStore((state) => state.storageProblem);
  if (!problem) return null;
  // Its code and strings load only when there is something to say: most readers never need them.
  return (
    <LazyPart>
      <StorageProblemNotice />
    </LazyPart>
  );
}
