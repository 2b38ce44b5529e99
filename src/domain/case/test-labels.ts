import type { MessageLabels } from './admin-message';

/** English words of the bounce details, shared by the message and the summary tests. */
export const DETAIL_LABELS: Pick<MessageLabels, 'reply' | 'asId' | 'reportingServer' | 'date' | 'sender' | 'recipients' | 'separator'> = {
  separator: ': ',
  reply: 'Server reply',
  asId: 'Microsoft identifier',
  reportingServer: 'Reporting server',
  date: 'Date',
  sender: 'Sender',
  recipients: 'Recipients',
};
