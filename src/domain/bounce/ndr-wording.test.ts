import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from './analyze-bounce';
import { FAMILY_CODES } from './family-codes';
import wording from './ndr-wording.json';
import { WORDING_PHRASES, normalizeWording } from './ndr-wording';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('Microsoft’s NDR wording table', () => {
  it('uses only phrases that a Microsoft source quotes, and names the source', () => {
    for (const entry of wording.texts) {
      expect(entry.sources.length, entry.quote).toBeGreaterThan(0);
      for (const source of entry.sources) expect(Object.keys(wording.sources), source).toContain(source);
      for (const phrase of entry.phrases) expect(normalizeWording(entry.quote)).toContain(normalizeWording(phrase));
    }
  });

  it('has wording for every family code', () => {
    expect(new Set(WORDING_PHRASES.map((entry) => entry.code))).toEqual(new Set(FAMILY_CODES));
  });
});

describe('a bounce without its code', () => {
  it('names the block Microsoft’s 5.1.8 wording belongs to, and says the code was not in the text', () => {
    const analysis = analyzeBounce(fixture('wording-only-5.1.8.txt'));
    expect(analysis.codes).toEqual([]);
    expect(analysis.identified).toMatchObject({ code: '5.1.8', phrase: "you weren't recognized as a valid sender" });
    expect(analysis.identified?.sources).toEqual(expect.arrayContaining(['SA-518-2026', 'MIR-restricted-users']));
  });

  it.each(WORDING_PHRASES.map((entry) => [entry.code, entry.phrase]))('reads %s from “%s”, whatever the case, quotes and line breaks', (code, phrase) => {
    const pasted = `Delivery has failed.\n${phrase.toUpperCase().replace(/'/g, '’').replace(/ /g, '\n')}\n`;
    expect(analyzeBounce(pasted).identified?.code).toBe(code);
  });

  it('leaves wording alone when the text has a code, or when the wording is only in the quoted original', () => {
    expect(analyzeBounce("Remote Server returned '550 5.7.1 Access denied, tenant has exceeded threshold'").identified).toBeNull();
    expect(analyzeBounce('Delivery failed.\n\nOriginal message headers:\n\nSubject: Access denied, tenant has exceeded threshold').identified).toBeNull();
    expect(analyzeBounce(fixture('no-code.txt')).identified).toBeNull();
  });
});
