import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
    ['nested-554.txt', ['5.7.133', '5.7.0']],
    ['html-escaped.txt', ['5.7.133']],
    ['smtp-transcript.txt', ['4.7.500']],
    ['three-digit-detail.txt', ['5.0.999']],
    ['generic-only.txt', ['5.0.0']],
    ['bare-code.txt', ['5.7.750']],
    ['no-code.txt', []],
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
