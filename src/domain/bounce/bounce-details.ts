import type { BounceSegment } from './detect-status-codes';
import type { WorkCounter } from './normalize-bounce-text';

/** What an admin and Microsoft Support ask for besides the code, as the bounce writes it. */
export interface BounceDetails {
  /** Microsoft's identifier of the rule or list that blocked the message: "AS(2204)". */
  asId: string | null;
  /** The server that wrote the bounce ("Generating server:", Reporting-MTA). */
  reportingServer: string | null;
  /** The server that refused the message (Remote-MTA, "Remote Server at …", "host … said:"). */
  remoteServer: string | null;
  /** When it failed, as the bounce writes it. */
  date: string | null;
  /** The recipients the message could not reach. */
  recipients: string[];
  /** Who sent the original message. */
  sender: string | null;
  /** The original message's subject. */
  subject: string | null;
}

export const MAX_RECIPIENTS = 50;
const MAX_VALUE = 300;
// The copy of the original: its header block is near its start.
const ORIGINAL_HEAD_LINES = 300;

const EMPTY: BounceDetails = { asId: null, reportingServer: null, remoteServer: null, date: null, recipients: [], sender: null, subject: null };

/** Labels Exchange writes before the server that generated the NDR, in the languages it writes them in. */
const GENERATING_SERVER = ['generating server', 'generierender server', 'serveur de génération', 'genererande server', '生成元サーバー', '生成服务器'];
/** Subject prefixes Exchange gives an NDR; what follows is the original subject. Other MTAs' subjects are generic. */
const NDR_SUBJECT_PREFIXES = ['undeliverable:', 'unzustellbar:', 'non remis :', 'non remis:'];

const clip = (value: string) => value.trim().slice(0, MAX_VALUE) || null;
/** "dns; host" and "rfc822; address" carry a type before the value. */
const dropType = (raw: string) => {
  const value = raw.trim();
  const semi = value.indexOf(';');
  return semi >= 0 && semi < 12 && !value.slice(0, semi).includes(' ') ? value.slice(semi + 1) : value;
};
/** The value after "Label:" (or the full-width colon). */
const afterColon = (line: string) => {
  const colon = line.search(/[:：]/);
  return colon < 0 ? '' : line.slice(colon + 1);
};

const ADDRESS_CHAR = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** An e-mail address spanning exactly `text` (no spaces, one @, a dotted domain). */
function isAddress(text: string): boolean {
  if (text.length < 5 || text.length > 254) return false;
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@')) return false;
  const domain = text.slice(at + 1);
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.')) return false;
  for (let i = 0; i < at; i += 1) if (!ADDRESS_CHAR.test(text[i])) return false;
  for (const c of domain) if (!DOMAIN_CHAR.test(c)) return false;
  return true;
}

/** "<a@b.c>" or "a@b.c", optionally followed by ":" (postfix writes "<a@b.c>: host … said:"). */
function leadingAddress(line: string): string | null {
  const text = line.trim();
  const bracketed = text.startsWith('<');
  const end = bracketed ? text.indexOf('>') : text.search(/[\s:]/) < 0 ? text.length : text.search(/[\s:]/);
  if (end < 0) return null;
  const address = bracketed ? text.slice(1, end) : text.slice(0, end);
  const rest = text.slice(bracketed ? end + 1 : end).trim();
  if (rest && !rest.startsWith(':')) return null;
  return isAddress(address) ? address : null;
}

/** The address after a phrase such as "delivered to " in a sentence. */
function addressAfter(lowerLine: string, line: string, phrase: string): string | null {
  const at = lowerLine.indexOf(phrase);
  if (at < 0) return null;
  const rest = line.slice(at + phrase.length).replace(/^<|^\s+/, '');
  const end = rest.search(/[\s>,;)]/);
  const candidate = (end < 0 ? rest : rest.slice(0, end)).replace(/[.:]$/, '');
  return isAddress(candidate) ? candidate : null;
}

/** RFC 2047 encoded words ("=?utf-8?B?…?=") in a header value, decoded. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]{0,2000})\?=/g, (whole, charset: string, encoding: string, data: string) => {
      try {
        let bytes: Uint8Array;
        if (encoding.toUpperCase() === 'B') {
          const binary = atob(data);
          bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
        } else {
          const text = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
          bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
        }
        return new TextDecoder(charset.toLowerCase()).decode(bytes);
      } catch {
        return whole;
      }
    });
}

interface Header {
  name: string;
  value: string;
}

/** The header block at the start of a text (raw MIME, or what a file reader wrote), unfolded. */
function headerBlock(lines: string[], from: number, limit: number): Header[] {
  const headers: Header[] = [];
  for (let i = from; i < lines.length && i < from + limit; i += 1) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim()) break;
    if ((line[0] === ' ' || line[0] === '\t') && headers.length) {
      headers[headers.length - 1].value += ` ${line.trim()}`;
      continue;
    }
    const match = /^([A-Za-z][A-Za-z0-9-]{0,60}):(.*)$/.exec(line);
    if (!match) break;
    headers.push({ name: match[1].toLowerCase(), value: match[2].trim() });
  }
  return headers;
}

const header = (headers: Header[], name: string) => headers.find((h) => h.name === name)?.value ?? null;

/** The original message's headers: the first header block in the copy, after any part headers and labels. */
function originalHeaders(original: string): Header[] {
  const lines = original.split('\n', ORIGINAL_HEAD_LINES);
  const found: Header[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const block = headerBlock(lines, i, ORIGINAL_HEAD_LINES);
    if (block.length) found.push(...block);
    if (block.some((h) => h.name === 'from' || h.name === 'subject')) return found;
  }
  return found;
}

/** Extracts the details from the report (before the quoted original) and the original's headers. */
export function extractDetails(segments: BounceSegment[], primaryReply: string | null, work: WorkCounter): BounceDetails {
  if (!segments.length) return EMPTY;
  const { text, originalAt } = segments[0];
  const report = text.slice(0, originalAt);
  const lines = report.split('\n');
  work.steps += report.length * 2;
  const top = /^[A-Za-z][A-Za-z0-9-]{0,60}:/.test(lines[0] ?? '') ? headerBlock(lines, 0, 500) : [];

  let reportingServer: string | null = null;
  let remoteServer: string | null = null;
  const dates: Record<'last' | 'arrival' | 'received', string | null> = { last: null, arrival: null, received: null };
  const dsnRecipients: string[] = [];
  const listedRecipients: string[] = [];
  let postfixSender: string | null = null;
  let reportSender: string | null = null;
  let reportSubject: string | null = null;
  let asId: string | null = null;

  const asIn = (value: string) => /\bAS\(\d{3,12}\)/.exec(value)?.[0] ?? null;
  if (primaryReply) asId = asIn(primaryReply);

  for (const raw of lines) {
    const line = raw.replace(/\r$/, '').trim();
    if (!line) continue;
    const lower = line.slice(0, 400).toLowerCase();
    if (!asId && line.includes('AS(')) asId = asIn(line);
    if (lower.startsWith('reporting-mta:')) reportingServer ??= clip(dropType(afterColon(line)));
    else if (GENERATING_SERVER.some((label) => lower.startsWith(label))) reportingServer ??= clip(afterColon(line));
    else if (lower.startsWith('this is the mail system at host ')) reportingServer ??= clip(line.slice(32).replace(/\.$/, ''));
    else if (lower.startsWith('remote-mta:') || lower.startsWith('receiving server:')) remoteServer ??= clip(dropType(afterColon(line)));
    else if (lower.startsWith('last-attempt-date:')) dates.last ??= clip(afterColon(line));
    else if (lower.startsWith('arrival-date:')) dates.arrival ??= clip(afterColon(line));
    else if (lower.startsWith('the original message was received at ')) dates.received ??= clip(line.slice(37).split('\n')[0]);
    else if (lower.startsWith('final-recipient:') || lower.startsWith('original-recipient:')) {
      const address = dropType(afterColon(line)).trim();
      if (isAddress(address)) dsnRecipients.push(address);
    } else if (lower.startsWith('x-failed-recipients:')) {
      for (const part of afterColon(line).split(',')) if (isAddress(part.trim())) dsnRecipients.push(part.trim());
    } else if (lower.startsWith('x-postfix-sender:')) postfixSender ??= clip(dropType(afterColon(line)));
    // Exchange Online's "Original message details" and "Error details" tables.
    else if (lower.startsWith('sender address:')) reportSender ??= clip(afterColon(line));
    else if (lower.startsWith('recipient address:')) {
      const address = afterColon(line).trim();
      if (isAddress(address)) dsnRecipients.push(address);
    } else if (lower.startsWith('dsn generated by:')) reportingServer ??= clip(afterColon(line));
    else if (lower.startsWith('remote server:')) remoteServer ??= clip(afterColon(line));
    else if (lower.startsWith('subject:')) reportSubject ??= clip(afterColon(line));

    if (!remoteServer) {
      const at = lower.indexOf('remote server at ');
      const returned = lower.indexOf(' returned', at);
      if (at >= 0 && returned > at) remoteServer = clip(line.slice(at + 17, returned));
      else if (lower.startsWith('... while talking to ')) remoteServer = clip(line.slice(21).replace(/\.?:$/, ''));
      else if (lower.includes(' said:')) {
        const host = lower.lastIndexOf('host ', lower.indexOf(' said:'));
        if (host >= 0) remoteServer = clip(line.slice(host + 5, lower.indexOf(' said:')));
      } else if (lower.startsWith('host ') && line.length < 300 && line.split(/\s+/).length <= 3) {
        // Exim: "host gmail-smtp-in.l.google.com [142.250.5.7]" on a line of its own.
        remoteServer = clip(line.slice(5));
      }
    }
    const address = leadingAddress(line) ?? addressAfter(lower, line, 'delivered to ') ?? addressAfter(lower, line, 'message to ');
    if (address) listedRecipients.push(address);
  }

  const original = originalHeaders(text.slice(originalAt));
  const seen = new Set<string>();
  const recipients = [...dsnRecipients, ...listedRecipients].filter((address) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  /** The original subject in an NDR's subject line: what follows "Undeliverable:". */
  const afterPrefix = (value: string | null) => {
    const prefix = value ? NDR_SUBJECT_PREFIXES.find((p) => value.toLowerCase().startsWith(p)) : undefined;
    return value && prefix ? value.slice(prefix.length).trim() : null;
  };
  const isoInReply = primaryReply ? /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(primaryReply)?.[0] ?? null : null;
  const sender = header(original, 'from') ?? reportSender ?? postfixSender ?? header(original, 'return-path') ?? header(top, 'to');
  // A "Subject:" line inside the report is the original's (Exchange's details table) or the NDR's own, pasted from Outlook.
  const subject = header(original, 'subject') ?? (reportSubject && (afterPrefix(reportSubject) ?? reportSubject)) ?? afterPrefix(header(top, 'subject'));

  // Recipients found in the report only; the bounce's own addressee is the original sender.
  const senderKey = sender?.toLowerCase() ?? '';
  return {
    asId,
    reportingServer,
    remoteServer,
    date: dates.last ?? clip(header(top, 'date') ?? '') ?? dates.arrival ?? isoInReply ?? dates.received,
    recipients: recipients.filter((address) => !senderKey.includes(address.toLowerCase())).slice(0, MAX_RECIPIENTS),
    sender: sender ? clip(decodeEncodedWords(sender)) : null,
    subject: subject ? clip(decodeEncodedWords(subject)) : null,
  };
}
