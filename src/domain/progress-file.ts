import { GUIDE_CODES, guideSteps } from './guides';
import { PROGRESS_VERSION, type Progress } from './progress';
import { readSavedValue, stateOf, type CaseParts } from './saved-progress';
import { capTimes, isPlainObject } from './saved-values';

export const PROGRESS_FILE_APP = 'ndr-unblock-wizard';
/** Progress for two guides is a few kilobytes; anything far larger is not ours. */
export const MAX_PROGRESS_FILE_BYTES = 1_000_000;

/** The ticks, with the notes and case details when there are some. */
export function progressFile(progress: Progress, now: Date, parts: Partial<CaseParts> = {}): string {
  return `${JSON.stringify({ app: PROGRESS_FILE_APP, exportedAt: now.toISOString(), version: PROGRESS_VERSION, state: stateOf(progress, parts) }, null, 2)}\n`;
}

export type ProgressFileResult = ({ ok: true; progress: Progress; ticked: number } & CaseParts) | { ok: false };

/** Accepts a file this wizard exported (or its saved-data backup); anything else is refused whole. `now`: this reader's clock. */
export function readProgressFile(text: string, now: Date): ProgressFileResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  // A file that names another app: same shape or not, its ticks are not this wizard's. (The saved-data backup names none.)
  if (isPlainObject(parsed) && 'app' in parsed && parsed.app !== PROGRESS_FILE_APP) return { ok: false };
  const saved = readSavedValue(parsed);
  if (saved.kind !== 'ok') return { ok: false };
  const ticked = GUIDE_CODES.reduce((sum, code) => sum + guideSteps(code).filter((step) => saved.progress[code]?.[step]?.done).length, 0);
  // Another PC's clock may run fast: a time ahead of ours would outrank every later change made here, so it is capped at now.
  return { ok: true, progress: capTimes(saved.progress, now), ticked, notes: capTimes(saved.notes, now), cases: capTimes(saved.cases, now) };
}
