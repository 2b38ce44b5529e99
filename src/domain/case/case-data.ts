import { isGuideCode, isStepId, type GuideCode, type StepId } from '../guides';

/**
 * What a case adds to the ticks, kept with them in the browser only: a note per step, and per guide the details of
 * a pasted bounce and the tenant domain and contact an admin typed for the support summary. Every part carries the
 * time of its last change, so two tabs (or a hand-over link) merge the way ticks do: the later change wins.
 */
export interface NoteMark {
  /** Empty once the note was cleared (kept, with its time, so the clearing wins over an older note elsewhere). */
  text: string;
  at: string;
}
export type GuideNotes = Partial<Record<StepId, NoteMark>>;
export type Notes = Partial<Record<GuideCode, GuideNotes>>;

/** The parts of a pasted bounce a case keeps: what the admin and Microsoft Support ask for. */
export interface CaseBounce {
  at: string;
  /** The server's reply line that gives the code, verbatim. */
  replyLine: string | null;
  asId: string | null;
  reportingServer: string | null;
  date: string | null;
  sender: string | null;
  recipients: string[];
}

export interface CaseContact {
  at: string;
  tenant: string;
  contact: string;
}

export interface GuideCase {
  bounce?: CaseBounce;
  contact?: CaseContact;
}
export type Cases = Partial<Record<GuideCode, GuideCase>>;

export const MAX_NOTE_LENGTH = 2000;
export const MAX_FIELD_LENGTH = 300;
export const MAX_CASE_RECIPIENTS = 50;

const isTime = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isPlainObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const textOrNull = (value: unknown): string | null | undefined => (value === null ? null : isText(value, MAX_FIELD_LENGTH) ? value : undefined);

export function readNoteMark(value: unknown): NoteMark | undefined {
  if (!isPlainObject(value)) return undefined;
  const { text, at } = value;
  return isText(text, MAX_NOTE_LENGTH) && isTime(at) ? { text, at } : undefined;
}

export function readCaseBounce(value: unknown): CaseBounce | undefined {
  if (!isPlainObject(value) || !isTime(value.at)) return undefined;
  const fields = (['replyLine', 'asId', 'reportingServer', 'date', 'sender'] as const).map((key) => textOrNull(value[key]));
  if (fields.some((field) => field === undefined)) return undefined;
  const recipients = value.recipients;
  if (!Array.isArray(recipients) || recipients.length > MAX_CASE_RECIPIENTS || !recipients.every((r) => isText(r, MAX_FIELD_LENGTH))) return undefined;
  const [replyLine, asId, reportingServer, date, sender] = fields as (string | null)[];
  return { at: value.at, replyLine, asId, reportingServer, date, sender, recipients: [...(recipients as string[])] };
}

export function readCaseContact(value: unknown): CaseContact | undefined {
  if (!isPlainObject(value)) return undefined;
  const { at, tenant, contact } = value;
  return isTime(at) && isText(tenant, MAX_FIELD_LENGTH) && isText(contact, MAX_FIELD_LENGTH) ? { at, tenant, contact } : undefined;
}

/** Keeps the notes of known guides and steps, dropping anything else (saved data is never trusted). */
export function sanitizeNotes(value: unknown): Notes {
  const notes: Notes = {};
  if (!isPlainObject(value)) return notes;
  for (const [code, steps] of Object.entries(value)) {
    if (!isGuideCode(code) || !isPlainObject(steps)) continue;
    const guide: GuideNotes = {};
    for (const [step, mark] of Object.entries(steps)) {
      const note = isStepId(step) ? readNoteMark(mark) : undefined;
      if (note) guide[step] = note;
    }
    if (Object.keys(guide).length) notes[code] = guide;
  }
  return notes;
}

export function sanitizeCases(value: unknown): Cases {
  const cases: Cases = {};
  if (!isPlainObject(value)) return cases;
  for (const [code, entry] of Object.entries(value)) {
    if (!isGuideCode(code) || !isPlainObject(entry)) continue;
    const bounce = readCaseBounce(entry.bounce);
    const contact = readCaseContact(entry.contact);
    if (bounce || contact) cases[code] = { ...(bounce ? { bounce } : {}), ...(contact ? { contact } : {}) };
  }
  return cases;
}

const later = <T extends { at: string }>(left: T | undefined, right: T | undefined): T | undefined =>
  !left ? right : !right ? left : Date.parse(right.at) >= Date.parse(left.at) ? right : left;

export function mergeNotes(a: Notes, b: Notes): Notes {
  const merged: Notes = {};
  for (const code of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const guide: GuideNotes = {};
    for (const step of new Set([...Object.keys(a[code] ?? {}), ...Object.keys(b[code] ?? {})])) {
      const winner = later(a[code]?.[step], b[code]?.[step]);
      if (winner) guide[step] = winner;
    }
    if (Object.keys(guide).length) merged[code] = guide;
  }
  return merged;
}

export function mergeCases(a: Cases, b: Cases): Cases {
  const merged: Cases = {};
  for (const code of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const bounce = later(a[code]?.bounce, b[code]?.bounce);
    const contact = later(a[code]?.contact, b[code]?.contact);
    if (bounce || contact) merged[code] = { ...(bounce ? { bounce } : {}), ...(contact ? { contact } : {}) };
  }
  return merged;
}

export function setNote(notes: Notes, code: GuideCode, step: StepId, text: string, at: Date): Notes {
  return { ...notes, [code]: { ...notes[code], [step]: { text: text.slice(0, MAX_NOTE_LENGTH), at: at.toISOString() } } };
}

/** The note of a step, or "" (a cleared note reads as none). */
export const noteOf = (notes: Notes, code: GuideCode, step: StepId): string => notes[code]?.[step]?.text ?? '';

export function setCaseBounce(cases: Cases, code: GuideCode, bounce: Omit<CaseBounce, 'at'>, at: Date): Cases {
  const clip = (value: string | null) => (value === null ? null : value.slice(0, MAX_FIELD_LENGTH));
  const saved: CaseBounce = {
    at: at.toISOString(),
    replyLine: clip(bounce.replyLine),
    asId: clip(bounce.asId),
    reportingServer: clip(bounce.reportingServer),
    date: clip(bounce.date),
    sender: clip(bounce.sender),
    recipients: bounce.recipients.slice(0, MAX_CASE_RECIPIENTS).map((r) => r.slice(0, MAX_FIELD_LENGTH)),
  };
  return { ...cases, [code]: { ...cases[code], bounce: saved } };
}

export function setCaseContact(cases: Cases, code: GuideCode, tenant: string, contact: string, at: Date): Cases {
  return { ...cases, [code]: { ...cases[code], contact: { at: at.toISOString(), tenant: tenant.slice(0, MAX_FIELD_LENGTH), contact: contact.slice(0, MAX_FIELD_LENGTH) } } };
}
