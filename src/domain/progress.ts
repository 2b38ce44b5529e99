import { guideSteps, isGuideCode, isStepId, type GuideCode, type StepId } from './guides';
import { isPlainObject, isSavedTime, stampAfter } from './saved-values';

/**
 * Checklist progress, keyed by code and step id so it does not depend on the
 * interface language. An untick is kept as `done: false` with its time, so
 * that merging two tabs can tell a newer untick from an older tick.
 */
export interface StepMark {
  done: boolean;
  /** ISO time of the change. */
  at: string;
  /**
   * A request that others act on (asking Microsoft Support): the day it was made and its case number. A waiting
   * state, not a tick. Optional and additive: marks saved without it read as before.
   */
  requested?: SupportRequest;
}

export interface SupportRequest {
  /** The day asked, "YYYY-MM-DD" as the reader entered it. */
  on: string;
  /** The case number Support gave, as typed (may be empty). */
  caseNumber: string;
}

/** What a step shows: done, waiting on someone else (requested, not done), or not started. */
export type StepState = 'done' | 'waiting' | 'not-started';

export function stepState(mark: StepMark | undefined): StepState {
  if (mark?.done) return 'done';
  return mark?.requested ? 'waiting' : 'not-started';
}

export const MAX_CASE_NUMBER = 64;

export function sanitizeRequest(value: unknown): SupportRequest | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { on, caseNumber } = value as Record<string, unknown>;
  // A day that exists: "2026-02-31" parses (as 3 March), so the day must come back unchanged.
  if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on)) || new Date(`${on}T00:00:00Z`).toISOString().slice(0, 10) !== on) return undefined;
  if (typeof caseNumber !== 'string' || caseNumber.length > MAX_CASE_NUMBER) return undefined;
  return { on, caseNumber };
}


export type GuideProgress = Partial<Record<StepId, StepMark>>;
export type Progress = Partial<Record<GuideCode, GuideProgress>>;

export const PROGRESS_VERSION = 1;

/**
 * Keeps only what is recognisably progress: known codes, known steps, a
 * boolean and a valid time. Returns undefined when the value is not an object
 * at all, so callers can tell "empty" from "unreadable".
 */
export function sanitizeProgress(value: unknown): Progress | undefined {
  if (!isPlainObject(value)) return undefined;
  const progress: Progress = {};
  for (const [code, steps] of Object.entries(value)) {
    if (!isGuideCode(code) || !isPlainObject(steps)) continue;
    const guide: GuideProgress = {};
    for (const [step, mark] of Object.entries(steps)) {
      if (!isStepId(step) || !isPlainObject(mark)) continue;
      const { done, at, requested } = mark;
      if (typeof done !== 'boolean' || !isSavedTime(at)) continue;
      const request = sanitizeRequest(requested);
      guide[step] = request ? { done, at, requested: request } : { done, at };
    }
    if (Object.keys(guide).length) progress[code] = guide;
  }
  return progress;
}

/** Per step, the later change wins; on a tie a tick wins, so nothing ticked is lost. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const merged: Progress = {};
  for (const code of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const guide: GuideProgress = {};
    for (const step of new Set([...Object.keys(a[code] ?? {}), ...Object.keys(b[code] ?? {})])) {
      const left = a[code]?.[step];
      const right = b[code]?.[step];
      const winner =
        !left ? right : !right ? left : Date.parse(right.at) > Date.parse(left.at) ? right : Date.parse(right.at) < Date.parse(left.at) ? left : right.done ? right : left;
      if (winner) guide[step] = winner;
    }
    if (Object.keys(guide).length) merged[code] = guide;
  }
  return merged;
}

export function isDone(progress: Progress, code: GuideCode, step: StepId): boolean {
  return progress[code]?.[step]?.done === true;
}

/** Steps of the guide that are ticked (a step of another guide with the same id does not count). */
export function countDone(progress: Progress, code: GuideCode, steps: readonly StepId[] = guideSteps(code)): number {
  return steps.filter((step) => isDone(progress, code, step)).length;
}

/** The first step not ticked, or undefined when every step is done. */
export function firstUnfinished(progress: Progress, code: GuideCode, steps: readonly StepId[] = guideSteps(code)): StepId | undefined {
  return steps.find((step) => !isDone(progress, code, step));
}

/**
 * Ticks or unticks a step; a recorded request stays with it (a tick ends the wait, an untick shows it again). Stamped
 * after the mark it replaces (stampAfter), so that this change wins even over a mark saved with a time in the future.
 */
export function markStep(progress: Progress, code: GuideCode, step: StepId, done: boolean, at: Date): Progress {
  const { requested, at: replaced } = progress[code]?.[step] ?? {};
  const stamp = stampAfter(at, replaced);
  return { ...progress, [code]: { ...progress[code], [step]: requested ? { done, at: stamp, requested } : { done, at: stamp } } };
}


/** Reset is a change like any other: every step is unticked now (after the mark it replaces), so other tabs follow. */
export function resetGuide(progress: Progress, code: GuideCode, at: Date): Progress {
  const guide: GuideProgress = {};
  for (const step of guideSteps(code)) guide[step] = { done: false, at: stampAfter(at, progress[code]?.[step]?.at) };
  return { ...progress, [code]: guide };
}
