import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from './analyze-bounce';
import { detectStatusCodes, originalMessageStart } from './detect-status-codes';
import { normalizeBounceText } from './normalize-bounce-text';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const detect = (text: string) => detectStatusCodes(text).codes.map((code) => code.code);

describe('bounce fixtures', () => {
  it.each([
    ['exchange-online-owa-en.txt', ['5.7.705']],
    ['exchange-online-ja.txt', ['5.7.750']],
    ['exchange-2016-de.txt', ['5.7.1']],
    ['exchange-2010-fr.txt', ['5.1.1']],
    ['exchange-2019-sv.txt', ['5.4.1']],
    ['exchange-2013-zh.txt', ['5.1.10']],
    ['dsn-raw-mime.txt', ['5.7.750']],
    ['postfix.txt', ['5.1.1']],
    ['exim.txt', ['5.7.1']],
    ['sendmail.txt', ['5.1.1']],
    ['gmail.txt', ['5.1.1']],
    ['outlook-com.txt', ['5.7.1']],
    ['dotnet-exception.txt', ['5.7.708']],
    ['python-smtplib.txt', ['5.2.0']],
    ['nodemailer.txt', ['5.7.750']],
    ['powershell.txt', ['5.7.60']],
    // The outer "failed" wrapper says nothing the nested code does not.
    ['nested-554.txt', ['5.7.133']],
    ['html-escaped.txt', ['5.7.133']],
    ['smtp-transcript.txt', ['4.7.500']],
    ['three-digit-detail.txt', ['5.0.999']],
    ['generic-only.txt', ['5.0.0']],
    ['bare-code.txt', ['5.7.750']],
    ['no-code.txt', []],
    ['exo-5.7.711.txt', ['5.7.711']],
  ])('%s reports %j and no decoy', (name, expected) => {
    expect(detect(fixture(name))).toEqual(expected);
  });

  it('reads a code split by a quoted-printable soft break and one wrapped at a dot', () => {
    expect(detect("Remote Server returned '550 5.7.=\n705 Access denied'")).toEqual(['5.7.705']);
    expect(detect("Remote Server returned '550 5.7\n.750 Service unavailable'")).toEqual(['5.7.750']);
    expect(detect('Remote Server returned\n> 550 5.7.\n> 708 Access denied')).toEqual(['5.7.708']);
  });

  it('reads SMTP continuation lines and the #…## form', () => {
    expect(detect('550-5.7.26 This mail is unauthenticated\n550 5.7.26 gsmtp')).toEqual(['5.7.26']);
    expect(detect('#550 5.4.6 ROUTING.LoopDetected; Hop count exceeded ##')).toEqual(['5.4.6']);
  });

  it('ignores IP addresses, build numbers, dates, RFC numbers and MAPI errors', () => {
    for (const decoy of ['10.5.7.1', '[192.168.5.7]', '15.20.1234.5', 'id 15.2.1544.4', '2026.5.7', '20.11.2026', '5.7.2026', '5322.From', '0x80004005', '4.7.5.1', 'v5.7.1beta', 'x_5.1.1']) {
      expect(detect(`Remote Server returned ${decoy}`), decoy).toEqual([]);
    }
  });

  it('shows a generic code only when nothing more specific is there', () => {
    expect(detect('550 5.0.0 failed\n550 5.1.1 User unknown')).toEqual(['5.1.1']);
    expect(detect('421 4.0.0 try later')).toEqual(['4.0.0']);
  });

  it('prefers codes stated as the reason over codes mentioned in passing', () => {
    expect(detect('See 5.7.1 in the docs. Remote Server returned 550 5.7.705 Access denied')).toEqual(['5.7.705']);
  });

  it('quotes the reply that states each code, verbatim', () => {
    const [code] = detectStatusCodes(fixture('exchange-2019-sv.txt')).codes;
    expect(code.replyLine).toBe('550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com 2026-11-20T10:00:00.000Z]');
    expect(detectStatusCodes(fixture('exim.txt')).codes[0].replyLine?.split('\n')).toHaveLength(4);
    const gmail = '550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users.\n550 5.7.26 https://support.google.com/mail/answer/81126 - gsmtp\nSent from my laptop';
    expect(detectStatusCodes(gmail).codes[0].replyLine?.split('\n')).toHaveLength(3);
    expect(detectStatusCodes('5.7.750').codes[0].replyLine).toBeNull();
  });
});

/** The patterns behind the bystander codes measured on real bounces (issue 16), one fixture each. */
describe('only reasons, never a bystander', () => {
  const roles = (name: string) => detectStatusCodes(fixture(name)).codes.map(({ code, role }) => `${code} ${role}`);

  it('ignores the reporting server’s own follow-on lines after the remote’s reply (sendmail)', () => {
    // The remote refused with 5.7.606; sendmail's "550 5.1.1 … User unknown", its Status: 5.1.1 and the
    // protocol errors that follow ("554 5.5.1 no valid recipients", "503 5.5.2 Need rcpt command") are not reasons.
    expect(roles('sendmail-follow-on.txt')).toEqual(['5.7.606 reason']);
  });

  it('leaves out the retry history of Exchange Online before the final failure', () => {
    expect(roles('exo-retry-history.txt')).toEqual(['5.4.316 reason']);
  });

  it('reads a reply code wrapped onto the next line, instead of the generic Status: 5.0.0', () => {
    expect(roles('postfix-wrapped-reply.txt')).toEqual(['5.6.0 reason']);
    expect(detectStatusCodes(fixture('postfix-wrapped-reply.txt')).codes[0].replyLine).toMatch(/^554\n5\.6\.0 Message rejected/);
  });

  it('recognises "Remote Server at <host> returned" and a reply code of another class (550 4.4.7)', () => {
    expect(detect("Remote Server at mx.fabrikam.com (203.0.113.25) returned '550 4.4.7 QUEUE.Expired; message expired'")).toEqual(['4.4.7']);
    expect(detect('Status: 5.0.0\nRemote Server at mx.fabrikam.com returned \'550 4.4.7 QUEUE.Expired\'')).toEqual(['4.4.7']);
  });

  it('keeps a .0 code that Status: and Diagnostic-Code: both state above a follow-on line', () => {
    expect(roles('dot-zero-with-follow-on.txt')).toEqual(['5.7.0 reason']);
    // Also where the reporting server's line is not marked as a transcript.
    expect(roles('dot-zero-status-and-diagnostic.txt')).toEqual(['5.7.0 reason']);
    // A more specific code on the same subject refines it; several recipients keep their own confirmed reasons.
    expect(detect('Status: 5.7.0\nDiagnostic-Code: smtp; 550 5.7.0 Rejected\nRemote Server returned \'550 5.7.1 Delivery not authorized\'')).toEqual(['5.7.1']);
    expect(detect('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 full')).toEqual(['5.1.1', '5.2.2']);
  });

  it('reads on after a sentence that only mentions the original message', () => {
    expect(roles('original-follows-sentence.txt')).toEqual(['5.7.1 reason']);
  });

  it('takes the remote’s code from inside Exchange 2003’s own wrapper', () => {
    const wrapped = "<mail.contoso.com #5.0.0 smtp; 5.1.0 - Unknown address error 550-'5.7.1 <ops@fabrikam.com>... Relaying denied' (delivery attempts: 0)>";
    expect(detect(wrapped)).toEqual(['5.7.1']);
  });

  it('reads a code typed with a Japanese or Chinese input method in full-width mode', () => {
    expect(detect('５．７．７０５')).toEqual(['5.7.705']);
    expect(detect('エラーは ５.７.７５０ でした')).toEqual(['5.7.750']);
    // In kana mode the input method types "。" for ".".
    expect(detect('５。７。７０８')).toEqual(['5.7.708']);
  });

  it('leaves full-width digits outside a code as written: the details and the reply line are quoted to support', () => {
    const bounce = 'Subject: 第２四半期の報告\nRemote Server returned \'550 5.7.708 Access denied, traffic not accepted from this IP （第２版）\'';
    const analysis = analyzeBounce(bounce);
    expect(analysis.codes.map((code) => code.code)).toEqual(['5.7.708']);
    expect(analysis.codes[0].replyLine).toBe('550 5.7.708 Access denied, traffic not accepted from this IP （第２版）');
    expect(analysis.details.subject).toBe('第２四半期の報告');
  });

  it('skips a syntax error typed before the rejection in an SMTP session', () => {
    expect(roles('typed-smtp-session.txt')).toEqual(['5.7.1 reason']);
    // A protocol error that is all there is remains the reason, rather than a summary's bare "failed".
    expect(detect('host mx.fabrikam.com said: 554 5.5.1 Error: no valid recipients\n\nStatus: 5.0.0')).toEqual(['5.5.1']);
  });

  it('routes an expired message on 4.4.7 and shows the earlier attempts’ error as its cause', () => {
    expect(roles('exo-expired.txt')).toEqual(['4.4.7 reason', '4.4.1 cause']);
    expect(detect("Remote Server returned '550 5.4.300 Message expired -> 451 4.4.0 DNS query failed'")).toEqual(['5.4.300', '4.4.0']);
  });

  it('takes a delay notice’s own code, not its history, as the reason', () => {
    const delayed = "Remote Server at mx.fabrikam.com returned '400 4.4.7 Message delayed'\n11/20/2026 9:15:03 AM - Remote Server at mx.fabrikam.com returned '451 4.4.0 DNS query failed'";
    expect(detectStatusCodes(delayed).codes.map(({ code, role }) => `${code} ${role}`)).toEqual(['4.4.7 reason', '4.4.0 cause']);
  });

  it('still reads a log where every line starts with a time', () => {
    const log = '2026-11-20 10:00:00,123 WARN 451 4.7.500 Server busy\n2026-11-20 10:05:00,456 ERROR 550 5.7.705 Access denied, tenant has exceeded threshold';
    expect(detect(log)).toEqual(['5.7.705']);
  });

  it('never reports a code from the quoted original message', () => {
    expect(detect(fixture('sendmail-follow-on.txt'))).not.toContain('5.2.2');
    expect(detect(fixture('original-follows-sentence.txt'))).not.toContain('4.2.2');
  });
});

describe('hostile input', () => {
  const reported = (text: string) => {
    const segments = normalizeBounceText(text, originalMessageStart).join('\n');
    return detectStatusCodes(text).codes.every((code) => segments.includes(code.code));
  };
  const stepsWithinBound = (text: string) => detectStatusCodes(text).steps <= 60 * text.length + 1000;

  it('never throws, never invents a code, and does linear work on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => reported(text) && stepsWithinBound(text)),
      { numRuns: 500 },
    );
  });

  it('copes with text built from the characters codes are made of', () => {
    const alphabet = fc.constantFrom('5', '4', '7', '0', '.', ' ', '\n', '=', '#', '<', '>', '&', ';', '-', 'smtp;', '550 ', 'Status: ', '&#46;', '=\n', 'Content-Transfer-Encoding: base64\n\n', 'QUJD');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 3000 }), (parts) => {
        const text = parts.join('');
        return reported(text) && stepsWithinBound(text);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a million digits, a million dots and binary noise in bounded work', () => {
    for (const text of ['5'.repeat(1_000_000), '.'.repeat(1_000_000), '5.'.repeat(500_000), '5.7.'.repeat(250_000), '<a'.repeat(500_000), '&#'.repeat(500_000)]) {
      const { steps, codes } = detectStatusCodes(text);
      expect(steps).toBeLessThanOrEqual(60 * text.length);
      expect(codes.length).toBeLessThanOrEqual(10);
    }
    const noise = Array.from({ length: 200_000 }, (_, index) => String.fromCharCode((index * 7919) % 65_536)).join('');
    expect(() => detectStatusCodes(noise)).not.toThrow();
  });
});
