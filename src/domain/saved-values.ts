/**
 * Checks shared by everything that reads data this app did not just make (saved progress, notes and case details, a
 * hand-over link): such data is never trusted, so each reader keeps only values of the shape it expects.
 */

/** An object with string keys (not null, not an array). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** A time as this app writes it (an ISO string), within a length no real time exceeds. */
export const isSavedTime = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** The latest time a Date can hold: a stamp is never later, so it always has an ISO form. */
const LAST_TIME = 8.64e15;

/**
 * The time to stamp this reader's change with: its own, or one millisecond after the value it replaces when that
 * one is as late or later (a time saved from a clock that ran fast, or the same millisecond), so the change always
 * wins the merges that follow (later time wins). After an older value, as normally, the change keeps its own time.
 */
export function stampAfter(at: Date, replaced: string | undefined): string {
  const after = Date.parse(replaced ?? '') + 1; // NaN when nothing is replaced
  return new Date(Math.min(after > at.getTime() ? after : at.getTime(), LAST_TIME)).toISOString();
}

type TimedEntries = Partial<Record<string, { at: string }>>;

/** Entries (marks, notes, case details) with every time later than now brought back to now; others unchanged. */
export const capEntries = <E extends TimedEntries>(entries: E, now: Date): E =>
  Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, entry && Date.parse(entry.at) > now.getTime() ? { ...entry, at: now.toISOString() } : entry])) as E;

/** The same, per guide (progress, notes, case details). */
export const capTimes = <M extends Partial<Record<string, TimedEntries>>>(map: M, now: Date): M =>
  Object.fromEntries(Object.entries(map).map(([code, entries]) => [code, entries && capEntries(entries, now)])) as M;
