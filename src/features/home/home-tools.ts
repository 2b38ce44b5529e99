// The home page's tools, one chunk loaded with their strings and styles: a step link's first view needs none of them.
import './home-tools.css';

export { BouncePaste } from '../bounce/bounce-paste';
export { ProgressTransfer } from '../progress/progress-transfer';
