/**
 * Checks shared by everything that reads data this app did not just make (saved progress, notes and case details, a
 * hand-over link): such data is never trusted, so each reader keeps only values of the shape it expects.
 */

/** An object with string keys (not null, not an array). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** A time as this app writes it (an ISO string), within a length no real time exceeds. */
export const isSavedTime = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
