import { describe, expect, it } from 'vitest';
import { withLanguage } from '../config/paths';
import { docsUrl, isAllowedDocUrl } from './docs-url';
import { LANGUAGES, matchLanguage, partLanguage, sentenceGap } from './languages';

describe('language choice', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['zh-Hans-CN'], 'zh-cn'],
    [['zh-TW', 'ja-JP'], 'ja'],
    [['pt-BR', 'fr-CA'], 'fr'],
    [['sv-SE'], 'sv'],
    [['pt-BR'], undefined],
  ])('%j picks %s', (preferences, expected) => {
    expect(matchLanguage(preferences)).toBe(expected);
  });

  it('switches only the language segment of a path', () => {
    expect(withLanguage('/de/5.7.705/enable-mfa', 'ja')).toBe('/ja/5.7.705/enable-mfa');
    expect(withLanguage('/de/', 'zh-cn')).toBe('/zh-cn/');
    expect(withLanguage('/xx', 'en')).toBe('/en/');
  });
});

describe('docs links', () => {
  it('builds learn.microsoft.com URLs in the reader’s docs locale', () => {
    expect(docsUrl('/microsoft-365/admin/setup/add-domain', 'zh-cn')).toBe('https://learn.microsoft.com/zh-cn/microsoft-365/admin/setup/add-domain');
    expect(docsUrl('/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online', 'ja')).toMatch(/^https:\/\/learn\.microsoft\.com\/ja-jp\/troubleshoot\//);
    expect(() => docsUrl('microsoft-365/admin', 'en')).toThrow();
  });

  it('puts no space between sentences in Chinese and Japanese, one elsewhere', () => {
    expect(LANGUAGES.map((lang) => [lang, sentenceGap(lang)])).toEqual([['en', ' '], ['zh-cn', ''], ['sv', ' '], ['de', ' '], ['ja', ''], ['fr', ' ']]);
  });

  it.each([
    ['https://learn.microsoft.com/en-us/x', true],
    ['https://security.microsoft.com/restrictedentities', true],
    ['https://security.microsoft.com.evil.example/restrictedentities', false],
    ['https://evil.example/?https://security.microsoft.com', false],
    ['http://learn.microsoft.com/en-us/x', false],
    ['https://learn.microsoft.com.evil.example/x', false],
    ['https://user@learn.microsoft.com/x', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s allowed: %s', (href, allowed) => {
    expect(isAllowedDocUrl(href)).toBe(allowed);
  });

});

describe('language of parts', () => {
  it('marks a Latin-only emphasised run on a Chinese or Japanese page as English, and nothing else', () => {
    expect(partLanguage('User restricted from sending email', 'ja')).toBe('en');
    expect(partLanguage('Microsoft 365 Business Basic', 'zh-cn')).toBe('en');
    expect(partLanguage('Exchange 管理センター', 'ja')).toBeUndefined();
    expect(partLanguage('制限付きエンティティ', 'ja')).toBeUndefined();
    expect(partLanguage('２４', 'ja')).toBeUndefined();
    expect(partLanguage('24', 'zh-cn')).toBeUndefined();
    // Latin-script pages: the text cannot tell an English portal name from a German word.
    expect(partLanguage('Status', 'de')).toBeUndefined();
    expect(partLanguage('User restricted from sending email', 'en')).toBeUndefined();
  });
});
