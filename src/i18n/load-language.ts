import type { CommonCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { loadCatalogFile } from './catalog-url';
import { byLanguage } from './language-files';

export interface LanguageBundle {
  ui: Record<string, unknown>;
  common: CommonCatalog;
}

// Every page: the interface strings and the guides' summaries of its language.
const loadUi = byLanguage(import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/ui.json'), /locales\/([^/]+)\/ui\.json$/);
const loadCommon = (lang: Lang) => loadCatalogFile<CommonCatalog>(lang, 'common');

export function loadLanguage(lang: Lang): Promise<LanguageBundle> {
  return Promise.all([loadUi(lang), loadCommon(lang)]).then(([ui, common]) => ({ ui, common }));
}
