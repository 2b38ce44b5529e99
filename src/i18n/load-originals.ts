import type { OriginalsCatalog } from '../domain/guides';
import type { Lang } from '../domain/languages';
import { oncePerLanguage } from './once-per-language';

// English originals are read on request only, so they stay out of every first page load.
const loaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  en: () => import('../../locales/en/originals.json'),
  'zh-cn': () => import('../../locales/zh-CN/originals.json'),
  sv: () => import('../../locales/sv/originals.json'),
  de: () => import('../../locales/de/originals.json'),
  ja: () => import('../../locales/ja/originals.json'),
  fr: () => import('../../locales/fr/originals.json'),
};

// Loaded on the first click; a failed load (offline) may be retried on the next one.
export const loadOriginals = oncePerLanguage((lang) => loaders[lang]().then((module) => module.default as OriginalsCatalog));
