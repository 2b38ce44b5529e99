import { isGuideCode, type GuideCode } from '../guides';

/**
 * The shape notes and case details are saved in: per guide, values filed under a name (a step id; "bounce",
 * "contact"), each with the time of its last change. Reading saved data and merging tabs need only this shape, so
 * it is all that every page loads; what a value holds is checked where it is used (case-data.ts, loaded on demand).
 */
export interface Timed {
  at: string;
}
export type TimedMap<T extends Timed = Timed> = Partial<Record<GuideCode, Partial<Record<string, T>>>>;

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Keeps values with a valid time under a known guide and an accepted name; drops anything else. */
export function sanitizeTimed<M extends TimedMap>(value: unknown, isName: (name: string) => boolean): M {
  const out: TimedMap = {};
  if (isObject(value))
    for (const [code, entries] of Object.entries(value))
      if (isGuideCode(code) && isObject(entries))
        for (const [name, entry] of Object.entries(entries))
          if (isName(name) && isObject(entry) && typeof entry.at === 'string' && entry.at.length <= 40 && !Number.isNaN(Date.parse(entry.at)))
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

/** Files one change under its guide and name, stamped with its time. */
export function setTimed<M extends TimedMap>(map: M, code: GuideCode, name: string, value: object, at: Date): M {
  return { ...map, [code]: { ...map[code], [name]: { ...value, at: at.toISOString() } } };
}
