import { guideSteps, type GuideCode } from '../../domain/guides';
import { countDone, firstUnfinished, type GuideProgress } from '../../domain/progress';
import { useProgressStore } from './progress-store';

const EMPTY: GuideProgress = {};

/** Progress of one guide; before saved progress is read (first render) everything reads as not done. */
export function useGuideProgress(code: GuideCode) {
  const guide = useProgressStore((state) => state.progress[code] ?? EMPTY);
  const progress = { [code]: guide };
  return {
    marks: guide,
    done: countDone(progress, code),
    total: guideSteps(code).length,
    next: firstUnfinished(progress, code),
  };
}
