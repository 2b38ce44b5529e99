/**
 * The six interface languages. The URL segment is the public contract (it ends
 * up in tickets), so it never changes; everything else is derived from it.
 */
export const LANGUAGES = ['en', 'zh-cn', 'sv', 'de', 'ja', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];

interface LanguageInfo {
  /** BCP 47 tag for <html lang> and Intl. */
  htmlLang: string;
  /** Locale segment of learn.microsoft.com URLs. */
  docsLocale: string;
  /** The language's own name, shown in the switcher. */
  nativeName: string;
  /** Key of the language in source files (articles, project translations). */
  sourceKey: string;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  en: { htmlLang: 'en', docsLocale: 'en-us', nativeName: 'English', sourceKey: 'en' },
  'zh-cn': { htmlLang: 'zh-CN', docsLocale: 'zh-cn', nativeName: '简体中文', sourceKey: 'zh-CN' },
  sv: { htmlLang: 'sv', docsLocale: 'sv-se', nativeName: 'Svenska', sourceKey: 'sv' },
  de: { htmlLang: 'de', docsLocale: 'de-de', nativeName: 'Deutsch', sourceKey: 'de' },
  ja: { htmlLang: 'ja', docsLocale: 'ja-jp', nativeName: '日本語', sourceKey: 'ja' },
  fr: { htmlLang: 'fr', docsLocale: 'fr-fr', nativeName: 'Français', sourceKey: 'fr' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
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
