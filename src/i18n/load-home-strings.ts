import type { Lang } from '../domain/languages';

// The strings of the home page's tools (bounce paste, progress export/import): one small
// chunk per language, loaded with the tools, so a step link's first view carries none of them.
const loaders: Record<Lang, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('../../locales/en/ui-home.json'),
  'zh-cn': () => import('../../locales/zh-CN/ui-home.json'),
  sv: () => import('../../locales/sv/ui-home.json'),
  de: () => import('../../locales/de/ui-home.json'),
  ja: () => import('../../locales/ja/ui-home.json'),
  fr: () => import('../../locales/fr/ui-home.json'),
};

export function loadHomeStrings(lang: Lang): Promise<Record<string, unknown>> {
  return loaders[lang]().then((module) => module.default);
}
