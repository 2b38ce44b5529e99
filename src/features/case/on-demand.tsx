import { lazy } from 'react';
import { LazyPart } from '../../components/lazy-part';
import { importOrReload } from '../../components/stale-chunk';
import { useHydrated } from '../../components/use-hydrated';
import type { GuideCode, StepId } from '../../domain/guides';
import { requireCaseStrings } from '../../i18n/i18n';

// Fetched once the page runs, never prerendered: a note and these links need the saved progress anyway, and a step
// link's first view (HTML, script, strings) carries none of their bytes.
const load = importOrReload(() => Promise.all([import('./case-parts'), requireCaseStrings()]).then(([module]) => module));
const Note = lazy(() => load().then((module) => ({ default: module.StepNote })));
const Links = lazy(() => load().then((module) => ({ default: module.GuideCaseLinks })));

export function StepNoteOnDemand({ code, step }: { code: GuideCode; step: StepId }) {
  return useHydrated() ? (
    <LazyPart>
      <Note code={code} step={step} />
    </LazyPart>
  ) : null;
}

export function GuideCaseLinksOnDemand({ code }: { code: GuideCode }) {
  return useHydrated() ? (
    <LazyPart>
      <Links code={code} />
    </LazyPart>
  ) : null;
}
