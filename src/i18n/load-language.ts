import type { CommonCatalog, GuideCatalog, StepCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { loadCatalogFile } from './catalog-url';
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

/** One guide's overview in one language: only the page on screen is downloaded. */
export const loadGuideCatalog = (lang: Lang, code: string) => loadCatalogFile<GuideCatalog>(lang, `guide-${code}`);

/** One step in one language. */
export const loadStepCatalog = (lang: Lang, id: string) => loadCatalogFile<StepCatalog>(lang, `step-${id}`);
