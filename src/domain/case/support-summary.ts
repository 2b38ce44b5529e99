import type { GuideCode, StepId } from '../guides';
import type { GuideProgress, SupportRequest } from '../progress';
import type { CaseBounce, CaseContact, GuideNotes } from './case-data';
import { bounceFields, type MessageLabels } from './admin-message';

/** The words of a summary in one language (the caller translates; codes, NDR lines and details stay verbatim). */
export interface SummaryLabels extends Pick<MessageLabels, 'reply' | 'asId' | 'reportingServer' | 'date' | 'sender' | 'recipients' | 'moreRecipients' | 'separator'> {
  title: string;
  code: string;
  ndrLine: string;
  bounceHeading: string;
  tenant: string;
  contact: string;
  doneHeading: string;
  notDoneHeading: string;
  /** "done on {{date}}", with the date put in. */
  doneOn: (date: string) => string;
  note: string;
  none: string;
  /** A step waiting on Microsoft Support: "requested on {{date}}, case number {{caseNumber}}", filled in. */
  waiting: (day: string, caseNumber: string) => string;
}

export interface SummaryInput {
  code: GuideCode;
  ndrLines: string[];
  /** The guide's steps in its order, with their titles in the summary's language. */
  steps: { id: StepId; title: string }[];
  progress: GuideProgress;
  notes: GuideNotes;
  bounce?: CaseBounce;
  contact?: CaseContact;
}

export type SummaryFormat = 'text' | 'markdown';

/** An ISO time to the second, in UTC, for the English text (support teams read it whatever their zone). */
export const isoTime = (at: string) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Times in the reader's language for the reader's own summary, with the time zone as an offset from UTC ("GMT+1"):
 * the text is handed to an admin or to Support who may be in another zone, where "14:05" alone would be read in
 * theirs, and a name like "CST" means three different zones. Browsers without offset names (before Safari 15.4) get
 * the zone's short name. (dateStyle/timeStyle cannot be combined with a zone name, so the parts are named one by one.)
 * `timeZone` is for tests; the browser's own zone otherwise.
 */
export function readerTime(locale: string, timeZone?: string): (at: string) => string {
  const options = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZone } : {}) } as const;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZoneName: 'shortOffset' });
  } catch {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZoneName: 'short' });
  }
  return (at: string) => format.format(new Date(at));
}

// Markdown would read these as formatting (or a link, or HTML) in typed text.
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

export interface SummaryParts {
  done: { id: StepId; title: string; at: string; note: string }[];
  notDone: { id: StepId; title: string; note: string; requested?: SupportRequest }[];
}

/** Which steps are done (with when) and which are not, in the guide's order, each with its note. */
export function summaryParts(input: SummaryInput): SummaryParts {
  const done: SummaryParts['done'] = [];
  const notDone: SummaryParts['notDone'] = [];
  for (const { id, title } of input.steps) {
    const mark = input.progress[id];
    const note = input.notes[id]?.text.trim() ?? '';
    if (mark?.done) done.push({ id, title, at: mark.at, note });
    else notDone.push({ id, title, note, ...(mark?.requested ? { requested: mark.requested } : {}) });
  }
  return { done, notDone };
}

/**
 * The support summary as plain text or Markdown: code and NDR line, the bounce details, tenant and contact if
 * typed, steps done with dates and notes, steps not done. `formatDate` is the reader's locale, or isoTime.
 */
export function buildSummary(input: SummaryInput, labels: SummaryLabels, formatDate: (at: string) => string, format: SummaryFormat): string {
  const md = format === 'markdown';
  const typed = (text: string) => (md ? escapeMarkdown(text) : text);
  const verbatim = (text: string) => (md ? `\`${text.replace(/`/g, "'")}\`` : text);
  const heading = (text: string) => (md ? `## ${text}` : `${text}\n${'-'.repeat(Math.min(text.length, 40))}`);
  const field = (label: string, value: string) => (md ? `- **${label}**${labels.separator}${value}` : `${label}${labels.separator}${value}`);
  const { done, notDone } = summaryParts(input);
  const out: string[] = [md ? `# ${labels.title}` : `${labels.title}\n${'='.repeat(Math.min(labels.title.length, 40))}`, ''];
  out.push(field(labels.code, verbatim(input.code)));
  for (const line of input.ndrLines) out.push(field(labels.ndrLine, verbatim(line)));
  if (input.contact?.tenant.trim()) out.push(field(labels.tenant, typed(input.contact.tenant.trim())));
  if (input.contact?.contact.trim()) out.push(field(labels.contact, typed(input.contact.contact.trim())));
  const details = bounceFields(input.bounce, labels);
  if (details.length) {
    out.push('', heading(labels.bounceHeading), '');
    for (const [label, value, after] of details) out.push(field(label, `${md ? verbatim(value) : value}${after ? ` ${md ? typed(after) : after}` : ''}`));
  }
  const noteLines = (note: string) => (note ? note.split('\n').map((line, index) => `${md ? '  ' : '    '}${index === 0 ? `${labels.note}${labels.separator}` : ''}${typed(line)}`) : []);
  out.push('', heading(labels.doneHeading), '');
  if (!done.length) out.push(md ? `- ${labels.none}` : labels.none);
  done.forEach((step, index) => out.push(`${md ? '-' : `${index + 1}.`} ${typed(step.title)} (${labels.doneOn(formatDate(step.at))})`, ...noteLines(step.note)));
  out.push('', heading(labels.notDoneHeading), '');
  if (!notDone.length) out.push(md ? `- ${labels.none}` : labels.none);
  // A request to Support is not a tick, but Support asks for its case number: said beside the step.
  const waiting = (step: SummaryParts['notDone'][number]) => (step.requested ? ` (${typed(labels.waiting(step.requested.on, step.requested.caseNumber || '—'))})` : '');
  notDone.forEach((step, index) => out.push(`${md ? '-' : `${index + 1}.`} ${typed(step.title)}${waiting(step)}`, ...noteLines(step.note)));
  return `${out.join('\n')}\n`;
}
