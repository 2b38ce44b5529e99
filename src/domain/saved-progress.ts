import type { Cases, Notes } from './case/case-data';
import { sanitizeTimed } from './case/timed-map';
import { isStepId } from './guides';
import { PROGRESS_VERSION, sanitizeProgress, type Progress } from './progress';

/** What a case adds to the ticks (optional fields of the same saved value: data without them reads as before). */
export interface CaseParts {
  notes: Notes;
  cases: Cases;
}

/** Why saved progress could not be used; the raw value is then kept aside, never deleted. */
export type SavedProgressProblem = 'invalid-json' | 'wrong-shape' | 'newer-version';

export type SavedProgressResult =
  | { kind: 'empty' }
  | ({ kind: 'ok'; progress: Progress; version: number } & CaseParts)
  | { kind: 'unreadable'; problem: SavedProgressProblem };

/**
 * Reads the value the persist middleware saved ({ state: { progress }, version }).
 * Older versions are accepted and migrated; anything else is reported, not guessed at.
 */
export function readSavedProgress(raw: string | null): SavedProgressResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', problem: 'invalid-json' };
  }
  return readSavedValue(parsed);
}

/** The same, from a value already parsed (a progress file, whose other fields are read too). */
export function readSavedValue(parsed: unknown): SavedProgressResult {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'unreadable', problem: 'wrong-shape' };
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'unreadable', problem: 'wrong-shape' };
  if (version > PROGRESS_VERSION) return { kind: 'unreadable', problem: 'newer-version' };
  const progress = migrateProgress(state, version);
  if (!progress) return { kind: 'unreadable', problem: 'wrong-shape' };
  return { kind: 'ok', progress, version, ...readCaseParts(state) };
}

/**
 * Brings saved state of any earlier version to the current shape.
 * Version 0 is the shape of pre-release builds: { done: { "<code>": ["<step>", ...] } }.
 */
export function migrateProgress(state: unknown, version: number): Progress | undefined {
  if (!state || typeof state !== 'object') return undefined;
  if (version === 0) {
    const done = (state as { done?: unknown }).done;
    if (!done || typeof done !== 'object') return undefined;
    const at = new Date(0).toISOString();
    const converted: Record<string, Record<string, unknown>> = {};
    for (const [code, steps] of Object.entries(done)) {
      if (!Array.isArray(steps)) continue;
      converted[code] = Object.fromEntries(steps.map((step) => [String(step), { done: true, at }]));
    }
    return sanitizeProgress(converted);
  }
  return sanitizeProgress((state as { progress?: unknown }).progress);
}

/** Notes and case details of a saved state (their shape; what each holds is checked where it is read); an unreadable part is dropped, never the ticks with it. */
export function readCaseParts(state: unknown): CaseParts {
  const { notes, cases } = (state && typeof state === 'object' ? state : {}) as { notes?: unknown; cases?: unknown };
  return { notes: sanitizeTimed(notes, isStepId), cases: sanitizeTimed(cases, (name) => name === 'bounce' || name === 'contact') };
}

/** Notes and cases are written only when there are some, so progress without them is saved exactly as before. */
export function serializeProgress(progress: Progress, parts: Partial<CaseParts> = {}): string {
  return JSON.stringify({ state: stateOf(progress, parts), version: PROGRESS_VERSION });
}

export function stateOf(progress: Progress, { notes, cases }: Partial<CaseParts>): { progress: Progress } & Partial<CaseParts> {
  return { progress, ...(notes && Object.keys(notes).length ? { notes } : {}), ...(cases && Object.keys(cases).length ? { cases } : {}) };
}
