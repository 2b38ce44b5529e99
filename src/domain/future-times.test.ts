import { describe, expect, it } from 'vitest';
import { clearTimed } from './case/timed-map';
import { mergeCases, mergeNotes, noteOf, readCases, readNotes, setCaseContact, setNote, type Cases, type Notes } from './case/case-data';
import { decodeHandover, packJson } from './case/handover-codec';
import { countDone, isDone, markStep, mergeProgress, resetGuide, type Progress } from './progress';
import { readProgressFile } from './progress-file';
import { readSavedProgress, serializeProgress } from './saved-progress';
import { recordRequest } from './support-request';

/**
 * Times from a clock that runs fast (an export or a hand-over link made on such a PC, or a hand-edited date): the
 * reader's own later untick, edit or reset must win, now and after a reload, and normal merges stay as they were.
 */
const now = new Date('2026-11-25T00:00:00.000Z');
/** The reader's own change, a few minutes after the import. */
const later = new Date('2026-11-25T00:05:00.000Z');
const hourAhead = '2026-11-25T01:00:00.000Z';
const farFuture = '9999-12-31T00:00:00.000Z';
const past = '2026-11-24T23:50:49.495Z';
const CODE = '5.7.750';
const STEP = 'register-domains';

/** An export as another PC would write it, every time in it set to `at`. */
const fileStampedAt = (at: string) =>
  JSON.stringify({
    app: 'ndr-unblock-wizard',
    exportedAt: at,
    version: 1,
    state: {
      progress: { [CODE]: { [STEP]: { done: true, at } } },
      notes: { [CODE]: { [STEP]: { text: 'their note', at } } },
      cases: { [CODE]: { contact: { tenant: 'contoso.onmicrosoft.com', contact: 'Ana', at } } },
    },
  });

/** What the store does with an import: merge it into this browser's data; storage then holds the same. */
function importInto(local: { progress: Progress; notes: Notes; cases: Cases }, text: string) {
  const file = readProgressFile(text, now);
  if (!file.ok) throw new Error('file refused');
  return { progress: mergeProgress(local.progress, file.progress), notes: mergeNotes(local.notes, file.notes), cases: mergeCases(local.cases, file.cases) };
}

/** Saving merges with what storage holds (another tab's save, or this tab's before the change); then a reload reads it. */
function saveAndReload(saved: Progress, changed: Progress): Progress {
  const read = readSavedProgress(serializeProgress(mergeProgress(saved, changed)));
  if (read.kind !== 'ok') throw new Error('unreadable');
  return read.progress;
}

describe('a tick stamped in the future by another clock', () => {
  it.each([
    ['an hour ahead', hourAhead],
    ['in the year 9999', farFuture],
  ])('imported %s, is unticked for good by the reader', (_name, at) => {
    const saved = importInto({ progress: {}, notes: {}, cases: {} }, fileStampedAt(at));
    expect(isDone(saved.progress, CODE, STEP)).toBe(true);
    expect(Date.parse(saved.progress[CODE]![STEP]!.at)).toBeLessThanOrEqual(now.getTime());
    const unticked = markStep(saved.progress, CODE, STEP, false, later);
    expect(isDone(saveAndReload(saved.progress, unticked), CODE, STEP)).toBe(false);
    // In either order, as another tab merges it.
    expect(isDone(mergeProgress(unticked, saved.progress), CODE, STEP)).toBe(false);
  });

  it('imported, is undone by a reset of the guide, also after a reload', () => {
    const saved = importInto({ progress: {}, notes: {}, cases: {} }, fileStampedAt(hourAhead));
    const reset = resetGuide(saved.progress, CODE, later);
    expect(countDone(saveAndReload(saved.progress, reset), CODE)).toBe(0);
    expect(countDone(mergeProgress(reset, saved.progress), CODE)).toBe(0);
  });

  it('imported with a note and case details, loses to the reader’s later edit and to a reset', () => {
    const saved = importInto({ progress: {}, notes: {}, cases: {} }, fileStampedAt(farFuture));
    expect(noteOf(saved.notes, CODE, STEP)).toBe('their note');
    const edited = setNote(saved.notes, CODE, STEP, 'my note', later);
    expect(noteOf(mergeNotes(saved.notes, edited), CODE, STEP)).toBe('my note');
    const contact = setCaseContact(saved.cases, CODE, 'fabrikam.onmicrosoft.com', 'Bo', later);
    expect(mergeCases(saved.cases, contact)[CODE]?.contact?.tenant).toBe('fabrikam.onmicrosoft.com');
    const clearedNotes = clearTimed(saved.notes, CODE, [STEP], later);
    const clearedCases = clearTimed(saved.cases, CODE, ['bounce', 'contact'], later);
    expect(noteOf(readNotes(mergeNotes(saved.notes, clearedNotes)), CODE, STEP)).toBe('');
    expect(readCases(mergeCases(saved.cases, clearedCases))[CODE]).toBeUndefined();
  });

  it('in a hand-over link, reads as made no later than now, so the reader’s untick wins', async () => {
    const link = await packJson(
      JSON.stringify({ format: 'ndr-handover/1', code: '5.7.705', progress: { 'enable-mfa': { done: true, at: hourAhead } }, notes: { 'enable-mfa': { text: 'MFA on', at: farFuture } }, case: { contact: { tenant: 't', contact: '', at: hourAhead } } }),
    );
    const result = await decodeHandover(link, now);
    if (!result.ok) throw new Error(result.problem);
    const { progress, notes, case: details } = result.handover;
    expect([progress['enable-mfa']!.at, notes['enable-mfa']!.at, details.contact!.at]).toEqual([now.toISOString(), now.toISOString(), now.toISOString()]);
    const merged = mergeProgress({}, { '5.7.705': progress });
    expect(isDone(saveAndReload(merged, markStep(merged, '5.7.705', 'enable-mfa', false, later)), '5.7.705', 'enable-mfa')).toBe(false);
  });

  it('already saved in this browser (before this fix, or a clock put back since), still loses to the reader’s change', () => {
    const saved: Progress = { [CODE]: { [STEP]: { done: true, at: farFuture } } };
    expect(isDone(saveAndReload(saved, markStep(saved, CODE, STEP, false, later)), CODE, STEP)).toBe(false);
    expect(countDone(saveAndReload(saved, resetGuide(saved, CODE, later)), CODE)).toBe(0);
    const waiting: Progress = { [CODE]: { 'contact-support': { done: false, at: farFuture, requested: { on: '2026-11-24', caseNumber: '1' } } } };
    const request = recordRequest(waiting, CODE, 'contact-support', { on: '2026-11-25', caseNumber: '2' }, later);
    expect(mergeProgress(waiting, request)[CODE]?.['contact-support']?.requested?.caseNumber).toBe('2');
    const notes: Notes = { [CODE]: { [STEP]: { text: 'old', at: farFuture } } };
    expect(noteOf(mergeNotes(notes, setNote(notes, CODE, STEP, 'new', later)), CODE, STEP)).toBe('new');
    expect(noteOf(readNotes(mergeNotes(notes, clearTimed(notes, CODE, [STEP], later))), CODE, STEP)).toBe('');
    // Even at the last time a date can hold, the change is stamped (not thrown on) and wins.
    const last: Progress = { [CODE]: { [STEP]: { done: true, at: new Date(8.64e15).toISOString() } } };
    expect(() => markStep(last, CODE, STEP, false, later)).not.toThrow();
  });

  it('an untick in the same millisecond as the tick it undoes wins', () => {
    const ticked = markStep({}, CODE, STEP, true, later);
    expect(isDone(saveAndReload(ticked, markStep(ticked, CODE, STEP, false, later)), CODE, STEP)).toBe(false);
  });
});

describe('normal times are kept exactly as before', () => {
  it('an import of past times keeps them unchanged', () => {
    const file = readProgressFile(fileStampedAt(past), now);
    expect(file).toMatchObject({ ok: true, ticked: 1, progress: { [CODE]: { [STEP]: { done: true, at: past } } }, notes: { [CODE]: { [STEP]: { at: past } } }, cases: { [CODE]: { contact: { at: past } } } });
  });

  it('a change is stamped with its own time, and another tab’s later tick still wins', () => {
    const mine = markStep({ [CODE]: { [STEP]: { done: true, at: past } } }, CODE, STEP, false, now);
    expect(mine[CODE]?.[STEP]).toEqual({ done: false, at: now.toISOString() });
    const otherTab = markStep({}, CODE, STEP, true, later);
    expect(isDone(mergeProgress(mine, otherTab), CODE, STEP)).toBe(true);
    expect(isDone(mergeProgress(otherTab, mine), CODE, STEP)).toBe(true);
    expect(resetGuide(mine, CODE, later)[CODE]?.[STEP]?.at).toBe(later.toISOString());
    expect(setNote({ [CODE]: { [STEP]: { text: 'x', at: past } } }, CODE, STEP, 'y', now)[CODE]?.[STEP]?.at).toBe(now.toISOString());
  });
});
