import { byLanguage } from './language-files';

// The strings of the home page's tools (bounce paste, progress export/import): one small
// chunk per language, loaded with the tools, so a step link's first view carries none of them.
export const loadHomeStrings = byLanguage(import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/ui-home.json'), /locales\/([^/]+)\/ui-home\.json$/);
