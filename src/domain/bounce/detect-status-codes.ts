import { normalizeBounceText, type WorkCounter } from './normalize-bounce-text';

/**
 * Finds the enhanced status codes (RFC 3463: class.subject.detail) that a
 * bounce reports as the reason for failure or delay, most specific first.
 *
 * A code counts only as a token of its own: not inside an IP address, a build
 * number (15.20.1234.5), a date or an RFC number (5322.From), and not in the
 * quoted original message that many bounces carry at the end.
 */
export interface DetectedCode {
  code: string;
  /** Seen where a bounce states its reason: after an SMTP reply code, "#", Status: or Diagnostic-Code:. */
  stated: boolean;
  /** x.0.0: says only "failed", shown when nothing more specific is there. */
  generic: boolean;
  count: number;
  /** Offset of the first occurrence in the normalized text. */
  first: number;
}

export interface Detection {
  codes: DetectedCode[];
  /** Units of work done, to show that detection is linear in the input. */
  steps: number;
}

export const MAX_REPORTED_CODES = 10;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Where the copy of the original message starts. Its header fields are full of
 * numbers and sometimes of old codes that are not this bounce's reason.
 */
const ORIGINAL_MESSAGE_MARKERS = [
  'original message headers',
  'ursprüngliche nachrichtenkopfzeilen',
  'ursprungliga meddelanderubriker',
  'en-têtes de message d’origine',
  "en-têtes de message d'origine",
  '元のメッセージ ヘッダー',
  '原始邮件头',
  'content-type: message/rfc822',
  'content-type: text/rfc822-headers',
  'this is a copy of the message',
  'below this line is a copy of the message',
  'original message follows',
  '----- original message -----',
];

/** Words that, earlier on the same line, say a code is the stated reason. */
const REASON_FIELDS = ['status:', 'diagnostic-code:', 'smtp;', 'x-postfix;', 'remote server returned', 'remote-mta', 'said:'];

export function originalMessageStart(lowerText: string, work: WorkCounter = { steps: 0 }): number {
  let start = lowerText.length;
  for (const marker of ORIGINAL_MESSAGE_MARKERS) {
    const at = lowerText.indexOf(marker);
    work.steps += at < 0 ? lowerText.length : at;
    if (at >= 0 && at < start) start = at;
  }
  return start;
}

/** Reads class.subject.detail starting at `at`; returns its end, or -1 when it is not a code token. */
function readCode(text: string, at: number): number {
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

/** Whether the text just before a code says it is the bounce's stated reason. */
function isStated(text: string, lowerText: string, at: number, cls: number, work: WorkCounter): boolean {
  let i = at - 1;
  if (text[i] === '#') return true;
  while (i >= 0 && at - i < 4 && (text[i] === ' ' || text[i] === '-' || text[i] === '\t')) i -= 1;
  // An SMTP reply code of the same class just before it: "550 5.7.1", "550-5.7.1", "451 4.7.500"
  if (
    i >= 2 &&
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i - 1)) &&
    text.charCodeAt(i - 2) === cls &&
    !isDigit(text.charCodeAt(i - 3)) &&
    text.charCodeAt(i - 3) !== 46
  ) {
    return true;
  }
  const lineStart = Math.max(lowerText.lastIndexOf('\n', at) + 1, at - 120);
  const line = lowerText.slice(lineStart, at);
  work.steps += line.length;
  return REASON_FIELDS.some((field) => line.includes(field));
}

function scanSegment(text: string, offset: number, found: Map<string, DetectedCode>, work: WorkCounter): void {
  const lowerText = text.toLowerCase();
  const end = originalMessageStart(lowerText, work);
  for (let at = 0; at < end; at += 1) {
    work.steps += 1;
    const codeEnd = readCode(text, at);
    if (codeEnd < 0 || codeEnd > end) continue;
    const code = text.slice(at, codeEnd);
    const stated = isStated(text, lowerText, at, text.charCodeAt(at), work);
    const known = found.get(code);
    if (known) {
      known.count += 1;
      known.stated ||= stated;
    } else {
      found.set(code, { code, stated, generic: code.endsWith('.0.0'), count: 1, first: offset + at });
    }
    at = codeEnd - 1;
  }
}

export function detectStatusCodes(input: string): Detection {
  const work: WorkCounter = { steps: 0 };
  const segments = normalizeBounceText(input, (lowerText) => originalMessageStart(lowerText, work), work);
  const found = new Map<string, DetectedCode>();
  let offset = 0;
  for (const text of segments) {
    scanSegment(text, offset, found, work);
    offset += text.length + 1;
  }
  let codes = [...found.values()];
  // Where the bounce states a reason, codes merely mentioned elsewhere are not it.
  if (codes.some((code) => code.stated)) codes = codes.filter((code) => code.stated);
  if (codes.some((code) => !code.generic)) codes = codes.filter((code) => !code.generic);
  const detailIsZero = (code: string) => code.endsWith('.0');
  codes.sort(
    (a, b) =>
      Number(detailIsZero(a.code)) - Number(detailIsZero(b.code)) ||
      b.count - a.count ||
      a.first - b.first,
  );
  return { codes: codes.slice(0, MAX_REPORTED_CODES), steps: work.steps };
}
