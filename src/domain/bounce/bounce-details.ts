import { readCode } from './code-occurrences';
import type { BounceSegment } from './detect-status-codes';
import type { WorkCounter } from './normalize-bounce-text';

/** A code the bounce reports, as the analysis found it. */
export interface ReportedCode {
  code: string;
  role: 'reason' | 'cause';
  replyLine: string | null;
}

/**
 * What the bounce says about one of its codes: Microsoft Support looks a block up by its identifier, so a code's
 * message carries its own, and the recipients that failed with it. A bounce that gives one reason: every failed
 * recipient and, when its reply has none, any identifier that stands on no code's line. Several reasons: what the
 * report puts with each (a recipient's address, then the reply that refused it). A cause: its reason's recipients.
 */
export interface CodeDetails {
  /** Microsoft's identifiers of the rule or list that blocked the message: "AS(2204)". */
  asIds: string[];
  /** The recipients that failed with the code, the first MAX_RECIPIENTS of them. */
  recipients: string[];
  /** How many more recipients failed with it than `recipients` lists. */
  moreRecipients: number;
}

/** What an admin and Microsoft Support ask for besides the code, as the bounce writes it. */
export interface BounceDetails {
  /** Microsoft's identifiers in the report, each with the codes it was given with (none when it stands on its own). */
  asIds: { asId: string; codes: string[] }[];
  /** The server that wrote the bounce ("Generating server:", Reporting-MTA). */
  reportingServer: string | null;
  /** The server that refused the message (Remote-MTA, "Remote Server at …", "host … said:"). */
  remoteServer: string | null;
  /** When it failed, as the bounce writes it. */
  date: string | null;
  /** The recipients the message could not reach, the first MAX_RECIPIENTS of them. */
  recipients: string[];
  /** How many more recipients the report lists than `recipients` holds. */
  moreRecipients: number;
  /** Who sent the original message. */
  sender: string | null;
  /** The original message's subject. */
  subject: string | null;
}

/** Recipients listed, in all and per code: the count of the others is given (the home page and a case show this many). */
export const MAX_RECIPIENTS = 50;
/** Distinct identifiers kept: a real bounce has one per failed recipient at most, nearly always one in all. */
const MAX_AS_IDS = 20;
const MAX_VALUE = 300;
// The copy of the original: its header block is near its start.
const ORIGINAL_HEAD_LINES = 300;

const EMPTY: BounceDetails = { asIds: [], reportingServer: null, remoteServer: null, date: null, recipients: [], moreRecipients: 0, sender: null, subject: null };
const AS_ID = /\bAS\(\d{3,12}\)/g;
const asIdsIn = (text: string) => [...text.matchAll(AS_ID)].map((match) => match[0]);
/** subject.detail: a summary's 5.4.7 is the same reason as the reply's 4.4.7 (rank-codes.ts groups them so). */
const meaning = (code: string) => code.slice(2);

/** Distinct values in first-seen order (addresses compared without case), up to `max`. */
function distinct(max = Number.POSITIVE_INFINITY) {
  const keys = new Set<string>();
  const values: string[] = [];
  const add = (value: string) => {
    const key = value.toLowerCase();
    if (keys.has(key) || values.length >= max) return;
    keys.add(key);
    values.push(value);
  };
  return { values, add };
}

/**
 * The reported code a line states (a token of the same meaning counts: "Status: 5.4.7" for a reply's 4.4.7), and
 * whether it states any code at all (a bystander's: not a reason, so nothing is put with a reported one).
 */
function codeOnLine(line: string, reported: readonly string[], work: WorkCounter): { code: string | null; any: boolean } {
  let any = false;
  work.steps += line.length;
  for (let at = line.indexOf('.'); at >= 0; at = line.indexOf('.', at + 1)) {
    const start = at - 1;
    const c = line[start];
    if (c !== '4' && c !== '5') continue;
    const end = readCode(line, start);
    if (end < 0) continue;
    any = true;
    const token = line.slice(start, end);
    const code = reported.find((r) => r === token) ?? reported.find((r) => meaning(r) === meaning(token));
    if (code) return { code, any };
  }
  return { code: null, any };
}

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

const capped = (addresses: string[]) => ({ recipients: addresses.slice(0, MAX_RECIPIENTS), moreRecipients: Math.max(0, addresses.length - MAX_RECIPIENTS) });

/**
 * Extracts the details from the report (before the quoted original) and the original's headers, and what it says
 * about each reported code (in the order of `codes`).
 */
export function extractDetails(segments: BounceSegment[], codes: readonly ReportedCode[], work: WorkCounter): { details: BounceDetails; codes: CodeDetails[] } {
  if (!segments.length) return { details: EMPTY, codes: codes.map(() => ({ asIds: [], recipients: [], moreRecipients: 0 })) };
  const primaryReply = codes.find((code) => code.role === 'reason')?.replyLine ?? null;
  const reported = codes.map((code) => code.code);
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

  // Per reported code: the identifiers and recipients the report puts with it.
  const byCode = new Map(reported.map((code) => [code, { asIds: distinct(MAX_AS_IDS), recipients: [] as string[] }]));
  const allAsIds = distinct(MAX_AS_IDS);
  const looseAsIds = distinct(MAX_AS_IDS);
  // The recipient whose reply has not come yet (Exchange: the address, then "Remote Server returned '…'"; a DSN:
  // Final-Recipient:, then Status: and Diagnostic-Code:), and the code of the reply being read (its folded lines).
  let pending: string | null = null;
  let current: string | null = null;

  for (const raw of lines) {
    const line = raw.replace(/\r$/, '').trim();
    if (!line) {
      current = null;
      continue;
    }
    const lower = line.slice(0, 400).toLowerCase();
    let lineRecipient: string | null = null;
    if (lower.startsWith('reporting-mta:')) reportingServer ??= clip(dropType(afterColon(line)));
    else if (GENERATING_SERVER.some((label) => lower.startsWith(label))) reportingServer ??= clip(afterColon(line));
    else if (lower.startsWith('this is the mail system at host ')) reportingServer ??= clip(line.slice(32).replace(/\.$/, ''));
    else if (lower.startsWith('remote-mta:') || lower.startsWith('receiving server:')) remoteServer ??= clip(dropType(afterColon(line)));
    else if (lower.startsWith('last-attempt-date:')) dates.last ??= clip(afterColon(line));
    else if (lower.startsWith('arrival-date:')) dates.arrival ??= clip(afterColon(line));
    else if (lower.startsWith('the original message was received at ')) dates.received ??= clip(line.slice(37).split('\n')[0]);
    else if (lower.startsWith('final-recipient:') || lower.startsWith('original-recipient:')) {
      const address = dropType(afterColon(line)).trim();
      if (isAddress(address)) dsnRecipients.push((lineRecipient = address));
    } else if (lower.startsWith('x-failed-recipients:')) {
      for (const part of afterColon(line).split(',')) if (isAddress(part.trim())) dsnRecipients.push(part.trim());
    } else if (lower.startsWith('x-postfix-sender:')) postfixSender ??= clip(dropType(afterColon(line)));
    // Exchange Online's "Original message details" and "Error details" tables.
    else if (lower.startsWith('sender address:')) reportSender ??= clip(afterColon(line));
    else if (lower.startsWith('recipient address:')) {
      const address = afterColon(line).trim();
      if (isAddress(address)) dsnRecipients.push((lineRecipient = address));
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
    if (address) listedRecipients.push((lineRecipient ??= address));

    // A recipient goes with the first reported code stated after it (or on its line) before another address.
    if (lineRecipient && lineRecipient.toLowerCase() !== pending?.toLowerCase()) {
      pending = lineRecipient;
      current = null;
    }
    const stated = codeOnLine(line, reported, work);
    if (stated.code) {
      if (pending) byCode.get(stated.code)!.recipients.push(pending);
      pending = null;
      current = stated.code;
    }
    if (line.includes('AS(')) {
      // On a bystander's line an identifier goes with no reported code; on a line without a code, with the reply it continues.
      const owner = stated.code ?? (stated.any ? null : current);
      for (const id of asIdsIn(line)) {
        allAsIds.add(id);
        if (owner) byCode.get(owner)!.asIds.add(id);
        // One on a bystander code's line belongs to that code, not to the reason.
        else if (!stated.any) looseAsIds.add(id);
      }
    }
  }

  const original = originalHeaders(text.slice(originalAt));

  /** The original subject in an NDR's subject line: what follows "Undeliverable:". */
  const afterPrefix = (value: string | null) => {
    const prefix = value ? NDR_SUBJECT_PREFIXES.find((p) => value.toLowerCase().startsWith(p)) : undefined;
    return value && prefix ? value.slice(prefix.length).trim() : null;
  };
  const isoInReply = primaryReply ? /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(primaryReply)?.[0] ?? null : null;
  const sender = header(original, 'from') ?? reportSender ?? postfixSender ?? header(original, 'return-path') ?? header(top, 'to');
  // A "Subject:" line inside the report is the original's (Exchange's details table) or the NDR's own, pasted from Outlook.
  const subject = header(original, 'subject') ?? (reportSubject && (afterPrefix(reportSubject) ?? reportSubject)) ?? afterPrefix(header(top, 'subject'));

  // Recipients found in the report only, each once; the bounce's own addressee is the original sender.
  const senderKey = sender?.toLowerCase() ?? '';
  const failed = (addresses: string[]) => {
    const out = distinct();
    for (const address of addresses) if (!senderKey.includes(address.toLowerCase())) out.add(address);
    return out.values;
  };
  const recipients = failed([...dsnRecipients, ...listedRecipients]);

  const reasons = codes.filter((code) => code.role === 'reason');
  const oneReason = reasons.length === 1;
  const perCode: CodeDetails[] = codes.map(({ code, role, replyLine }) => {
    const own = byCode.get(code)!;
    // The reply quoted for the code may run over folded lines the loop read apart.
    for (const id of replyLine ? asIdsIn(replyLine) : []) {
      own.asIds.add(id);
      allAsIds.add(id);
    }
    const asIds = own.asIds.values.length || role !== 'reason' || !oneReason ? own.asIds.values : looseAsIds.values;
    const owner = role === 'cause' ? reasons[0]?.code : code;
    return { asIds, ...capped(oneReason ? recipients : failed(owner ? byCode.get(owner)!.recipients : [])) };
  });

  return {
    details: {
      asIds: allAsIds.values.map((asId) => ({ asId, codes: codes.filter((_, index) => perCode[index].asIds.includes(asId)).map(({ code }) => code) })),
      reportingServer,
      remoteServer,
      date: dates.last ?? clip(header(top, 'date') ?? '') ?? dates.arrival ?? isoInReply ?? dates.received,
      ...capped(recipients),
      sender: sender ? clip(decodeEncodedWords(sender)) : null,
      subject: subject ? clip(decodeEncodedWords(subject)) : null,
    },
    codes: perCode,
  };
}
