import { describe, expect, it } from 'vitest';
import { guideSteps } from './guides';
import { countDone, firstUnfinished, markStep, mergeProgress, resetGuide, sanitizeProgress, type Progress } from './progress';
import { migrateProgress, readSavedProgress, serializeProgress } from './saved-progress';

const t1 = new Date('2026-11-20T10:00:00Z');
const t2 = new Date('2026-11-20T11:00:00Z');

describe('progress model', () => {
  it('counts done steps and finds the first unfinished one', () => {
    // In the guide's own order (from its content), whatever order the steps are ticked in.
    const [first, second, third, fourth] = guideSteps('5.7.705');
    let progress: Progress = {};
    expect(firstUnfinished(progress, '5.7.705')).toBe(first);
    progress = markStep(progress, '5.7.705', first, true, t1);
    progress = markStep(progress, '5.7.705', third, true, t1);
    progress = markStep(progress, '5.7.705', second, true, t1);
    expect(countDone(progress, '5.7.705')).toBe(3);
    expect(countDone(progress, '5.7.750')).toBe(0);
    expect(firstUnfinished(progress, '5.7.705')).toBe(fourth);
  });

  it('merges two tabs per step, the later change winning', () => {
    const a = markStep({}, '5.7.705', 'enable-mfa', true, t1);
    const b = markStep({}, '5.7.705', 'register-domains', true, t2);
    const merged = mergeProgress(a, b);
    expect(countDone(merged, '5.7.705')).toBe(2);
    const untickedLater = markStep(a, '5.7.705', 'enable-mfa', false, t2);
    expect(countDone(mergeProgress(a, untickedLater), '5.7.705')).toBe(0);
    expect(countDone(mergeProgress(untickedLater, a), '5.7.705')).toBe(0);
  });

  it('resets a guide as a newer change that other tabs follow', () => {
    const ticked = markStep({}, '5.7.750', 'contact-support', true, t1);
    const reset = resetGuide(ticked, '5.7.750', t2);
    expect(countDone(reset, '5.7.750')).toBe(0);
    expect(countDone(mergeProgress(ticked, reset), '5.7.750')).toBe(0);
  });

  it('drops unknown codes, unknown steps and malformed marks', () => {
    expect(
      sanitizeProgress({
        '5.7.705': { 'enable-mfa': { done: true, at: t1.toISOString() }, bogus: { done: true, at: t1.toISOString() }, 'register-domains': { done: 'yes' } },
        '9.9.9': { 'enable-mfa': { done: true, at: t1.toISOString() } },
      }),
    ).toEqual({ '5.7.705': { 'enable-mfa': { done: true, at: t1.toISOString() } } });
    expect(sanitizeProgress('nope')).toBeUndefined();
    expect(sanitizeProgress([1, 2])).toBeUndefined();
  });
});

describe('saved progress', () => {
  const saved = serializeProgress(markStep({}, '5.7.705', 'enable-mfa', true, t1));

  it('reads what it saved', () => {
    expect(readSavedProgress(saved)).toEqual({ kind: 'ok', version: 1, notes: {}, cases: {}, progress: { '5.7.705': { 'enable-mfa': { done: true, at: t1.toISOString() } } } });
    expect(readSavedProgress(null)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['invalid JSON', '{"state":', 'invalid-json'],
    ['a value cut off halfway', saved.slice(0, saved.length / 2), 'invalid-json'],
    ['JSON of the wrong shape', '[1,2,3]', 'wrong-shape'],
    ['JSON without a version', '{"state":{"progress":{}}}', 'wrong-shape'],
    ['a state that is not an object', '{"state":"x","version":1}', 'wrong-shape'],
    ['a newer schema version', '{"state":{"progress":{}},"version":7}', 'newer-version'],
  ])('reports %s as unreadable', (_name, raw, problem) => {
    expect(readSavedProgress(raw)).toEqual({ kind: 'unreadable', problem });
  });

  it('migrates the pre-release version 0 shape', () => {
    expect(migrateProgress({ done: { '5.7.750': ['enable-mfa', 'not-a-step'] } }, 0)).toEqual({
      '5.7.750': { 'enable-mfa': { done: true, at: new Date(0).toISOString() } },
    });
    const result = readSavedProgress(JSON.stringify({ state: { done: { '5.7.705': ['contact-support'] } }, version: 0 }));
    expect(result.kind === 'ok' && countDone(result.progress, '5.7.705')).toBe(1);
  });
});
