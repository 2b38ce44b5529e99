import type { MessageLabels } from './admin-message';
import type { SummaryLabels } from './support-summary';

/** English words of the bounce details, shared by the message and the summary tests. */
export const DETAIL_LABELS: Pick<MessageLabels, 'reply' | 'asId' | 'reportingServer' | 'date' | 'sender' | 'recipients' | 'moreRecipients' | 'separator'> = {
  separator: ': ',
  reply: 'Server reply',
  asId: 'Microsoft identifier',
  reportingServer: 'Reporting server',
  date: 'Date',
  sender: 'Sender',
  recipients: 'Recipients',
  moreRecipients: (count) => `… and ${count} more`,
};

/** English words of the support summary, shared by its tests and the per-code case tests. */
export const SUMMARY_LABELS: SummaryLabels = {
  title: 'Support summary: 5.7.705',
  code: 'Code',
  ndrLine: 'NDR line',
  ...DETAIL_LABELS,
  bounceHeading: 'From the bounce',
  tenant: 'Tenant domain',
  contact: 'Contact',
  doneHeading: 'Steps done',
  notDoneHeading: 'Steps not done',
  doneOn: (date) => `done ${date}`,
  note: 'Note',
  none: 'None',
  waiting: (date, caseNumber) => `waiting: requested on ${date}, case number ${caseNumber}`,
};
