// The home page's tools, one chunk loaded with their strings: a step link's first view needs neither.
export { BouncePaste } from '../bounce/bounce-paste';
export { ProgressTransfer } from '../progress/progress-transfer';
