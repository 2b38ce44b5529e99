import { describe, expect, it } from 'vitest';
import { readProgressFile, progressFile } from '../progress-file';
import { markStep } from '../progress';
import { readSavedProgress, serializeProgress } from '../saved-progress';
import { clearTimed } from './timed-map';
import { mergeCases, mergeNotes, noteOf, readCases as sanitizeCases, readNotes as sanitizeNotes, setCaseBounce, setCaseContact, setNote, MAX_NOTE_LENGTH } from './case-data';

const t1 = new Date('2026-11-20T10:00:00Z');
const t2 = new Date('2026-11-20T11:00:00Z');
const bounce = { replyLine: '550 5.7.705 Access denied, tenant has exceeded threshold', asId: 'AS(2204)', reportingServer: 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com', date: 'Mon, 20 Nov 2026 10:00:00 +0000', sender: 'alice@contoso.com', recipients: ['alex@fabrikam.com'] };

describe('notes per step', () => {
  it('merge across tabs like ticks: the later change wins, a cleared note included', () => {
    const a = setNote({}, '5.7.705', 'enable-mfa', 'MFA on for all admins', t1);
    const b = setNote({}, '5.7.705', 'register-domains', 'contoso.com added', t2);
    const merged = mergeNotes(a, b);
    expect(noteOf(merged, '5.7.705', 'enable-mfa')).toBe('MFA on for all admins');
    expect(noteOf(merged, '5.7.705', 'register-domains')).toBe('contoso.com added');
    const cleared = setNote(a, '5.7.705', 'enable-mfa', '', t2);
    expect(noteOf(mergeNotes(a, cleared), '5.7.705', 'enable-mfa')).toBe('');
    expect(noteOf(mergeNotes(cleared, a), '5.7.705', 'enable-mfa')).toBe('');
  });

  it('keep only known guides and steps and readable notes', () => {
    const raw = JSON.parse(
      `{"__proto__":{"x":1},"5.7.705":{"enable-mfa":{"text":"ok","at":"${t1.toISOString()}"},"nope":{"text":"x","at":"${t1.toISOString()}"},"register-domains":{"text":5,"at":"x"}},"9.9.9":{}}`,
    );
    const notes = sanitizeNotes(raw);
    expect(notes).toEqual({ '5.7.705': { 'enable-mfa': { text: 'ok', at: t1.toISOString() } } });
    // A "__proto__" key copied by assignment would have replaced the result's prototype.
    expect(Object.getPrototypeOf(notes)).toBe(Object.prototype);
    expect(sanitizeNotes([1, 2])).toEqual({});
    expect(sanitizeNotes({ '5.7.705': { 'enable-mfa': { text: 'x'.repeat(MAX_NOTE_LENGTH + 1), at: t1.toISOString() } } })).toEqual({});
  });
});

describe('case details', () => {
  it('keep the bounce and the contact apart, each the later one winning', () => {
    const a = setCaseBounce({}, '5.7.705', bounce, t1);
    const b = setCaseContact({}, '5.7.705', 'contoso.onmicrosoft.com', 'Ana, +46 8 000 00', t2);
    const merged = mergeCases(a, b);
    expect(merged['5.7.705']?.bounce?.asId).toBe('AS(2204)');
    expect(merged['5.7.705']?.contact?.tenant).toBe('contoso.onmicrosoft.com');
    const newer = setCaseBounce({}, '5.7.705', { ...bounce, asId: 'AS(1111)' }, t2);
    expect(mergeCases(merged, newer)['5.7.705']?.bounce?.asId).toBe('AS(1111)');
    expect(mergeCases(newer, a)['5.7.705']?.bounce?.asId).toBe('AS(1111)');
  });

  it('refuse a bounce of the wrong shape', () => {
    expect(sanitizeCases({ '5.7.705': { bounce: { ...bounce, at: t1.toISOString(), recipients: 'alex' } } })).toEqual({});
    expect(sanitizeCases({ '5.7.705': { bounce: { ...bounce, at: 'yesterday' } } })).toEqual({});
  });
});

describe('starting a guide over', () => {
  it('forgets its notes and case details, in this tab and in every tab or file that held them before', () => {
    const notes = setNote(setNote({}, '5.7.705', 'enable-mfa', 'MFA on', t1), '5.7.750', 'enable-mfa', 'other guide', t1);
    const cases = setCaseContact(setCaseBounce({}, '5.7.705', bounce, t1), '5.7.705', 'contoso.onmicrosoft.com', 'Ana', t1);
    const clearedNotes = clearTimed(notes, '5.7.705', ['enable-mfa', 'register-domains'], t2);
    const clearedCases = clearTimed(cases, '5.7.705', ['bounce', 'contact'], t2);
    expect(noteOf(sanitizeNotes(clearedNotes), '5.7.705', 'enable-mfa')).toBe('');
    expect(sanitizeCases(clearedCases)['5.7.705']).toBeUndefined();
    // Another guide's note stays.
    expect(noteOf(sanitizeNotes(clearedNotes), '5.7.750', 'enable-mfa')).toBe('other guide');
    // An older copy (another tab, an export made before) merged in either order does not bring them back.
    expect(noteOf(sanitizeNotes(mergeNotes(notes, clearedNotes)), '5.7.705', 'enable-mfa')).toBe('');
    expect(noteOf(sanitizeNotes(mergeNotes(clearedNotes, notes)), '5.7.705', 'enable-mfa')).toBe('');
    expect(sanitizeCases(mergeCases(cases, clearedCases))['5.7.705']).toBeUndefined();
    // A note another tab wrote earlier on a step this side never had a note for is cleared too.
    const elsewhere = setNote({}, '5.7.705', 'register-domains', 'written in another tab', t1);
    expect(noteOf(sanitizeNotes(mergeNotes(clearedNotes, elsewhere)), '5.7.705', 'register-domains')).toBe('');
    const contactElsewhere = setCaseContact({}, '5.7.705', 'fabrikam.onmicrosoft.com', 'Bo', t1);
    expect(sanitizeCases(mergeCases(clearTimed({}, '5.7.705', ['bounce', 'contact'], t2), contactElsewhere))['5.7.705']).toBeUndefined();
    // A note written after the reset is kept.
    const later = setNote(clearedNotes, '5.7.705', 'enable-mfa', 'new note', new Date('2026-11-20T12:00:00Z'));
    expect(noteOf(sanitizeNotes(mergeNotes(later, notes)), '5.7.705', 'enable-mfa')).toBe('new note');
  });
});

describe('saved progress with notes and cases (additive)', () => {
  it('old saved data reads as before, with no notes', () => {
    const old = serializeProgress(markStep({}, '5.7.705', 'enable-mfa', true, t1));
    expect(old).not.toContain('notes');
    const read = readSavedProgress(old);
    expect(read).toMatchObject({ kind: 'ok', notes: {}, cases: {} });
  });

  it('notes and cases survive saving and an export file round trip', () => {
    const progress = markStep({}, '5.7.705', 'enable-mfa', true, t1);
    const notes = setNote({}, '5.7.705', 'enable-mfa', 'done by Ana', t1);
    const cases = setCaseBounce({}, '5.7.705', bounce, t1);
    const saved = readSavedProgress(serializeProgress(progress, { notes, cases }));
    expect(saved).toMatchObject({ kind: 'ok', progress, notes, cases });
    const file = readProgressFile(progressFile(progress, t2, { notes, cases }), t2);
    expect(file).toMatchObject({ ok: true, ticked: 1, notes, cases });
  });

  it('a file that names another app is refused whole, one that names this app or none is read', () => {
    const exported = progressFile(markStep({}, '5.7.705', 'enable-mfa', true, t1), t2);
    expect(readProgressFile(exported, t2)).toMatchObject({ ok: true, ticked: 1 });
    expect(readProgressFile(exported.replace('"ndr-unblock-wizard"', '"other-app"'), t2)).toEqual({ ok: false });
    const backup = JSON.stringify({ ...JSON.parse(exported), app: undefined });
    expect(readProgressFile(backup, t2)).toMatchObject({ ok: true, ticked: 1 });
  });

  it('an unreadable notes part loses no ticks', () => {
    const raw = JSON.stringify({ state: { progress: markStep({}, '5.7.705', 'enable-mfa', true, t1), notes: 'garbage' }, version: 1 });
    expect(readSavedProgress(raw)).toMatchObject({ kind: 'ok', notes: {}, progress: { '5.7.705': { 'enable-mfa': { done: true } } } });
  });
});
