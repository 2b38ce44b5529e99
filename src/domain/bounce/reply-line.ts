import type { Occurrence } from './code-occurrences';
import type { WorkCounter } from './normalize-bounce-text';

/** A reply as long as anyone writes one; the rest is cut. */
export const MAX_REPLY_LENGTH = 2000;
const MAX_CONTINUATION_LINES = 8;

const lineEndFrom = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};

const isIndented = (text: string, at: number) => text[at] === ' ' || text[at] === '\t';

/**
 * The server's reply that states a code, verbatim: from its SMTP reply code to
 * the closing quote ("Remote Server returned '…'"), or to the end of the line
 * and the lines that continue it (a folded Diagnostic-Code:, postfix's wrapped
 * "said:", a multi-line "550-" reply). Lines are trimmed and kept apart.
 */
/**
 * The quote that opens the reply around a code ("returned '554 5.7.0 < #5.7.133
 * smtp;550 5.7.133 …>'"): the nearest quote before it on its line, followed by
 * the start of a reply. Returns its offset, or -1.
 */
/** Each opening quote with its closing one: Exchange quotes the reply in the NDR's language (« … » in French, “…” in Chinese). */
const CLOSING_QUOTE: Record<string, string> = { "'": "'", '"': '"', '«': '»', '“': '”', '「': '」', '‘': '’' };
const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\u202f';

function openingQuote(text: string, at: number, work: WorkCounter): number {
  for (let i = at - 1; i >= 0 && at - i <= MAX_REPLY_LENGTH; i -= 1) {
    work.steps += 1;
    const c = text[i];
    if (c === '\n') return -1;
    if (!(c in CLOSING_QUOTE)) continue;
    // French sets a (no-break) space inside its guillemets: « 550 … ».
    let first = i + 1;
    while (first < at && isSpace(text[first])) first += 1;
    const next = text[first];
    return (next >= '0' && next <= '9') || next === '#' || next === '<' ? i : -1;
  }
  return -1;
}

export function extractReplyLine(text: string, occurrence: Occurrence, work: WorkCounter): string {
  const opening = openingQuote(text, occurrence.replyAt, work);
  let start = opening >= 0 ? opening + 1 : occurrence.replyAt;
  while (opening >= 0 && isSpace(text[start])) start += 1;
  const quote = opening >= 0 ? CLOSING_QUOTE[text[opening]] : '';

  const lines: string[] = [];
  let lineStart = start;
  let length = 0;
  const replyCode = text.slice(start, start + 3);
  const multiLine = text[start + 3] === '-' && /^\d{3}$/.test(replyCode);
  const replyLineStart = text.lastIndexOf('\n', start) + 1;
  const lead = text.slice(Math.max(replyLineStart, start - 300), start).toLowerCase();
  // Indented lines continue a reply after postfix's "said:", in a folded Diagnostic-Code: or after a wrapped reply code.
  const folds = lead.includes('said:') || lead.includes('diagnostic-code:') || text.lastIndexOf('\n', occurrence.at) >= start;
  // A bounce quoted in a reply or forward ("> Remote Server returned '…"): its next lines carry the same "> " marks.
  const quoted = /^[ \t]*>/.test(text.slice(replyLineStart, start));
  const unquote = (line: string) => (quoted ? line.replace(/^[ \t]*(?:>[ \t]*)+/, '') : line);
  for (let count = 0; count <= MAX_CONTINUATION_LINES && length < MAX_REPLY_LENGTH; count += 1) {
    const lineEnd = lineEndFrom(text, lineStart);
    work.steps += Math.min(lineEnd, lineStart + MAX_REPLY_LENGTH) - lineStart;
    const raw = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_REPLY_LENGTH));
    const line = count === 0 ? raw : unquote(raw);
    if (quote) {
      const close = line.lastIndexOf(quote);
      // The closing quote comes after the code, not the apostrophe in "couldn't" before it.
      if (close > (count === 0 ? occurrence.at - start : -1)) {
        lines.push(line.slice(0, close).trim());
        break;
      }
    }
    lines.push(line.trim());
    length += line.length;
    const next = lineEnd + 1;
    if (next >= text.length) break;
    const nextLine = text.slice(next, Math.min(lineEndFrom(text, next), next + MAX_REPLY_LENGTH));
    const continues = quote
      ? text[next] !== '\n' && text[next] !== '\r'
      : multiLine
        ? // "550-…" lines go on until the "550 …" line that ends the reply.
          line.trimStart().startsWith(`${replyCode}-`) && (nextLine.trimStart().startsWith(`${replyCode}-`) || nextLine.trimStart().startsWith(`${replyCode} `))
        : folds && isIndented(text, next) && nextLine.trim() !== '';
    if (!continues) break;
    lineStart = next;
  }
  return lines
    .filter((line) => line)
    .join('\n')
    .slice(0, MAX_REPLY_LENGTH);
}
