import { isGuideCode, type GuideCode } from '../guides';
import { isPlainObject, isSavedTime, stampAfter } from '../saved-values';

/**
 * The shape notes and case details are saved in: per guide, values filed under a name (a step id; "bounce",
 * "contact"), each with the time of its last change. Reading saved data and merging tabs need only this shape, so
 * it is all that every page loads; what a value holds is checked where it is used (case-data.ts, loaded on demand).
 */
export interface Timed {
  at: string;
}
export type TimedMap<T extends Timed = Timed> = Partial<Record<GuideCode, Partial<Record<string, T>>>>;

/** Keeps values with a valid time under a known guide and an accepted name; drops anything else. */
export function sanitizeTimed<M extends TimedMap>(value: unknown, isName: (name: string) => boolean): M {
  const out: TimedMap = {};
  if (isPlainObject(value))
    for (const [code, entries] of Object.entries(value))
      if (isGuideCode(code) && isPlainObject(entries))
        for (const [name, entry] of Object.entries(entries))
          if (isName(name) && isPlainObject(entry) && isSavedTime(entry.at))
            out[code] = { ...out[code], [name]: entry as unknown as Timed };
  return out as M;
}

/** Per guide and name, the later change wins (on a tie, `b`: the newer copy of the same change). */
export function mergeTimed<M extends TimedMap>(a: M, b: M): M {
  const merged: TimedMap = { ...a };
  for (const [code, entries] of Object.entries(b)) {
    const inner = { ...merged[code] };
    for (const [name, value] of Object.entries(entries ?? {})) {
      const mine = inner[name];
      if (value && (!mine || Date.parse(value.at) >= Date.parse(mine.at))) inner[name] = value;
    }
    merged[code] = inner;
  }
  return merged as M;
}

/**
 * Forgets everything filed under a guide, as a change like any other: each entry becomes its time alone (after the
 * entry it replaces), which wins over the older entry in another tab or an older file (mergeTimed), and which every
 * reader of the values drops (case-data.ts keeps only entries that hold what they should). Deleting the entries
 * instead would let the next merge bring them back.
 */
export function clearTimed<M extends TimedMap>(map: M, code: GuideCode, names: readonly string[], at: Date): M {
  // Every name the guide can hold, not only those this tab holds: another tab may hold a note this one never saw.
  const all = new Set([...names, ...Object.keys(map[code] ?? {})]);
  const cleared = Object.fromEntries([...all].map((name) => [name, { at: stampAfter(at, map[code]?.[name]?.at) }]));
  return { ...map, [code]: cleared };
}

/** Files one change under its guide and name, stamped with its time (after the entry it replaces: stampAfter). */
export function setTimed<M extends TimedMap>(map: M, code: GuideCode, name: string, value: object, at: Date): M {
  return { ...map, [code]: { ...map[code], [name]: { ...value, at: stampAfter(at, map[code]?.[name]?.at) } } };
}
