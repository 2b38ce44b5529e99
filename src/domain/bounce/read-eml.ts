import PostalMime from 'postal-mime';
import type { BounceFileText } from './bounce-file';
import { headerLines, ORIGINAL_MESSAGE_SEPARATOR } from './file-text';

/** Parts of a delivery report that carry its machine-readable status (RFC 3464, RFC 6533). */
const REPORT_TYPES = ['message/delivery-status', 'message/global-delivery-status', 'text/plain'];
/** Parts that are the original message or its headers. */
const ORIGINAL_TYPES = ['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers'];

const utf8 = new TextDecoder('utf-8');
const asText = (content: ArrayBuffer | Uint8Array | string) => (typeof content === 'string' ? content : utf8.decode(content));

/**
 * An .eml file (MIME, parsed with postal-mime) as text the analyzer reads: the
 * bounce's headers, its human-readable part, the delivery status, then the
 * original message behind a separator.
 */
export async function readEml(bytes: ArrayBuffer): Promise<BounceFileText> {
  // A message is text; a NUL byte near the start means a picture, an archive or the like renamed .eml.
  if (new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 8192)).includes(0)) return { ok: false, problem: 'unreadable' };
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value;
  const head = headerLines([
    ['From', header('from')],
    ['To', header('to')],
    ['Subject', email.subject],
    ['Date', header('date')],
  ]);
  const report: string[] = [];
  const originals: string[] = [];
  for (const attachment of email.attachments) {
    const type = attachment.mimeType.toLowerCase();
    if (ORIGINAL_TYPES.includes(type)) originals.push(asText(attachment.content));
    else if (REPORT_TYPES.includes(type)) report.push(asText(attachment.content));
  }
  const body = email.text ?? email.html ?? '';
  if (!body.trim() && !report.some((part) => part.trim())) return { ok: false, problem: head ? 'empty' : 'unreadable' };
  const text = [head, body, ...report].join('\n\n') + (originals.length ? ORIGINAL_MESSAGE_SEPARATOR + originals.join('\n\n') : '');
  return { ok: true, text };
}
