/*
 * Everything loaded on demand after a page is ready, in ONE chunk: the comparison page, a guide's step list,
 * completion, support request, neutral copy link and printout, the offer of the reader's language, and the
 * redirect of "/" and language-neutral links. One chunk, not one each: with a third dynamic chunk sharing the
 * app's modules, Rolldown 1.2 moves those shared modules out of the app's script into chunks of their own
 * (rolldown/rolldown#9963, #10731), which costs every first view about 3 kB gzip.
 */
import '../guide-nav/guide-nav.css';
export { ComparePage } from '../compare/compare-page';
export { GuidePart } from './guide-part';
export { LanguageRedirect } from '../language/language-redirect';
