import type { WorkCounter } from './normalize-bounce-text';

/**
 * Every enhanced status code (RFC 3463: class.subject.detail) in a bounce, with
 * what the text around it says about it: whether a server gave it as its reply,
 * whether it is the reporting server's summary or its own follow-on line, an
 * earlier attempt from the retry history, or the cause behind an arrow.
 *
 * A code counts only as a token of its own: not inside an IP address, a build
 * number (15.20.1234.5), a date or an RFC number (5322.From).
 *
 * One pass over the lines; every look-around is bounded, so the work is linear.
 */
export type Evidence =
  /** A server's reply: after an SMTP reply code, "#", "said:", "returned", Diagnostic-Code:, … */
  | 'reply'
  /** The reporting server's summary of the failure: DSN Status:, sendmail's "(reason: …)". */
  | 'status'
  /** Only mentioned. */
  | 'mention';

export interface Occurrence {
  code: string;
  evidence: Evidence;
  /** The reporting server's own line after the remote's reply in a session transcript (sendmail's "550 5.1.1 … User unknown"). */
  followOn: boolean;
  /** A line of the retry history: it starts with a date and time, or stands in a "… history" block. */
  history: boolean;
  /** After "->": the attempt's error behind the final one ("550 5.4.300 Message expired -> 451 4.4.0 DNS query failed"). */
  arrow: boolean;
  /** A permanent failure: the SMTP reply code's class where there is one (550 4.4.7 is permanent), else the code's. */
  permanent: boolean;
  segment: number;
  /** Its line in the segment, counted from 0. */
  line: number;
  /** Offset of the code in its segment. */
  at: number;
  /** Where the server's reply starts: its SMTP reply code, or the code itself. */
  replyAt: number;
  /** The field that stated it ("said:", "diagnostic-code:", …), or "" */
  field: string;
  /** Whether words follow the code on its line: "550 5.7.708 Access denied …" rather than a bare "Status code: 550 5.7.708". */
  worded: boolean;
  /** Position in reading order across segments. */
  order: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Reads class.subject.detail starting at `at`; returns its end, or -1 when it is not a code token. */
export function readCode(text: string, at: number): number {
  const cls = text.charCodeAt(at);
  // 4 (delay) and 5 (failure) only: a 2.x.x code reports success, never a reason for a bounce.
  if (cls !== 52 && cls !== 53) return -1;
  const before = text.charCodeAt(at - 1);
  if (isDigit(before) || before === 46 /* . */ || isAsciiLetter(before) || before === 95 /* _ */) return -1;
  if (text.charCodeAt(at + 1) !== 46) return -1;
  const subject = text.charCodeAt(at + 2);
  if (subject < 48 || subject > 55) return -1; // subjects 0 to 7 are the defined ones
  if (text.charCodeAt(at + 3) !== 46) return -1;
  let end = at + 4;
  while (end < at + 7 && isDigit(text.charCodeAt(end))) end += 1;
  if (end === at + 4 || isDigit(text.charCodeAt(end))) return -1;
  // A fourth number makes it an address or a version: 10.5.7.1, 5.7.1.2
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) return -1;
  return end;
}

/** Fields after which a code is a server's reply (lower case). */
const REPLY_FIELDS = [
  'said:',
  'returned',
  'diagnostic-code:',
  'smtp;',
  'x-postfix;',
  'server response was',
  'server response:',
  'response was:',
  'error from remote',
  'remote server',
  '<<<',
  'reply:',
  'response:',
  'error:',
];

const SEPARATORS = new Set([' ', '\t', '-', ';', ',', "'", '"', '(', '\r', '\n', '>', '[']);

/**
 * The SMTP reply code just before a status code ("550 5.7.1", "550-5.7.1",
 * "550;5.7.711", "(554, b'5.2.0", "said: 554\n    5.6.0"), or -1.
 * It may sit on the line before (a wrapped reply), never further.
 */
function replyCodeBefore(text: string, at: number): number {
  let i = at - 1;
  let breaks = 0;
  while (i >= 0 && at - i <= 16) {
    const c = text[i];
    if (c === "'" || c === '"') {
      if (text[i - 1] === 'b') i -= 1; // Python's bytes literal: b'5.2.0 …'
    } else if (!SEPARATORS.has(c)) break;
    if (c === '\n') breaks += 1;
    if (breaks > 1) return -1;
    i -= 1;
  }
  if (i < 2 || !isDigit(text.charCodeAt(i)) || !isDigit(text.charCodeAt(i - 1))) return -1;
  const cls = text.charCodeAt(i - 2);
  if (cls !== 52 && cls !== 53) return -1;
  const before = text.charCodeAt(i - 3);
  if (isDigit(before) || before === 46 || isAsciiLetter(before)) return -1;
  return i - 2;
}

/** "->" just before `at` (blanks between). */
function arrowBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i < 6 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  return text[i] === '>' && text[i - 1] === '-';
}

/** A line that starts with a date and a time ("11/20/2026 10:00:00 AM - …", "2026-11-20T10:00:00Z …"). */
function startsWithTimestamp(text: string, from: number, to: number): boolean {
  let i = from;
  let groups = 0;
  while (i < to && groups < 3) {
    const start = i;
    while (i < to && i - start < 4 && isDigit(text.charCodeAt(i))) i += 1;
    if (i === start) return false;
    groups += 1;
    if (groups < 3) {
      const sep = text[i];
      if (sep !== '/' && sep !== '-' && sep !== '.') return false;
      i += 1;
    }
  }
  if (groups < 3) return false;
  if (text[i] !== ' ' && text[i] !== 'T') return false;
  i += 1;
  const hour = i;
  while (i < to && i - hour < 2 && isDigit(text.charCodeAt(i))) i += 1;
  return i > hour && text[i] === ':' && isDigit(text.charCodeAt(i + 1));
}

/** Where each reply field ends in a line, in order. */
function fieldHits(lower: string, work: WorkCounter): { end: number; field: string }[] {
  const hits: { end: number; field: string }[] = [];
  for (const field of REPLY_FIELDS) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(field, from);
      work.steps += (at < 0 ? lower.length : at) - from + 1;
      if (at < 0) break;
      hits.push({ end: at + field.length, field });
      from = at + field.length;
    }
  }
  return hits.sort((a, b) => a.end - b.end);
}

const startsWithReplyCode = (text: string, at: number) =>
  (text.charCodeAt(at) === 52 || text.charCodeAt(at) === 53) &&
  isDigit(text.charCodeAt(at + 1)) &&
  isDigit(text.charCodeAt(at + 2)) &&
  (text[at + 3] === ' ' || text[at + 3] === '-');

// How far before a code a field still states it.
const FIELD_REACH = 200;

/** Scans one segment's report (up to `end`, where the quoted original starts) and appends what it finds. */
export function scanOccurrences(text: string, end: number, segment: number, out: Occurrence[], work: WorkCounter): void {
  // Inside a session transcript ("<<<" / ">>>" lines), after the remote's first reply.
  let transcript = false;
  let afterRemote = false;
  let historyBlock = false;
  let lineStart = 0;
  let line = -1;
  while (lineStart < end) {
    line += 1;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let first = lineStart;
    while (first < lineEnd && (text[first] === ' ' || text[first] === '\t' || text[first] === '\r')) first += 1;
    work.steps += first - lineStart + 1;
    if (first === lineEnd) {
      transcript = false;
      afterRemote = false;
      historyBlock = false;
      lineStart = lineEnd + 1;
      continue;
    }
    const remoteLine = text.startsWith('<<<', first);
    const clientLine = text.startsWith('>>>', first);
    if (remoteLine || clientLine) transcript = true;

    const codes: [number, number][] = [];
    for (let at = first; at < lineEnd; at += 1) {
      work.steps += 1;
      const c = text.charCodeAt(at);
      if (c !== 52 && c !== 53) continue;
      const codeEnd = readCode(text, at);
      if (codeEnd < 0 || codeEnd > lineEnd) continue;
      codes.push([at, codeEnd]);
      at = codeEnd - 1;
    }

    if (codes.length === 0) {
      // A short heading such as "Delivery history:" opens a block of earlier attempts.
      if (lineEnd - first < 80 && /history|previous attempts|earlier attempts/i.test(text.slice(first, lineEnd))) historyBlock = true;
      if (remoteLine) afterRemote = true;
      lineStart = lineEnd + 1;
      continue;
    }

    const lower = text.slice(lineStart, lineEnd).toLowerCase();
    work.steps += lower.length;
    const hits = fieldHits(lower, work);
    const trimmed = lower.slice(first - lineStart, first - lineStart + 10);
    const statusLine = trimmed.startsWith('status:') || trimmed.startsWith('(reason:') || trimmed.startsWith('reason:');
    const followOn = transcript && afterRemote && !remoteLine && !clientLine && startsWithReplyCode(text, first);
    const history = historyBlock || startsWithTimestamp(text, first, lineEnd);

    let hit = 0;
    let previousEnd = lineStart;
    codes.forEach(([at, codeEnd], index) => {
      // The latest field between the previous code and this one states it.
      let field = '';
      while (hit < hits.length && lineStart + hits[hit].end <= at) {
        if (lineStart + hits[hit].end >= previousEnd && at - (lineStart + hits[hit].end) <= FIELD_REACH) field = hits[hit].field;
        hit += 1;
      }
      work.steps += 1;
      const reply = replyCodeBefore(text, at);
      const hash = text[at - 1] === '#';
      const arrow = arrowBefore(text, reply >= 0 ? reply : at);
      let evidence: Evidence = 'mention';
      if (statusLine && index === 0) evidence = 'status';
      else if (reply >= 0 || hash || field || remoteLine) evidence = 'reply';
      const cls = reply >= 0 ? text.charCodeAt(reply) : text.charCodeAt(at);
      out.push({
        code: text.slice(at, codeEnd),
        evidence,
        followOn,
        history,
        arrow,
        permanent: cls === 53,
        segment,
        line,
        at,
        replyAt: reply >= 0 ? reply : at,
        field: remoteLine && !field ? '<<<' : field,
        worded: /[A-Za-z]/.test(text.slice(codeEnd, Math.min(lineEnd, codeEnd + 40))),
        order: out.length,
      });
      previousEnd = codeEnd;
    });
    if (remoteLine) afterRemote = true;
    lineStart = lineEnd + 1;
  }
}
