import { describe, expect, it } from 'vitest';
import { markStep, mergeProgress, sanitizeProgress, stepState, type Progress } from './progress';
import { recordRequest, supportRequest } from './support-request';
import { readSavedProgress, serializeProgress } from './saved-progress';

const t1 = new Date('2026-11-20T10:00:00Z');
const t2 = new Date('2026-11-20T11:00:00Z');

describe('a support request: a waiting state, not a tick', () => {
  it('is waiting once requested, done once ticked, not started before either', () => {
    const request = supportRequest('2026-11-20', '  2611200040001234 ', '2026-11-24')!;
    expect(request).toEqual({ on: '2026-11-20', caseNumber: '2611200040001234' });
    let progress: Progress = {};
    expect(stepState(progress['5.7.705']?.['contact-support'])).toBe('not-started');
    progress = recordRequest(progress, '5.7.705', 'contact-support', request, t1);
    expect(stepState(progress['5.7.705']?.['contact-support'])).toBe('waiting');
    progress = markStep(progress, '5.7.705', 'contact-support', true, t2);
    expect(stepState(progress['5.7.705']?.['contact-support'])).toBe('done');
    // Unticked again, the request is still recorded: back to waiting.
    progress = markStep(progress, '5.7.705', 'contact-support', false, t2);
    expect(stepState(progress['5.7.705']?.['contact-support'])).toBe('waiting');
    expect(stepState(recordRequest(progress, '5.7.705', 'contact-support', undefined, t2)['5.7.705']?.['contact-support'])).toBe('not-started');
  });

  it('refuses a day that is not a date or is still to come, and cuts an overlong case number', () => {
    expect(supportRequest('tomorrow', '1', '2026-11-24')).toBeUndefined();
    expect(supportRequest('2026-13-45', '1', '2026-11-24')).toBeUndefined();
    // A request is made, not planned: a day after the reader's today is refused; today itself is kept.
    expect(supportRequest('2099-01-01', '1', '2026-11-24')).toBeUndefined();
    expect(supportRequest('2026-11-25', '1', '2026-11-24')).toBeUndefined();
    expect(supportRequest('2026-11-24', '1', '2026-11-24')).toEqual({ on: '2026-11-24', caseNumber: '1' });
    expect(supportRequest('2026-11-20', 'x'.repeat(5_000_000), '2026-11-24')?.caseNumber).toHaveLength(64);
  });

  it('survives saving, reading, import and merging; old marks without it read as before', () => {
    const progress = recordRequest({}, '5.7.750', 'contact-support', supportRequest('2026-11-21', 'ABC-1', '2026-11-24')!, t1);
    const read = readSavedProgress(serializeProgress(progress));
    expect(read).toMatchObject({ kind: 'ok', progress });
    expect(sanitizeProgress({ '5.7.750': { 'contact-support': { done: false, at: t1.toISOString() } } })).toEqual({ '5.7.750': { 'contact-support': { done: false, at: t1.toISOString() } } });
    // A corrupt request is dropped, the mark kept.
    expect(sanitizeProgress({ '5.7.750': { 'contact-support': { done: true, at: t1.toISOString(), requested: { on: '<script>', caseNumber: 5 } } } })).toEqual({
      '5.7.750': { 'contact-support': { done: true, at: t1.toISOString() } },
    });
    // Another tab's newer request wins; an older one does not undo a newer tick.
    const other = markStep({}, '5.7.750', 'contact-support', true, t2);
    expect(mergeProgress(progress, other)['5.7.750']?.['contact-support']?.done).toBe(true);
    expect(mergeProgress(other, recordRequest({}, '5.7.750', 'contact-support', supportRequest('2026-11-22', '9', '2026-11-24')!, new Date('2026-11-20T12:00:00Z')))['5.7.750']?.['contact-support']?.requested?.caseNumber).toBe('9');
  });
});
