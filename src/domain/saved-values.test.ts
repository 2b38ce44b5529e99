import { describe, expect, it } from 'vitest';
import { isPlainObject, isSavedTime } from './saved-values';

describe('checks on data this app did not just make', () => {
  it('takes only objects with keys as objects', () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    for (const value of [null, undefined, [], ['a'], 'text', 5, true]) expect(isPlainObject(value), String(value)).toBe(false);
  });

  it('takes only times a browser can read, within 40 characters', () => {
    expect(isSavedTime('2026-11-20T10:00:00.000Z')).toBe(true);
    for (const value of ['yesterday', '', '2026-13-45T99:00:00Z', `2026-11-20T10:00:00.000Z${' '.repeat(20)}`, 1763632800000, null]) expect(isSavedTime(value), String(value)).toBe(false);
  });
});
