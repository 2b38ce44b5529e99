/**
 * The one language table. The URL segment is the public contract (it ends up
 * in tickets), so it never changes; everything else about a language is a
 * column here, and loaders, head tags and the importer derive from it.
 */
export const LANGUAGES = ['en', 'zh-cn', 'sv', 'de', 'ja', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  /** BCP 47 tag for <html lang> and Intl. */
  htmlLang: string;
  /** Locale segment of learn.microsoft.com URLs. */
  docsLocale: string;
  /** The language's own name, shown in the switcher. */
  nativeName: string;
  /** Folder and file name of the language under locales/ (ui.json, content files, generated catalogs). */
  fileKey: string;
  /** Locale of the machine-translated Microsoft article in locales/sources/articles/ (none for English). */
  articleLocale: string | null;
  /** Open Graph locale for link previews. */
  ogLocale: string;
  /** Writing system: CJK text takes no spaces between sentences and needs its own fonts. */
  script: 'latin' | 'cjk';
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  en: { htmlLang: 'en', docsLocale: 'en-us', nativeName: 'English', fileKey: 'en', articleLocale: null, ogLocale: 'en_US', script: 'latin' },
  'zh-cn': { htmlLang: 'zh-CN', docsLocale: 'zh-cn', nativeName: '简体中文', fileKey: 'zh-CN', articleLocale: 'zh-CN', ogLocale: 'zh_CN', script: 'cjk' },
  sv: { htmlLang: 'sv', docsLocale: 'sv-se', nativeName: 'Svenska', fileKey: 'sv', articleLocale: 'sv-SE', ogLocale: 'sv_SE', script: 'latin' },
  de: { htmlLang: 'de', docsLocale: 'de-de', nativeName: 'Deutsch', fileKey: 'de', articleLocale: 'de-DE', ogLocale: 'de_DE', script: 'latin' },
  ja: { htmlLang: 'ja', docsLocale: 'ja-jp', nativeName: '日本語', fileKey: 'ja', articleLocale: 'ja-JP', ogLocale: 'ja_JP', script: 'cjk' },
  fr: { htmlLang: 'fr', docsLocale: 'fr-fr', nativeName: 'Français', fileKey: 'fr', articleLocale: 'fr-FR', ogLocale: 'fr_FR', script: 'latin' },
};

/** What goes between two sentences written one after the other: nothing in Chinese and Japanese, a space elsewhere. */
export const sentenceGap = (lang: Lang): string => (LANGUAGE_INFO[lang].script === 'cjk' ? '' : ' ');

// Han, kana, Hangul and full-width forms: a run with any of them is written in the page's own CJK language.
const CJK_CHARACTER = /[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * The language of an emphasised run of text (a portal label, a plan name) when it differs from the page's: on a
 * Chinese or Japanese page, a run in Latin letters only is one of the portal's English names, which a screen reader
 * should read in English (WCAG 3.1.2). Elsewhere the page's language is assumed: a German page's "Status" may be
 * German or English, and the text cannot tell.
 */
export function partLanguage(text: string, lang: Lang): 'en' | undefined {
  return LANGUAGE_INFO[lang].script === 'cjk' && /[A-Za-z]/.test(text) && !CJK_CHARACTER.test(text) ? 'en' : undefined;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language whose folder under locales/ is `fileKey` ("zh-CN" -> "zh-cn"). */
export function langOfFileKey(fileKey: string): Lang | undefined {
  return LANGUAGES.find((lang) => LANGUAGE_INFO[lang].fileKey === fileKey);
}

/**
 * Picks the best interface language from browser preferences such as
 * navigator.languages ("de-AT", "zh-Hans-CN", "ja"). Chinese variants other
 * than simplified fall through to the next preference, since only zh-CN exists.
 */
export function matchLanguage(preferences: readonly string[]): Lang | undefined {
  for (const raw of preferences) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('zh')) {
      if (tag === 'zh' || tag.includes('cn') || tag.includes('hans') || tag.includes('sg')) return 'zh-cn';
      continue;
    }
    const primary = tag.split('-')[0];
    if (isLang(primary)) return primary;
  }
  return undefined;
}
