import { byLanguage } from './language-files';

/*
 * Interface strings that only some pages or moments need, one small chunk per language and part, imported on use:
 * ui-home.json (the home page, its tools, the comparison and the not-found page), ui-storage.json (the notice shown when the browser
 * refuses or cannot read saved progress), ui-case.json (notes, the message for the admin, the support summary, the
 * hand-over link), ui-guide.json (what a guide's pages load after they are ready: the step list, the completion,
 * the support request, printing). A step link's first view carries none of them.
 */
export const loadUiPart = byLanguage(import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/ui-{home,storage,case,guide}.json'), /locales\/([^/]+)\/ui-(home|storage|case|guide)\.json$/);
