import type { WorkCounter } from './normalize-bounce-text';

/**
 * Where the copy of the original message starts. Its header fields are full of
 * numbers and sometimes of old codes that are not this bounce's reason.
 *
 * A marker counts only where it stands as a separator: a line of its own (a
 * label such as "Original message headers:") or a dashed rule ("------ This is
 * a copy of the message, including all the headers. ------"), or a MIME part
 * header. A sentence such as "The original message follows as a separate
 * attachment." is part of the report, and the report goes on after it.
 */
const LABEL_MARKERS = [
  'original message headers',
  'ursprüngliche nachrichtenkopfzeilen',
  'ursprungliga meddelanderubriker',
  'en-têtes de message d’origine',
  "en-têtes de message d'origine",
  '元のメッセージ ヘッダー',
  '原始邮件头',
  'this is a copy of the message',
  'below this line is a copy of the message',
  'original message follows',
  'original message',
];

/** MIME part headers that open the copy; they start a line and may carry parameters. */
const PART_MARKERS = ['content-type: message/rfc822', 'content-type: text/rfc822-headers'];

// How far a separator line may reach on either side of its marker: bounded, so the check stays linear.
const LINE_REACH = 200;

const isRule = (c: string) => c === '-' || c === '=' || c === '*' || c === '_';
const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\r';

/** Text from the line start to the marker: only blanks, quote marks or a rule. */
function opensLine(text: string, at: number, work: WorkCounter): { ok: boolean; rule: boolean } {
  let rule = false;
  for (let i = at - 1; ; i -= 1) {
    if (i < 0) return { ok: true, rule };
    if (at - i > LINE_REACH) return { ok: false, rule };
    work.steps += 1;
    const c = text[i];
    if (c === '\n') return { ok: true, rule };
    if (isRule(c)) rule = true;
    else if (!isBlank(c) && c !== '>' && c !== '|') return { ok: false, rule };
  }
}

/** Text from the marker's end to the line end: only punctuation and blanks (a label), anything within a rule. */
function closesLine(text: string, from: number, rule: boolean, work: WorkCounter): boolean {
  for (let i = from; ; i += 1) {
    if (i >= text.length) return true;
    if (i - from > LINE_REACH) return false;
    work.steps += 1;
    const c = text[i];
    if (c === '\n') return true;
    if (rule) continue;
    if (!isBlank(c) && !isRule(c) && c !== ':' && c !== '：' && c !== '.') return false;
  }
}

// How many lines after a rule an email client's header block ("From:", "Sent:", "To:", "Subject:") is looked for.
const CLIENT_HEADER_LINES = 8;

/**
 * Outlook's "-----Original Message-----" followed by a "Sent:" line opens the message a user replied to or forwarded,
 * not a bounce's copy of the original: in a bounce forwarded to the helpdesk, the bounce itself comes after it (and
 * cutting there left no code to read). Bounded: a few lines of at most LINE_REACH characters each.
 */
function opensForwardedMessage(text: string, from: number, work: WorkCounter): boolean {
  let at = text.indexOf('\n', from);
  for (let line = 0; at >= 0 && line < CLIENT_HEADER_LINES; line += 1) {
    let i = at + 1;
    while (i < text.length && i - at <= LINE_REACH && (isBlank(text[i]) || text[i] === '>')) i += 1;
    work.steps += i - at;
    if (text.startsWith('sent:', i)) return true;
    const next = text.indexOf('\n', i);
    if (next < 0 || next - i > LINE_REACH) return false;
    at = next;
  }
  return false;
}

function firstSeparator(lowerText: string, marker: string, part: boolean, work: WorkCounter): number {
  let from = 0;
  for (;;) {
    const at = lowerText.indexOf(marker, from);
    work.steps += (at < 0 ? lowerText.length : at) - from + 1;
    if (at < 0) return -1;
    const start = opensLine(lowerText, at, work);
    const separator = start.ok && (part || closesLine(lowerText, at + marker.length, start.rule, work));
    if (separator && !(start.rule && opensForwardedMessage(lowerText, at, work))) return at;
    from = at + marker.length;
  }
}

export function originalMessageStart(lowerText: string, work: WorkCounter = { steps: 0 }): number {
  let start = lowerText.length;
  for (const marker of LABEL_MARKERS) {
    const at = firstSeparator(lowerText.slice(0, start), marker, false, work);
    if (at >= 0) start = at;
  }
  for (const marker of PART_MARKERS) {
    const at = firstSeparator(lowerText.slice(0, start), marker, true, work);
    if (at >= 0) start = at;
  }
  return start;
}
