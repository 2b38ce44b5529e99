import type { CommonCatalog, GuideCatalog, OriginalsCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { byLanguage } from './language-files';

export interface LanguageBundle {
  ui: Record<string, unknown>;
  common: CommonCatalog;
}

// Every page: the interface strings and the guides' summaries of its language.
const loadUi = byLanguage(import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/ui.json'), /locales\/([^/]+)\/ui\.json$/);
const loadCommon = byLanguage(import.meta.glob<{ default: CommonCatalog }>('../../locales/generated/*/common.json'), /generated\/([^/]+)\/common\.json$/);

export function loadLanguage(lang: Lang): Promise<LanguageBundle> {
  return Promise.all([loadUi(lang), loadCommon(lang)]).then(([ui, common]) => ({ ui, common }));
}

/** One guide's text in one language: only the guide on screen is downloaded. */
export const loadGuideCatalog = byLanguage(
  import.meta.glob<{ default: GuideCatalog }>('../../locales/generated/*/guide-*.json'),
  /generated\/([^/]+)\/guide-(.+)\.json$/,
);

/** English originals, per language and guide ("common" for the home page's), read on request only. */
export const loadOriginalsFile = byLanguage(
  import.meta.glob<{ default: OriginalsCatalog }>('../../locales/generated/*/originals-*.json'),
  /generated\/([^/]+)\/originals-(.+)\.json$/,
);

// The strings of the home page's tools (bounce paste, progress export/import): one small
// chunk per language, loaded with the tools, so a step link's first view carries none of them.
export const loadHomeStrings = byLanguage(import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/ui-home.json'), /locales\/([^/]+)\/ui-home\.json$/);
