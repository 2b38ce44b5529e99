import type { TFunction } from 'i18next';
import type english from '../../../locales/en/ui-case.json';
import type { MessageLabels } from '../../domain/case/admin-message';
import type { SummaryLabels } from '../../domain/case/support-summary';
import type { GuideCode } from '../../domain/guides';

/* The words of the message and the summary, through t() of the language they are written in. */
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

export function messageLabels(t: TFunction, code: GuideCode): MessageLabels {
  const key = (name: keyof typeof english.case.message) => t(`case.message.${name}`, { code });
  return {
    subject: key('subject'),
    intro: key('intro'),
    code: key('code'),
    ndrLine: key('ndrLine'),
    reply: key('reply'),
    asId: key('asId'),
    reportingServer: key('reportingServer'),
    date: key('date'),
    sender: key('sender'),
    recipients: key('recipients'),
    moreRecipients: (count) => t('case.message.moreRecipients', { count }),
    guide: key('guide'),
    closing: key('closing'),
    shortened: key('shortened'),
    separator: t('case.separator'),
  };
}

type Words = { summary: typeof english.case.summary; message: typeof english.case.message };

export function summaryLabels(t: TFunction, code: GuideCode): SummaryLabels {
  const { summary, message } = { summary: t('case.summary', { returnObjects: true }), message: t('case.message', { returnObjects: true }) } as Words;
  return {
    title: fill(summary.title, { code }),
    code: summary.code,
    ndrLine: summary.ndrLine,
    separator: t('case.separator'),
    reply: message.reply,
    asId: message.asId,
    reportingServer: message.reportingServer,
    date: message.date,
    sender: message.sender,
    recipients: message.recipients,
    moreRecipients: (count) => t('case.message.moreRecipients', { count }),
    bounceHeading: summary.bounceHeading,
    tenant: summary.tenant,
    contact: summary.contact,
    doneHeading: summary.doneHeading,
    notDoneHeading: summary.notDoneHeading,
    doneOn: (date) => fill(summary.doneOn, { date }),
    waiting: (date, caseNumber) => t('print.stateWaiting', { date, caseNumber }),
    note: summary.note,
    none: summary.none,
  };
}
