import { describe, expect, it } from 'vitest';
import { withLanguage } from '../config/paths';
import { docsUrl, isAllowedDocUrl } from './docs-url';
import { LANGUAGES, matchLanguage, sentenceGap } from './languages';

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
