import { describe, expect, it } from 'vitest';
import { GUIDE_CODES } from '../guides';
import { FIX_5_7_7XX_PATH, NDR_REFERENCE_PATH, lookUpCode } from './code-reference';
import { FAMILY_CODES, FAMILY_DOCS } from './family-codes';

describe('code reference', () => {
  it('sends the guide codes to our guides', () => {
    expect(lookUpCode('5.7.705').target).toEqual({ kind: 'guide', code: '5.7.705' });
    expect(lookUpCode('5.7.750')).toMatchObject({ target: { kind: 'guide', code: '5.7.750' }, descriptions: ['Service unavailable. Client blocked from sending from unregistered domains'] });
  });

  it('sends a table code to the page Microsoft lists for it, with its description', () => {
    expect(lookUpCode('5.1.10')).toEqual({
      code: '5.1.10',
      descriptions: ['Recipient not found'],
      target: { kind: 'doc', path: '/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online' },
    });
    expect(lookUpCode('5.7.1').descriptions).toEqual(['Delivery not authorized', 'Unable to relay', 'Client was not authenticated']);
  });

  it('understands ranges such as 4.7.500-699 and 5.7.606-649', () => {
    expect(lookUpCode('4.7.500').descriptions).toEqual(['Access denied, please try again later']);
    expect(lookUpCode('4.7.699').descriptions).toEqual(['Access denied, please try again later']);
    expect(lookUpCode('4.7.700').descriptions).toEqual([]);
    expect(lookUpCode('5.7.620').target).toEqual({ kind: 'doc', path: '/dynamics365/marketing/get-ready-email-marketing' });
  });

  it('sends every family code to its guide', () => {
    for (const code of ['5.7.703', '5.7.705', '5.7.708', '5.7.750', '5.1.8', '5.7.711', '5.7.233']) expect(lookUpCode(code).target, code).toEqual({ kind: 'guide', code });
  });

  it('sends every other 5.7.7xx to the 5.7.700–5.7.750 page, and anything else to the NDR reference', () => {
    expect(lookUpCode('5.7.701').target).toEqual({ kind: 'doc', path: FIX_5_7_7XX_PATH });
    expect(lookUpCode('5.7.712').target).toEqual({ kind: 'doc', path: FIX_5_7_7XX_PATH });
    expect(lookUpCode('5.7.799').target).toEqual({ kind: 'doc', path: FIX_5_7_7XX_PATH });
    expect(lookUpCode('4.3.2').target).toEqual({ kind: 'doc', path: NDR_REFERENCE_PATH });
    expect(lookUpCode('5.6.99').target).toEqual({ kind: 'doc', path: NDR_REFERENCE_PATH });
  });
});

describe('the family of sending blocks', () => {
  it('has the seven codes', () => {
    expect([...FAMILY_CODES].sort()).toEqual(['5.1.8', '5.7.233', '5.7.703', '5.7.705', '5.7.708', '5.7.711', '5.7.750']);
  });

  it.each(FAMILY_CODES.map((code) => [code]))('links %s to its guide once it exists, else to Microsoft’s page for that block', (code) => {
    const { target } = lookUpCode(code);
    if (GUIDE_CODES.includes(code)) expect(target).toEqual({ kind: 'guide', code });
    else expect(target).toEqual({ kind: 'doc', path: FAMILY_DOCS[code].path });
    expect(target).not.toEqual({ kind: 'doc', path: NDR_REFERENCE_PATH });
  });

});

describe('every link the table can produce', () => {
  it('is https on learn.microsoft.com, in every language', async () => {
    const { docsUrl, isAllowedDocUrl } = await import('../docs-url');
    const { LANGUAGES } = await import('../languages');
    const table = (await import('../../../locales/sources/ndr-codes.json')).default as { codes: string[] }[];
    const codes = [...table.flatMap((entry) => entry.codes).map((code) => code.split('-')[0]), ...FAMILY_CODES];
    expect(codes.length).toBeGreaterThan(60);
    for (const code of codes) {
      const target = lookUpCode(code).target;
      if (target.kind === 'doc') for (const lang of LANGUAGES) expect(isAllowedDocUrl(docsUrl(target.path, lang)), code).toBe(true);
    }
  });
});
