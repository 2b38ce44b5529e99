/**
 * Turns whatever an admin pasted (an NDR as Outlook shows it, raw MIME with
 * quoted-printable or base64 parts, HTML, escaped text) into plain text in
 * which status codes can be read. Every pass is a single left-to-right scan
 * with bounded look-ahead: linear in the input, no backtracking regex.
 */

export interface WorkCounter {
  steps: number;
}

const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const hexValue = (code: number) => (code <= 57 ? code - 48 : (code | 32) - 87);
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** "=" ending a line, other than the "?=" that ends an encoded header word ("=?utf-8?B?…?="). */
const isSoftBreak = (text: string, at: number) => {
  const next = text.charCodeAt(at + 1);
  return (next === 10 || (next === 13 && text.charCodeAt(at + 2) === 10)) && text[at - 1] !== '?';
};

/** Undoes quoted-printable in one stretch of text: soft line breaks ("=" at line end) and =XX bytes. */
function decodeQuotedPrintableRun(text: string, work: WorkCounter): string {
  const bytes: number[] = [];
  const out: string[] = [];
  const flush = () => {
    if (bytes.length) out.push(utf8.decode(new Uint8Array(bytes)));
    bytes.length = 0;
  };
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    work.steps += 1;
    if (text.charCodeAt(i) !== 61 /* = */) continue;
    const next = text.charCodeAt(i + 1);
    if (isSoftBreak(text, i)) {
      if (i > start) {
        flush();
        out.push(text.slice(start, i));
      }
      i += next === 13 ? 2 : 1;
      start = i + 1;
    } else if (isHex(next) && isHex(text.charCodeAt(i + 2))) {
      if (i > start) {
        flush();
        out.push(text.slice(start, i));
      }
      bytes.push(hexValue(next) * 16 + hexValue(text.charCodeAt(i + 2)));
      i += 2;
      start = i + 1;
    }
  }
  flush();
  out.push(text.slice(start));
  return out.join('');
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const DECLARES_QP = /^content-transfer-encoding:[ \t]*quoted-printable\b/i;
const DECLARES_ENCODING = /^content-transfer-encoding:/i;
const BOUNDARY = /\bboundary[ \t]*=[ \t]*"?([^";\s]{1,200})"?/i;
// A line of base64 (a part's body, an attachment): its "=" padding at the line end is no soft break.
const BASE64_LINE = /^[A-Za-z0-9+/]+=*$/;

/** A soft break ("=" ending a line) on a line that is not base64: text pasted from a quoted-printable body. */
function hasQuotedPrintableBreak(text: string): boolean {
  for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
    if (!isSoftBreak(text, at)) continue;
    const line = text.slice(text.lastIndexOf('\n', at) + 1, at + 1).trim();
    if (!BASE64_LINE.test(line)) return true;
  }
  return false;
}

/**
 * The stretches of a text that are quoted-printable: the body after each header block that says so (a MIME part's, or
 * an attached original message's), up to the next line that is a declared MIME boundary ("--" and the boundary) or the
 * end. A text that declares no transfer encoding at all but has a line ending in a soft break (not base64's padding) is
 * a part's body pasted alone: all of it. Decoding more than that corrupted the server's own words: "LinkId=526653"
 * became "LinkIdR6653" and "LastAttemptedIP=203.0.113.25" lost its first octet whenever the original message's
 * headers, listed in the NDR, named quoted-printable, or a base64 part's padding looked like a soft break.
 */
function quotedPrintableRuns(text: string, work: WorkCounter): [number, number][] {
  const runs: [number, number][] = [];
  const boundaries = new Set<string>();
  const noteBoundary = (headerLine: string) => {
    const named = BOUNDARY.exec(headerLine)?.[1];
    if (named) boundaries.add(named);
  };
  let declared = false; // the header block being read says quoted-printable
  let declaresAny = false; // some header block names a transfer encoding
  let inHeaders = false;
  let runStart = -1;
  for (let at = 0; at <= text.length; ) {
    work.steps += 1;
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).replace(/\r$/, '');
    const boundary = line.startsWith('--') ? line.trim().slice(2).replace(/--$/, '') : '';
    if (runStart >= 0) {
      if (boundary && boundaries.has(boundary)) {
        runs.push([runStart, at]);
        runStart = -1;
      }
    } else if (HEADER_LINE.test(line)) {
      if (!inHeaders) declared = false;
      inHeaders = true;
      if (DECLARES_QP.test(line)) declared = true;
      if (DECLARES_ENCODING.test(line)) declaresAny = true;
      noteBoundary(line);
    } else if (inHeaders && /^[ \t]/.test(line) && line.trim()) {
      // A header's folded continuation (a Content-Type's boundary parameter may stand there).
      noteBoundary(line);
    } else {
      if (inHeaders && declared && !line.trim()) runStart = newline < 0 ? text.length : newline + 1;
      inHeaders = false;
      declared = false;
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  if (runStart >= 0 && runStart < text.length) runs.push([runStart, text.length]);
  if (!runs.length && !declaresAny && hasQuotedPrintableBreak(text)) runs.push([0, text.length]);
  return runs;
}

/** Undoes quoted-printable where the text is quoted-printable (quotedPrintableRuns), and nowhere else. */
export function decodeQuotedPrintable(text: string, work: WorkCounter): string {
  const runs = quotedPrintableRuns(text, work);
  if (!runs.length) return text;
  const out: string[] = [];
  let done = 0;
  for (const [start, end] of runs) {
    out.push(text.slice(done, start), decodeQuotedPrintableRun(text.slice(start, end), work));
    done = end;
  }
  out.push(text.slice(done));
  return out.join('');
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * HTML elements a bounce's HTML part uses. Anything else in angle brackets is
 * text: "<bob@example.com>" in a transcript, "<#5.7.133 …>" in an NDR.
 */
const HTML_TAGS = new Set([
  'html', 'head', 'body', 'meta', 'title', 'style', 'script', 'link', 'base', 'p', 'div', 'span', 'a', 'br', 'hr', 'img', 'font',
  'b', 'i', 'u', 's', 'em', 'strong', 'small', 'big', 'sub', 'sup', 'tt', 'code', 'pre', 'blockquote', 'center', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'col', 'colgroup', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'main', 'nav', 'label', 'form', 'input', 'button', 'xml',
  'o', 'v', 'w', 'm',
]);

// Tags that end a line in a rendered page: the parser reads bounces line by line.
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'tr', 'li', 'pre', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'ul', 'ol', 'dt', 'dd', 'body', 'html']);

function tagName(text: string, from: number, to: number): string {
  let i = from;
  if (text[i] === '/') i += 1;
  let end = i;
  while (end < to && end < i + 12 && /[a-zA-Z0-9]/.test(text[end])) end += 1;
  return text.slice(i, end).toLowerCase();
}

/** Removes HTML tags (only real ones: "<#5.7.133 …>" in an NDR is text) and decodes entities. */
export function stripHtml(text: string, work: WorkCounter): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    work.steps += 1;
    const char = text[i];
    if (char === '<') {
      const next = text.charCodeAt(i + 1);
      const isTagStart =
        (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 /* / */ || next === 33; /* ! */
      if (!isTagStart) continue;
      // A tag ends at the next ">" before any "<", within 2,000 characters.
      let end = -1;
      for (let j = i + 1; j < text.length && j < i + 2000; j += 1) {
        work.steps += 1;
        const c = text[j];
        if (c === '>') {
          end = j;
          break;
        }
        if (c === '<') break;
      }
      if (end < 0) continue;
      const name = tagName(text, i + 1, end);
      if (next !== 33 && !HTML_TAGS.has(name)) continue;
      out.push(text.slice(start, i), BLOCK_TAGS.has(name) ? '\n' : ' ');
      start = end + 1;
      i = end;
    } else if (char === '&') {
      let end = -1;
      for (let j = i + 1; j < text.length && j < i + 10; j += 1) {
        work.steps += 1;
        if (text[j] === ';') {
          end = j;
          break;
        }
      }
      if (end < 0) continue;
      const name = text.slice(i + 1, end);
      let decoded = NAMED_ENTITIES[name.toLowerCase()];
      if (decoded === undefined && name.startsWith('#')) {
        const number = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        if (Number.isInteger(number) && number > 0 && number < 0x110000) decoded = String.fromCodePoint(number);
      }
      if (decoded === undefined) continue;
      out.push(text.slice(start, i), decoded);
      start = end + 1;
      i = end;
    }
  }
  out.push(text.slice(start));
  return out.join('');
}

const BASE64_VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i += 1) table[alphabet.charCodeAt(i)] = i;
  return table;
})();

function decodeBase64(text: string, work: WorkCounter): string {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i += 1) {
    work.steps += 1;
    const code = text.charCodeAt(i);
    const value = code < 128 ? BASE64_VALUES[code] : -1;
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length] = (buffer >> bits) & 0xff;
      length += 1;
    }
  }
  return utf8.decode(bytes.subarray(0, length));
}

const lower = (text: string) => text.toLowerCase();

/**
 * Finds MIME parts declared "Content-Transfer-Encoding: base64" and decodes
 * their bodies (from the blank line after the headers to the next blank line
 * or boundary).
 */
export function decodeBase64Parts(text: string, work: WorkCounter, limit = text.length): string[] {
  const parts: string[] = [];
  const haystack = lower(text.slice(0, limit));
  const marker = 'content-transfer-encoding: base64';
  let from = 0;
  while (parts.length < 50) {
    const at = haystack.indexOf(marker, from);
    if (at < 0) break;
    work.steps += at - from + marker.length;
    let bodyStart = haystack.indexOf('\n\n', at);
    const crlf = haystack.indexOf('\r\n\r\n', at);
    if (crlf >= 0 && (bodyStart < 0 || crlf < bodyStart)) bodyStart = crlf + 2;
    if (bodyStart < 0) break;
    bodyStart += 2;
    let bodyEnd = text.length;
    for (const end of ['\n\n', '\r\n\r\n', '\n--']) {
      const found = text.indexOf(end, bodyStart);
      if (found >= 0 && found < bodyEnd) bodyEnd = found;
    }
    parts.push(decodeBase64(text.slice(bodyStart, bodyEnd), work));
    from = bodyEnd;
  }
  return parts;
}

/**
 * Joins a status code that a mail client wrapped at a dot ("5.7.\n750" or
 * "5.7\n.750"), and removes "> " quote prefixes that may sit after the break.
 */
export function joinWrappedCodes(text: string, work: WorkCounter): string {
  if (!text.includes('\n')) return text;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    work.steps += 1;
    if (text[i] !== '\n') continue;
    let before = i - 1;
    if (text[before] === '\r') before -= 1;
    let after = i + 1;
    while (after < text.length && after < i + 8 && (text[after] === ' ' || text[after] === '>' || text[after] === '\t')) after += 1;
    const prev = text[before];
    const next = text[after];
    const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
    if ((prev === '.' && digit(next) && digit(text[before - 1])) || (next === '.' && digit(prev) && digit(text[after + 1]))) {
      out.push(text.slice(start, before + 1));
      start = after;
      i = after - 1;
    }
  }
  out.push(text.slice(start));
  return out.join('');
}

// class.subject.detail written with any mix of ASCII and full-width digits, and ASCII, full-width or ideographic
// full stops ("。" is what a Japanese input method in kana mode types for "."). Fixed length: linear. Looked for only in
// a text with a full-width digit: one typed in full-width mode has them.
const WIDE_CODE = /[0-9\uFF10-\uFF19][.\uFF0E\u3002][0-9\uFF10-\uFF19]{1,3}[.\uFF0E\u3002][0-9\uFF10-\uFF19]{1,3}/g;
const toAscii = (c: string) => (c === '\u3002' ? '.' : c.charCodeAt(0) > 0x7f ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);

/**
 * A code typed with a Japanese or Chinese input method in full-width mode ("５．７．７０５", "５。７。７０５") as the
 * code it is. Only code-shaped runs change: a subject's "第２四半期" or a server's text stay as written, because the
 * details and reply lines are read from this same text. Same length (one character for one), so nothing moves.
 */
export function halfWidthCodes(text: string, work: WorkCounter): string {
  work.steps += text.length;
  if (!/[\uFF10-\uFF19]/.test(text)) return text;
  return text.replace(WIDE_CODE, (run) => (/[^ -~]/.test(run) ? Array.from(run, toAscii).join('') : run));
}

/**
 * The texts in which codes are looked for: the paste itself, decoded, then
 * each base64 MIME part that comes before the copy of the original message.
 * `originalMessageAt` finds where that copy starts in a text.
 */
export function normalizeBounceText(text: string, originalMessageAt: (lowerText: string) => number, work: WorkCounter = { steps: 0 }): string[] {
  const decoded = joinWrappedCodes(stripHtml(halfWidthCodes(decodeQuotedPrintable(text, work), work), work), work);
  const rawLimit = originalMessageAt(lower(text));
  const parts = decodeBase64Parts(text, work, rawLimit).map((part) => joinWrappedCodes(stripHtml(part, work), work));
  return [decoded, ...parts];
}
