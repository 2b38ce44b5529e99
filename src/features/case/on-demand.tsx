import { lazy } from 'react';
import { LazyPart } from '../../components/lazy-part';
import { importOrReload } from '../../components/stale-chunk';
import { useHydrated } from '../../components/use-hydrated';
import type { GuideCode, StepId } from '../../domain/guides';
import { requireUiPart } from '../../i18n/i18n';

// Fetched once the page runs, never prerendered: a note and the case links need the saved progress anyway, and a
// step link's first view (HTML, script, strings) carries none of their bytes.
const CasePart = lazy(importOrReload(() => Promise.all([import('./case-parts'), requireUiPart('case')]).then(([module]) => ({ default: module.CasePart }))));

/** On a step, the note on it; on an overview (no step), the links to "I'm not the admin" and the support summary. */
export function CaseOnDemand({ code, step }: { code: GuideCode; step?: StepId }) {
  return useHydrated() ? (
    <LazyPart>
      <CasePart code={code} step={step} />
    </LazyPart>
  ) : null;
}
