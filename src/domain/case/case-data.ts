
import type { BounceCode, BounceDetails } from '../bounce/analyze-bounce';
import { isStepId, type GuideCode, type StepId } from '../guides';
import { mergeTimed, sanitizeTimed, setTimed, type Timed, type TimedMap } from './timed-map';
import { isPlainObject, isSavedTime } from '../saved-values';
import { CASE_NAMES } from './case-names';

/**
 * What a case adds to the ticks, kept with them in the browser only: a note per step, and per guide the details of
 * a pasted bounce and the tenant domain and contact an admin typed for the support summary. Saved and merged as
 * timed values (timed-map.ts: the later change wins, like ticks); this file checks what each value holds, where a
 * case is read: the case pages, the note, the hand-over link.
 */
export interface NoteMark extends Timed {
  /** Empty once the note was cleared (kept, with its time, so the clearing wins over an older note elsewhere). */
  text: string;
}
export type GuideNotes = Partial<Record<StepId, NoteMark>>;
export type Notes = TimedMap<NoteMark>;

/** The parts of a pasted bounce a case keeps: what the admin and Microsoft Support ask for. */
export interface CaseBounce extends Timed {
  /** The server's reply line that gives the code, verbatim. */
  replyLine: string | null;
  /** The code's own identifier(s) from Microsoft: "AS(2204)", several separated by ", ". */
  asId: string | null;
  reportingServer: string | null;
  date: string | null;
  sender: string | null;
  /** The recipients that failed with the code, the first MAX_CASE_RECIPIENTS of them. */
  recipients: string[];
  /** How many more failed with it (absent when none: saved data and links from before it was kept have none). */
  moreRecipients?: number;
}

export interface CaseContact extends Timed {
  tenant: string;
  contact: string;
}

// A type, not an interface: it is read as a map of timed values, like notes.
export type GuideCase = { bounce?: CaseBounce; contact?: CaseContact };
export type Cases = Partial<Record<GuideCode, GuideCase>>;

export const MAX_NOTE_LENGTH = 2000;
export const MAX_FIELD_LENGTH = 300;
/** Recipients a case keeps: a hand-over link holds the case and may not grow past MAX_FRAGMENT_CHARS; the others are counted. */
export const MAX_CASE_RECIPIENTS = 50;
/** More than any bounce lists; a count beyond it is not one this app wrote. */
const MAX_MORE_RECIPIENTS = 10_000_000;

const isText = (value: unknown, max = MAX_FIELD_LENGTH): value is string => typeof value === 'string' && value.length <= max;

export function readNoteMark(value: unknown): NoteMark | undefined {
  return isPlainObject(value) && isText(value.text, MAX_NOTE_LENGTH) && isSavedTime(value.at) ? { text: value.text, at: value.at } : undefined;
}

export function readCaseBounce(value: unknown): CaseBounce | undefined {
  if (!isPlainObject(value) || !isSavedTime(value.at)) return undefined;
  const { at, replyLine, asId, reportingServer, date, sender, recipients, moreRecipients } = value;
  const ok =
    [replyLine, asId, reportingServer, date, sender].every((field) => field === null || isText(field)) &&
    Array.isArray(recipients) &&
    recipients.length <= MAX_CASE_RECIPIENTS &&
    recipients.every((recipient) => isText(recipient)) &&
    (moreRecipients === undefined || (typeof moreRecipients === 'number' && Number.isSafeInteger(moreRecipients) && moreRecipients > 0 && moreRecipients <= MAX_MORE_RECIPIENTS));
  return ok ? ({ at, replyLine, asId, reportingServer, date, sender, recipients: [...recipients], ...(moreRecipients === undefined ? {} : { moreRecipients }) } as CaseBounce) : undefined;
}

export function readCaseContact(value: unknown): CaseContact | undefined {
  return isPlainObject(value) && isSavedTime(value.at) && isText(value.tenant) && isText(value.contact) ? { at: value.at, tenant: value.tenant, contact: value.contact } : undefined;
}

/** Notes and case details with what each holds checked: saved data is never trusted. */
export function readNotes(value: unknown): Notes {
  const out: Notes = {};
  for (const [code, steps] of Object.entries(sanitizeTimed(value, isStepId)))
    for (const [step, entry] of Object.entries(steps ?? {})) {
      const note = readNoteMark(entry);
      if (note) out[code] = { ...out[code], [step]: note };
    }
  return out;
}

export function readCases(value: unknown): Cases {
  const out: Cases = {};
  for (const [code, entry] of Object.entries(sanitizeTimed<Cases>(value, (name) => (CASE_NAMES as readonly string[]).includes(name)))) {
    const bounce = readCaseBounce(entry?.bounce);
    const contact = readCaseContact(entry?.contact);
    if (bounce || contact) out[code] = { ...(bounce && { bounce }), ...(contact && { contact }) };
  }
  return out;
}

export const mergeNotes: (a: Notes, b: Notes) => Notes = mergeTimed;
export const mergeCases: (a: Cases, b: Cases) => Cases = mergeTimed;

export const setNote = (notes: Notes, code: GuideCode, step: StepId, text: string, at: Date): Notes => setTimed(notes, code, step, { text: text.slice(0, MAX_NOTE_LENGTH) }, at);

/** The note of a step, or "" (a cleared note reads as none). */
export const noteOf = (notes: Notes, code: GuideCode, step: StepId): string => notes[code]?.[step]?.text ?? '';

/** A bounce's details cut to what saved data may hold (the reply line of a bounce can be long); recipients cut are counted. */
export function caseBounceOf(bounce: Omit<CaseBounce, 'at'>): Omit<CaseBounce, 'at'> {
  const clip = (value: string | null) => value && value.slice(0, MAX_FIELD_LENGTH);
  const more = Math.min(MAX_MORE_RECIPIENTS, (bounce.moreRecipients ?? 0) + Math.max(0, bounce.recipients.length - MAX_CASE_RECIPIENTS));
  return {
    replyLine: clip(bounce.replyLine),
    asId: clip(bounce.asId),
    reportingServer: clip(bounce.reportingServer),
    date: clip(bounce.date),
    sender: clip(bounce.sender),
    recipients: bounce.recipients.slice(0, MAX_CASE_RECIPIENTS).map((recipient) => recipient.slice(0, MAX_FIELD_LENGTH)),
    ...(more > 0 ? { moreRecipients: more } : {}),
  };
}

/**
 * What a case keeps of an analysed bounce for one of its codes: that code's reply, identifiers and recipients, with
 * the bounce's servers, date and sender. `code` null: a bounce known by its wording only, so every identifier and
 * recipient in it.
 */
export function caseBounceFor(code: Pick<BounceCode, 'replyLine' | 'asIds' | 'recipients' | 'moreRecipients'> | null, details: BounceDetails): Omit<CaseBounce, 'at'> {
  const own = code ?? { replyLine: null, asIds: details.asIds.map(({ asId }) => asId), recipients: details.recipients, moreRecipients: details.moreRecipients };
  // Whole identifiers only, as many as a saved field holds.
  const asId = own.asIds.reduce((joined, id) => (!joined ? id : joined.length + 2 + id.length <= MAX_FIELD_LENGTH ? `${joined}, ${id}` : joined), '');
  return caseBounceOf({
    replyLine: own.replyLine,
    asId: asId || null,
    reportingServer: details.reportingServer,
    date: details.date,
    sender: details.sender,
    recipients: own.recipients,
    ...(own.moreRecipients > 0 ? { moreRecipients: own.moreRecipients } : {}),
  });
}

export const setCaseBounce = (cases: Cases, code: GuideCode, bounce: Omit<CaseBounce, 'at'>, at: Date): Cases => setTimed(cases, code, 'bounce', caseBounceOf(bounce), at);

export const setCaseContact = (cases: Cases, code: GuideCode, tenant: string, contact: string, at: Date): Cases =>
  setTimed(cases, code, 'contact', { tenant: tenant.slice(0, MAX_FIELD_LENGTH), contact: contact.slice(0, MAX_FIELD_LENGTH) }, at);
