import { PROGRESS_VERSION, sanitizeProgress, type Progress } from './progress';

/** Why saved progress could not be used; the raw value is then kept aside, never deleted. */
export type SavedProgressProblem = 'invalid-json' | 'wrong-shape' | 'newer-version';

export type SavedProgressResult =
  | { kind: 'empty' }
  | { kind: 'ok'; progress: Progress; version: number }
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
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'unreadable', problem: 'wrong-shape' };
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'unreadable', problem: 'wrong-shape' };
  if (version > PROGRESS_VERSION) return { kind: 'unreadable', problem: 'newer-version' };
  const progress = migrateProgress(state, version);
  if (!progress) return { kind: 'unreadable', problem: 'wrong-shape' };
  return { kind: 'ok', progress, version };
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

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ state: { progress }, version: PROGRESS_VERSION });
}
