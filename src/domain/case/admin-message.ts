import type { GuideCode } from '../guides';
import type { CaseBounce } from './case-data';

/** The words of the message in the reader's language (the caller translates; the NDR line and details stay verbatim). */
export interface MessageLabels {
  subject: string;
  intro: string;
  code: string;
  ndrLine: string;
  reply: string;
  asId: string;
  reportingServer: string;
  date: string;
  sender: string;
  recipients: string;
  /** After the recipients a case lists, when more failed: "… and {{count}} more", with the count put in. */
  moreRecipients: (count: number) => string;
  guide: string;
  closing: string;
  /** Said at the end of a mailto: body that had to be cut. */
  shortened: string;
  /** Between a label and its value, as the language writes it (": ", French " : ", Chinese "："). */
  separator: string;
}

type DetailLabels = Pick<MessageLabels, 'reply' | 'asId' | 'reportingServer' | 'date' | 'sender' | 'recipients' | 'moreRecipients'>;

export interface MessageInput {
  code: GuideCode;
  /** The NDR line(s) as Microsoft documents them for this code, verbatim English. */
  ndrLines: string[];
  bounce?: CaseBounce;
  /** The guide's address, for the admin. */
  guideUrl: string;
}

export interface AdminMessage {
  subject: string;
  body: string;
}

/**
 * The bounce details that were found, as [label, value, words after the value], in the order support asks for them.
 * The value is the bounce's own text (verbatim, a code span in Markdown); the words after it are the reader's ("… and
 * 250 more" after the recipients listed).
 */
export function bounceFields(bounce: CaseBounce | undefined, labels: DetailLabels): [string, string, string?][] {
  if (!bounce) return [];
  const lines: [string, string, string?][] = [];
  const add = (label: string, value: string | null, after?: string) => {
    if (value) lines.push(after ? [label, value, after] : [label, value]);
  };
  add(labels.reply, bounce.replyLine);
  add(labels.asId, bounce.asId);
  add(labels.reportingServer, bounce.reportingServer);
  add(labels.date, bounce.date);
  add(labels.sender, bounce.sender);
  const more = bounce.moreRecipients ?? 0;
  if (bounce.recipients.length) add(labels.recipients, bounce.recipients.join(', '), more > 0 ? labels.moreRecipients(more) : undefined);
  return lines;
}

/** The message a person who is not the admin sends to their admin: what bounced, verbatim, and what the bounce said. */
export function buildAdminMessage(input: MessageInput, labels: MessageLabels): AdminMessage {
  const lines = [
    labels.intro,
    '',
    `${labels.code}${labels.separator}${input.code}`,
    ...input.ndrLines.map((line) => `${labels.ndrLine}${labels.separator}${line}`),
    ...bounceFields(input.bounce, labels).map(([label, value, after]) => `${label}${labels.separator}${value}${after ? ` ${after}` : ''}`),
    '',
    `${labels.guide}${labels.separator}${input.guideUrl}`,
    '',
    labels.closing,
  ];
  return { subject: labels.subject, body: lines.join('\n') };
}

/**
 * Mail clients and browsers cut or refuse long mailto: links; 2,000 characters is the length every common one
 * opens whole (a conservative choice of this project, not a documented limit of any one client).
 */
export const MAX_MAILTO_LENGTH = 2000;

const mailto = (subject: string, body: string) => `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

/**
 * A mailto: link for the message, within MAX_MAILTO_LENGTH: when the whole body does not fit, it is cut at a line
 * end and says so (the copy button gives the whole message). Whole lines, so no escape is cut in half.
 */
export function mailtoHref(message: AdminMessage, shortened: string, max = MAX_MAILTO_LENGTH): { href: string; shortened: boolean } {
  const whole = mailto(message.subject, message.body);
  if (whole.length <= max) return { href: whole, shortened: false };
  const lines = message.body.split('\n');
  for (let keep = lines.length - 1; keep > 0; keep -= 1) {
    const href = mailto(message.subject, `${lines.slice(0, keep).join('\n')}\n\n${shortened}`);
    if (href.length <= max) return { href, shortened: true };
  }
  // Not even the first line fits (a very long subject): a link with the subject alone.
  return { href: mailto(message.subject.slice(0, 200), shortened), shortened: true };
}
