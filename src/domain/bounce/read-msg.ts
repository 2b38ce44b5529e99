import MsgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import type { BounceFileText } from './bounce-file';
import { headerLines, ORIGINAL_MESSAGE_SEPARATOR } from './file-text';

// The package is CommonJS: its default export arrives wrapped or not, depending on the bundler.
const MsgReader = ((MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule) as typeof MsgReaderModule;

/** Report properties Outlook keeps per recipient of an NDR: the reply text (PidTagSupplementaryInfo) and the report text. */
const REPORT_TAGS = ['0c1b001f', '0c1b001e', '1001001f', '1001001e'];

const utf8 = new TextDecoder('utf-8');

function reportTexts(fields: FieldsData): string[] {
  return (fields.rawProps ?? [])
    .filter((prop) => prop.propertyTag !== undefined && REPORT_TAGS.includes(prop.propertyTag) && typeof prop.value === 'string')
    .map((prop) => prop.value as string);
}

function bodyOf(fields: FieldsData): string {
  if (fields.body?.trim()) return fields.body;
  if (fields.bodyHtml?.trim()) return fields.bodyHtml;
  return fields.html ? utf8.decode(fields.html) : '';
}

/**
 * An Outlook .msg file (read with @kenjiuno/msgreader) as text the analyzer
 * reads: subject and addressee, the NDR's text and report properties, then the
 * original message (an attached item) behind a separator.
 */
export function readMsg(bytes: ArrayBuffer): BounceFileText {
  let fields: FieldsData;
  try {
    const reader = new MsgReader(bytes);
    reader.parserConfig = { includeRawProps: true };
    fields = reader.getFileData();
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (fields.error || fields.dataType !== 'msg') return { ok: false, problem: 'unreadable' };
  // The NDR's own internet headers, where Outlook kept them; else what the item says of itself.
  const head = fields.headers?.trim()
    ? fields.headers.trim()
    : headerLines([
        ['From', fields.senderSmtpAddress ?? fields.senderEmail],
        ['Subject', fields.subject],
        ['Date', fields.messageDeliveryTime ?? fields.clientSubmitTime],
      ]);
  // A report's recipients are the ones it reports on: each with the reply that refused it.
  const report = [
    ...reportTexts(fields),
    ...(fields.recipients ?? []).flatMap((recipient) => {
      const texts = reportTexts(recipient);
      return texts.length ? [[recipient.smtpAddress ?? recipient.email ?? '', ...texts].join('\n')] : [];
    }),
  ];
  const body = bodyOf(fields);
  if (!body.trim() && !report.length) return { ok: false, problem: 'empty' };
  const originals = (fields.attachments ?? [])
    .map((attachment) => attachment.innerMsgContentFields)
    .filter((inner): inner is FieldsData => Boolean(inner))
    .map((inner) => inner.headers ?? headerLines([['From', inner.senderSmtpAddress ?? inner.senderEmail], ['Subject', inner.subject]]));
  const text = [head, body, ...report].join('\n\n') + (originals.length ? ORIGINAL_MESSAGE_SEPARATOR + originals.join('\n\n') : '');
  return { ok: true, text };
}
