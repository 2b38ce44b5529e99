import { isGuideCode, isGuideStep, type GuideCode } from '../guides';
import { sanitizeRequest, type GuideProgress, type StepMark } from '../progress';
import { readCaseBounce, readCaseContact, readNoteMark, type GuideCase, type GuideNotes } from './case-data';
import { capEntries, isPlainObject, isSavedTime } from '../saved-values';

/**
 * A case handed to a colleague in a link's fragment (never sent to a server): one guide's ticks, notes and case
 * details, as JSON, deflated by the browser's CompressionStream, in base64url. Whatever comes back through a URL
 * is untrusted: it is read with limits at every stage and refused whole when anything in it is not what this
 * app writes.
 */
export interface Handover {
  code: GuideCode;
  progress: GuideProgress;
  notes: GuideNotes;
  case: GuideCase;
}

export const HANDOVER_PARAM = 'handover';
/** Longer links get cut by chat and ticket tools; one guide's ticks and a few notes take a small part of this. */
export const MAX_FRAGMENT_CHARS = 12_000;
/** What a fragment of that size may inflate to; beyond it, it is not ours (or it is a bomb). */
export const MAX_DECODED_BYTES = 200_000;
const FORMAT = 'ndr-handover/1';

export type HandoverProblem = 'too-long' | 'undecodable' | 'wrong-shape' | 'hostile';
export type HandoverResult = { ok: true; handover: Handover } | { ok: false; problem: HandoverProblem };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Elements of HTML, SVG and MathML: a tag of one of these is markup. A command's placeholder, as the guides print
 * them ("<UPN>", "<Identity>", "<PolicyName>"), is not: a note quoting a command the admin ran must travel.
 */
const MARKUP_ELEMENTS = new Set(
  ('a abbr address animate applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br ' +
    'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed ' +
    'fieldset figcaption figure font footer foreignobject form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html ' +
    'i iframe image img input ins isindex kbd keygen label legend li link listing main map mark marquee math menu meta ' +
    'meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext pre progress q ' +
    'rp rt ruby s samp script search section select set slot small source span strike strong style sub summary sup svg ' +
    'table tbody td template textarea tfoot th thead time title tr track tt u ul use var video wbr xmp').split(' '),
);
const SCRIPT_URL = /\bjavascript\s*:/i;
const TAG_NAME = /^[a-z][a-z0-9-]*/i;
// An event handler attribute ("onload=", "onmouseover ="), on any tag.
const EVENT_HANDLERS = /\son[a-z]+\s*=/gi;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Markup, not a note: a tag of such an element (`<script>`, `<img …>`, `</b>`), a tag of any name with an event
 * handler (`<x onmouseover=…>`), or a script URL. One pass: each tag's end and each event handler are found by
 * searches that only move forward, so a long hostile text of unclosed "<" costs linear time (a backtracking pattern
 * took seconds on the 200 kB a short link unpacks to).
 */
export function looksLikeMarkup(text: string): boolean {
  if (SCRIPT_URL.test(text)) return true;
  const handlers = [...text.matchAll(EVENT_HANDLERS)].map((match) => match.index);
  let handler = 0;
  let close = -1; // the first ">" at or after the tag being read
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const nameAt = text[at + 1] === '/' ? at + 2 : at + 1;
    const name = TAG_NAME.exec(text.slice(nameAt, nameAt + 40))?.[0];
    if (!name) continue;
    const nameEnd = nameAt + name.length;
    const after = text[nameEnd];
    if (after !== '>' && after !== '/' && !isSpace(after)) continue;
    if (close < at) close = text.indexOf('>', at);
    if (close < 0) return false; // no ">" after this "<", so none after any later one either
    if (MARKUP_ELEMENTS.has(name.toLowerCase())) return true;
    while (handler < handlers.length && handlers[handler] < nameEnd) handler += 1;
    if (handler < handlers.length && handlers[handler] < close) return true;
  }
  return false;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The fragment's value for a case; undefined when even compressed it is longer than a link may be. */
export async function encodeHandover(handover: Handover): Promise<string | undefined> {
  const json = JSON.stringify({ format: FORMAT, code: handover.code, progress: handover.progress, notes: handover.notes, case: handover.case });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const text = packed && toBase64Url(packed);
  return text && text.length <= MAX_FRAGMENT_CHARS ? text : undefined;
}

/** The fragment's own value ("#handover=…"), or undefined when the fragment is about something else. */
export function handoverValue(hash: string): string | undefined {
  const prefix = `#${HANDOVER_PARAM}=`;
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : undefined;
}

const hasOnlyKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).every((key) => keys.includes(key));

function readMark(value: unknown): StepMark | undefined {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['done', 'at', 'requested'])) return undefined;
  const { done, at } = value;
  if (typeof done !== 'boolean' || !isSavedTime(at)) return undefined;
  if (value.requested === undefined) return { done, at };
  // A support request saved on the step (day and case number) travels with it, checked as strictly.
  const requested = isPlainObject(value.requested) && hasOnlyKeys(value.requested, ['on', 'caseNumber']) ? sanitizeRequest(value.requested) : undefined;
  return requested ? { done, at, requested } : undefined;
}

/** Whether a case holds text the receiving side would refuse as markup: said before a link is made, not after. */
export function holdsMarkup(handover: Handover): boolean {
  return strings(handover).some(looksLikeMarkup);
}

/** Every string anywhere in a value (the shape is checked apart). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** Reads a value this app wrote; anything more, less or else is the wrong shape (nothing is guessed or dropped). */
function readShape(value: unknown, now: Date): Handover | undefined {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ['format', 'code', 'progress', 'notes', 'case']) || value.format !== FORMAT) return undefined;
  const { code, progress, notes } = value;
  if (typeof code !== 'string' || !isGuideCode(code) || !isPlainObject(progress) || !isPlainObject(notes) || !isPlainObject(value.case)) return undefined;
  const guide: GuideProgress = {};
  for (const [step, raw] of Object.entries(progress)) {
    const mark = isGuideStep(code, step) ? readMark(raw) : undefined;
    if (!mark) return undefined;
    guide[step] = mark;
  }
  const guideNotes: GuideNotes = {};
  for (const [step, raw] of Object.entries(notes)) {
    const note = isGuideStep(code, step) && isPlainObject(raw) && hasOnlyKeys(raw, ['text', 'at']) ? readNoteMark(raw) : undefined;
    if (!note) return undefined;
    guideNotes[step] = note;
  }
  const entry = value.case;
  if (!hasOnlyKeys(entry, ['bounce', 'contact'])) return undefined;
  const bounce = entry.bounce === undefined ? undefined : readCaseBounce(entry.bounce);
  const contact = entry.contact === undefined ? undefined : readCaseContact(entry.contact);
  if ((entry.bounce !== undefined && !bounce) || (entry.contact !== undefined && !contact)) return undefined;
  // The colleague's clock may run fast: a time ahead of ours would outrank every later change made here, so it is capped at now.
  return { code, progress: capEntries(guide, now), notes: capEntries(guideNotes, now), case: capEntries({ ...(bounce ? { bounce } : {}), ...(contact ? { contact } : {}) }, now) };
}

/** Reads a fragment's value; refuses it whole (changing nothing) when it is too long, not ours, or hostile. `now`: this reader's clock. */
export async function decodeHandover(text: string, now: Date): Promise<HandoverResult> {
  // A chat or ticket tool may percent-encode the link's "-" and "_" (%2D, %5F): base64url has no "%" of its own. The
  // limit applies to the link as made; encoded, each character may have become three.
  if (text.length > 3 * MAX_FRAGMENT_CHARS) return { ok: false, problem: 'too-long' };
  let fragment = text;
  if (fragment.includes('%')) {
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      return { ok: false, problem: 'undecodable' };
    }
  }
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, problem: 'too-long' };
  const bytes = fromBase64Url(fragment);
  if (!bytes || !bytes.length) return { ok: false, problem: 'undecodable' };
  let json: string;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES);
    if (!inflated) return { ok: false, problem: 'too-long' };
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, problem: 'undecodable' };
  }
  let hostile = false;
  let parsed: unknown;
  try {
    // The reviver sees every key, at any depth, before anything reads the value.
    parsed = JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) hostile = true;
      return value;
    });
  } catch {
    return { ok: false, problem: 'undecodable' };
  }
  if (hostile || strings(parsed).some(looksLikeMarkup)) return { ok: false, problem: 'hostile' };
  const handover = readShape(parsed, now);
  return handover ? { ok: true, handover } : { ok: false, problem: 'wrong-shape' };
}

/** For tests and for the hostile cases: a fragment value of any JSON text, packed as a real link would be. */
export async function packJson(json: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return toBase64Url(packed!);
}
