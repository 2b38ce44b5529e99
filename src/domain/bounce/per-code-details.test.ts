import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from './analyze-bounce';
import { MAX_RECIPIENTS } from './bounce-details';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** An Exchange Online NDR for `count` recipients, all refused with 5.7.705 (as Exchange lists them: address, then reply). */
const manyRecipients = (count: number) => {
  const addresses = Array.from({ length: count }, (_, i) => `user${i}@partner${i % 7}.example`);
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    ...addresses,
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: SN6PR04MB4959.namprd04.prod.outlook.com',
    '',
    ...addresses.flatMap((address) => [address, "Remote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold. AS(7555)'", '']),
  ].join('\n');
};

describe('a bounce with several codes: each code with its own identifier and recipients', () => {
  it('puts with each code the AS identifier of its reply and the recipient it refused', () => {
    const analysis = analyzeBounce(fixture('exo-several-codes.txt'));
    const byCode = Object.fromEntries(analysis.codes.map(({ code, asIds, recipients, moreRecipients }) => [code, { asIds, recipients, moreRecipients }]));
    expect(byCode).toEqual({
      '5.7.705': { asIds: ['AS(7555)'], recipients: ['a@fabrikam.example'], moreRecipients: 0 },
      '5.1.8': { asIds: ['AS(42004)'], recipients: ['b@tailspin.example'], moreRecipients: 0 },
      '5.4.1': { asIds: ['AS(201806281)'], recipients: ['c@wingtip.example'], moreRecipients: 0 },
    });
    // The bounce as a whole: every recipient, and no identifier passed off as the whole bounce's.
    expect(analysis.details.recipients).toEqual(['a@fabrikam.example', 'b@tailspin.example', 'c@wingtip.example']);
    expect(analysis.details.asIds).toEqual([
      { asId: 'AS(7555)', codes: ['5.7.705'] },
      { asId: 'AS(42004)', codes: ['5.1.8'] },
      { asId: 'AS(201806281)', codes: ['5.4.1'] },
    ]);
  });

  it('reads a DSN per recipient: Final-Recipient, then Status and a Diagnostic-Code folded over two lines', () => {
    const dsn = [
      'Reporting-MTA: dns; SN6PR04MB4959.namprd04.prod.outlook.com',
      '',
      'Final-Recipient: rfc822; a@fabrikam.example',
      'Action: failed',
      'Status: 5.7.705',
      'Diagnostic-Code: smtp; 550 5.7.705 Access denied, tenant has exceeded',
      '    threshold. AS(7555)',
      '',
      'Final-Recipient: rfc822; b@tailspin.example',
      'Action: failed',
      'Status: 5.1.8',
      'Diagnostic-Code: smtp; 550 5.1.8 Access denied, bad outbound sender. AS(42004)',
      '',
      'Final-Recipient: rfc822; c@tailspin.example',
      'Action: failed',
      'Status: 5.1.8',
      'Diagnostic-Code: smtp; 550 5.1.8 Access denied, bad outbound sender. AS(42004)',
    ].join('\n');
    const codes = analyzeBounce(dsn).codes.map(({ code, asIds, recipients }) => ({ code, asIds, recipients }));
    expect(codes).toEqual(
      expect.arrayContaining([
        { code: '5.7.705', asIds: ['AS(7555)'], recipients: ['a@fabrikam.example'] },
        { code: '5.1.8', asIds: ['AS(42004)'], recipients: ['b@tailspin.example', 'c@tailspin.example'] },
      ]),
    );
  });

  it('gives a bounce with one reason every failed recipient, and an identifier standing on a line of its own', () => {
    const text = ['a@fabrikam.example', 'b@fabrikam.example', '', "Remote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold'", '', 'Reference: AS(7555)'].join('\n');
    const [code] = analyzeBounce(text).codes;
    expect(code).toMatchObject({ code: '5.7.705', asIds: ['AS(7555)'], recipients: ['a@fabrikam.example', 'b@fabrikam.example'], moreRecipients: 0 });
  });

  it('does not give the reason an identifier that stands on a bystander code\'s line', () => {
    // A retry's 4.4.0 is history, not a reason: the identifier on its line is not the 5.4.316's.
    const text = [
      'ops@fabrikam.example',
      "11/20/2026 9:15:03 AM - Remote Server at mx.fabrikam.example (203.0.113.25) returned '451 4.4.0 DNS query failed AS(1234)'",
      "Remote Server at mx.fabrikam.example (203.0.113.25) returned '550 5.4.316 Message expired, connection refused'",
    ].join('\n');
    const codes = analyzeBounce(text).codes;
    expect(codes.map(({ code }) => code)).toEqual(['5.4.316']);
    expect(codes[0].asIds).toEqual([]);
  });
});

describe('a bounce with more failed recipients than are listed', () => {
  it('lists the first ones and counts the rest, for the bounce and for its code', () => {
    const analysis = analyzeBounce(manyRecipients(300));
    expect(analysis.details.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(analysis.details.recipients[0]).toBe('user0@partner0.example');
    expect(analysis.details.moreRecipients).toBe(300 - MAX_RECIPIENTS);
    const [code] = analysis.codes;
    expect(code.recipients).toEqual(analysis.details.recipients);
    expect(code.moreRecipients).toBe(250);
    expect(code.asIds).toEqual(['AS(7555)']);
  });

  it('counts nothing more when every recipient is listed', () => {
    const analysis = analyzeBounce(manyRecipients(MAX_RECIPIENTS));
    expect(analysis.details).toMatchObject({ moreRecipients: 0 });
    expect(analysis.details.recipients).toHaveLength(MAX_RECIPIENTS);
  });
});
