import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from './analyze-bounce';
import { decodeEncodedWords } from './bounce-details';
import { normalizeBounceText } from './normalize-bounce-text';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('details for the admin and Microsoft Support', () => {
  it('reads an Exchange Online NDR: AS identifier, generating server, date, recipient', () => {
    expect(analyzeBounce(fixture('exchange-2019-sv.txt')).details).toEqual({
      asIds: [{ asId: 'AS(201806281)', codes: ['5.4.1'] }],
      reportingServer: 'EX19-MBX1.contoso.se',
      remoteServer: null,
      date: '2026-11-20T10:00:00.000Z',
      recipients: ['ekonomi@contoso.se'],
      moreRecipients: 0,
      sender: null,
      subject: null,
    });
    expect(analyzeBounce(fixture('exo-5.7.711.txt')).codes[0].asIds).toEqual(['AS(2204)']);
  });

  it('reads the receiving server, and the original sender and subject from the quoted headers', () => {
    expect(analyzeBounce(fixture('exo-expired.txt')).details).toMatchObject({
      reportingServer: 'DM6PR11MB4321.namprd11.prod.outlook.com',
      remoteServer: 'mx.fabrikam.com (203.0.113.25)',
      date: '2026-11-20T10:02:55.000Z',
      recipients: ['ops@fabrikam.com'],
      sender: 'Alice Wu <alice@contoso.com>',
      subject: 'Contract draft',
    });
  });

  it('reads the tables of an enhanced Exchange Online NDR, and quotes its worded reply over the bare status line', () => {
    const analysis = analyzeBounce(fixture('exo-enhanced-5.7.708.txt'));
    expect(analysis.codes).toEqual([
      { code: '5.7.708', role: 'reason', replyLine: '550 5.7.708 Access denied, traffic not accepted from this IP. AS(2204)', asIds: ['AS(2204)'], recipients: ['ops@fabrikam.com'], moreRecipients: 0 },
    ]);
    expect(analysis.details).toEqual({
      asIds: [{ asId: 'AS(2204)', codes: ['5.7.708'] }],
      reportingServer: 'DM6PR11MB4321.namprd11.prod.outlook.com',
      remoteServer: null,
      date: null,
      recipients: ['ops@fabrikam.com'],
      moreRecipients: 0,
      sender: 'alice@contoso.com',
      subject: 'Budget 2027',
    });
  });

  it('reads a DSN: Reporting-MTA, Remote-MTA, Last-Attempt-Date, Final-Recipient', () => {
    expect(analyzeBounce(fixture('sendmail-follow-on.txt')).details).toEqual({
      asIds: [],
      reportingServer: 'mail.contoso.com',
      remoteServer: 'mx.fabrikam.com',
      date: 'Fri, 20 Nov 2026 10:00:02 -0500',
      recipients: ['ops@fabrikam.com'],
      moreRecipients: 0,
      sender: 'Alice <alice@contoso.com>',
      subject: 'Weekly figures',
    });
  });

  it('reads postfix’s host, sender and the recipient it writes before "host … said:"', () => {
    expect(analyzeBounce(fixture('postfix-wrapped-reply.txt')).details).toMatchObject({
      reportingServer: 'mail.contoso.net',
      remoteServer: 'mx.fabrikam.com[203.0.113.25]',
      recipients: ['ops@fabrikam.com'],
      sender: 'alice@contoso.net',
    });
  });

  it('takes the original subject from an Exchange NDR’s subject line, decoded', () => {
    const raw = 'From: postmaster@contoso.com\nTo: alice@contoso.com\nSubject: Undeliverable: =?utf-8?B?UXVhcnRhbHNyYXBwb3J0IMOlciAyMDI2?=\nDate: Fri, 20 Nov 2026 10:00:01 +0000\n\nRemote Server returned \'550 5.7.705 Access denied, tenant has exceeded threshold\'\n';
    expect(analyzeBounce(raw).details).toMatchObject({ subject: 'Quartalsrapport år 2026', sender: 'alice@contoso.com', date: 'Fri, 20 Nov 2026 10:00:01 +0000' });
    expect(decodeEncodedWords('=?iso-8859-1?Q?F=F6rs=E4ljning_Q4?=')).toBe('Försäljning Q4');
    expect(decodeEncodedWords('=?nonsense?B?!!!?=')).toBe('=?nonsense?B?!!!?=');
  });

  it('lists every failed recipient once, and gives nothing for text that has no details', () => {
    const two = 'Final-Recipient: rfc822; a@fabrikam.com\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; B@fabrikam.com\nStatus: 5.1.1\n\n<a@fabrikam.com>\n<b@fabrikam.com>\n';
    expect(analyzeBounce(two).details.recipients).toEqual(['a@fabrikam.com', 'B@fabrikam.com']);
    expect(analyzeBounce('5.7.750').details).toEqual({ asIds: [], reportingServer: null, remoteServer: null, date: null, recipients: [], moreRecipients: 0, sender: null, subject: null });
  });
});

describe('a bounce forwarded by a user', () => {
  it('reads the bounce after Outlook\'s "Original Message" rule and the header lines of the forward', () => {
    const analysis = analyzeBounce(fixture('outlook-forward-of-ndr.txt'));
    expect(analysis.codes.filter(({ role }) => role === 'reason').map(({ code }) => code)).toEqual(['5.7.708']);
    expect(analysis.details).toMatchObject({ asIds: [{ asId: 'AS(2200)', codes: ['5.7.708'] }], sender: 'Tom Smith <tom@contoso.example>', subject: 'PO 7781' });
  });
});

describe('the reply, verbatim, whatever quotes the NDR puts around it', () => {
  it.each([
    ['French guillemets', 'Le serveur distant a retourné « 550 5.7.711 Access denied, bad inbound connector. AS(2201) [PR3PR02MB6012.eurprd02.prod.outlook.com] »'],
    ['Chinese quotation marks', '远程服务器返回“550 5.7.711 Access denied, bad inbound connector. AS(2201) [PR3PR02MB6012.eurprd02.prod.outlook.com]”'],
    ['Japanese brackets', 'リモート サーバーから「550 5.7.711 Access denied, bad inbound connector. AS(2201) [PR3PR02MB6012.eurprd02.prod.outlook.com]」が返されました'],
  ])('%s', (_, line) => {
    expect(analyzeBounce(`ops@tailspin.example\n${line}\n`).codes[0].replyLine).toBe('550 5.7.711 Access denied, bad inbound connector. AS(2201) [PR3PR02MB6012.eurprd02.prod.outlook.com]');
  });

  it('drops the "> " marks of a bounce quoted in a forward from the reply\'s later lines', () => {
    const text = ["> Remote Server returned '550 5.7.708 Service unavailable. Access denied,", '> traffic not accepted from this IP. AS(2200)', "> [BY5PR12MB4321.namprd12.prod.outlook.com]'"].join('\n');
    expect(analyzeBounce(text).codes[0].replyLine).toBe('550 5.7.708 Service unavailable. Access denied,\ntraffic not accepted from this IP. AS(2200)\n[BY5PR12MB4321.namprd12.prod.outlook.com]');
  });
});

describe('quoted-printable only where a text says so', () => {
  it('quotes the reply as the server wrote it when only the listed original headers name quoted-printable', () => {
    const analysis = analyzeBounce(fixture('qp-named-in-original-headers.txt'));
    expect(analysis.codes.map(({ code }) => code)).toEqual(['5.7.705']);
    expect(analysis.codes[0].replyLine).toContain('?LinkId=526653 AS(7555)');
    expect(analysis.codes[0].replyLine).toContain('[LastAttemptedIP=203.0.113.25:25]');
  });

  /** A multipart message: each part's header lines, then its body lines, between the boundary's lines. */
  const multipart = (...parts: [headers: string[], body: string[]][]) =>
    ['Content-Type: multipart/mixed; boundary="b"', '', ...parts.flatMap(([headers, body]) => ['--b', ...headers, '', ...body]), '--b--'].join('\n');
  const decoded = (text: string) => normalizeBounceText(text, () => -1)[0];
  const qp = ['Content-Transfer-Encoding: quoted-printable'];

  it('decodes a MIME part that declares quoted-printable, up to its boundary, and leaves the next part as it is', () => {
    const text = multipart(
      [qp, ["Remote Server returned '550 5.7.705 Access denied, tenant has exceeded thres=", "hold. http://go.microsoft.com/fwlink/?LinkId=3D526653 AS(7555)'"]],
      [['Content-Type: message/delivery-status'], ['Diagnostic-Code: smtp; 550 5.7.705 [LastAttemptedIP=203.0.113.25:25]']],
    );
    expect(decoded(text)).toContain('tenant has exceeded threshold. http://go.microsoft.com/fwlink/?LinkId=526653 AS(7555)');
    expect(decoded(text)).toContain('[LastAttemptedIP=203.0.113.25:25]');
  });

  it('does not take base64 padding for a soft line break: the text part beside a base64 attachment stays as written', () => {
    const text = multipart(
      [['Content-Type: text/plain'], ["Remote Server returned '550 5.7.705 Access denied. http://go.microsoft.com/fwlink/?LinkId=526653 AS(7555) [LastAttemptedIP=203.0.113.25:25]'"]],
      [['Content-Type: application/pdf', 'Content-Transfer-Encoding: base64'], ['JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K', 'eJwr5HIK4TI2UzA3NVIISeEyMVMwNTVQ==']],
    );
    expect(decoded(text)).toContain('?LinkId=526653 AS(7555) [LastAttemptedIP=203.0.113.25:25]');
  });

  it('decodes a part up to its declared boundary, past a dashed rule inside it', () => {
    const text = multipart([qp, ['Please see below.', '-----Original Message-----', "Remote Server returned '550 5.7.705 Access denied. http://go.microsoft.com/fwlink/?LinkId=3D526653 AS(7555)'"]]);
    expect(decoded(text)).toContain('?LinkId=526653 AS(7555)');
  });

  it('still decodes a quoted-printable body pasted without its headers (soft line breaks)', () => {
    const [decoded] = normalizeBounceText('550 5.7.705 Access denied, tenant has exceeded thres=\nhold =E2=80=94 AS(7555)', () => -1);
    expect(decoded).toBe('550 5.7.705 Access denied, tenant has exceeded threshold \u2014 AS(7555)');
  });
});

describe('the analysis of hostile input', () => {
  const bound = (text: string) => 80 * text.length + 2000;

  it('never throws and does linear work, details and wording included', () => {
    const alphabet = fc.constantFrom('5', '4', '7', '.', ' ', '\n', '#', '<', '>', "'", ':', ';', '-', '->', '@', 'a', 'AS(', '12)', '550 ', 'said:', 'Status: ', 'Final-Recipient: rfc822; ', 'x@y.z', '<<< ', '>>> ', '11/20/2026 10:00 ', 'history\n', 'Remote Server at ', ' returned ', 'Subject: ', 'Original message headers:\n', 'access denied, tenant has exceeded threshold');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 3000 }), (parts) => {
        const text = parts.join('');
        const analysis = analyzeBounce(text);
        return analysis.steps <= bound(text) && analysis.codes.filter((code) => code.role === 'cause').length <= 1;
      }),
      { numRuns: 300 },
    );
  });

  it('handles huge pastes in bounded work', () => {
    for (const text of ['5.7.1 '.repeat(200_000), 'said: 550 5.7.1\n'.repeat(60_000), `${'a@b.co\n'.repeat(100_000)}`, '<<< 550 5.7.1 x\n550 5.1.1 y\n'.repeat(30_000), 'AS('.repeat(300_000), "'".repeat(1_000_000)]) {
      const analysis = analyzeBounce(text);
      expect(analysis.steps).toBeLessThanOrEqual(bound(text));
      expect(analysis.codes.length).toBeLessThanOrEqual(11);
      expect(analysis.details.recipients.length).toBeLessThanOrEqual(50);
    }
  });
});
