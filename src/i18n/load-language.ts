import type { GuideCatalog } from '../domain/guides';
import { LANGUAGE_INFO, type Lang } from '../domain/languages';

export interface LanguageBundle {
  ui: Record<string, unknown>;
  guide: GuideCatalog;
}

// One chunk per language: Vite splits each import() target, so a reader downloads only their language.
const loaders: Record<Lang, () => Promise<LanguageBundle>> = {
  en: () => import('../../locales/en/index').then((module) => module.default),
  'zh-cn': () => import('../../locales/zh-CN/index').then((module) => module.default),
  sv: () => import('../../locales/sv/index').then((module) => module.default),
  de: () => import('../../locales/de/index').then((module) => module.default),
  ja: () => import('../../locales/ja/index').then((module) => module.default),
  fr: () => import('../../locales/fr/index').then((module) => module.default),
};

export function loadLanguage(lang: Lang): Promise<LanguageBundle> {
  return loaders[lang]();
}

export const htmlLangOf = (lang: Lang) => LANGUAGE_INFO[lang].htmlLang;
