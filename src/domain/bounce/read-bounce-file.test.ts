import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from './analyze-bounce';
import { checkBounceFile, MAX_BOUNCE_FILE_BYTES, sniffBounceFile } from './bounce-file';
import { readEml } from './read-eml';
import { readMsg } from './read-msg';
import { buildMsg, NDR_705_MSG } from './test-support/build-msg';

const bytes = (data: Uint8Array | string) => {
  const array = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return array.buffer.slice(array.byteOffset, array.byteOffset + array.byteLength) as ArrayBuffer;
};
const emlFixture = () => bytes(readFileSync(new URL('./fixtures/exo-5.7.750.eml', import.meta.url)));

describe('which files are read', () => {
  it('accepts .eml and .msg up to 25 MB, and says why it refuses anything else', () => {
    expect(checkBounceFile({ name: 'Undeliverable.EML', size: 1000 })).toEqual({ ok: true, kind: 'eml' });
    expect(checkBounceFile({ name: 'ndr.msg', size: MAX_BOUNCE_FILE_BYTES })).toEqual({ ok: true, kind: 'msg' });
    expect(checkBounceFile({ name: 'ndr.msg', size: MAX_BOUNCE_FILE_BYTES + 1 })).toEqual({ ok: false, problem: 'size' });
    for (const name of ['ndr.txt', 'ndr.pdf', 'eml', 'ndr.msg.exe', 'ndr']) expect(checkBounceFile({ name, size: 10 })).toEqual({ ok: false, problem: 'type' });
  });

  it('reads a .msg renamed .eml as a .msg, and the reverse', () => {
    expect(sniffBounceFile(bytes(buildMsg(NDR_705_MSG)), 'eml')).toBe('msg');
    expect(sniffBounceFile(emlFixture(), 'msg')).toBe('eml');
  });
});

describe('an .eml file', () => {
  it('gives the code, the reply line and the details, and nothing from the original message', async () => {
    const read = await readEml(emlFixture());
    if (!read.ok) throw new Error(read.problem);
    const analysis = analyzeBounce(read.text);
    expect(analysis.codes).toEqual([
      {
        code: '5.7.750',
        role: 'reason',
        replyLine: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. AS(1234) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com 2026-11-20T10:00:00.000Z 08DC1234567890AB]',
        asIds: ['AS(1234)'],
        recipients: ['partner@fabrikam.com'],
        moreRecipients: 0,
      },
    ]);
    expect(analysis.details).toEqual({
      asIds: [{ asId: 'AS(1234)', codes: ['5.7.750'] }],
      reportingServer: 'DB5EUR03HT123.eop-EUR03.prod.protection.outlook.com',
      remoteServer: null,
      date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      recipients: ['partner@fabrikam.com'],
      moreRecipients: 0,
      sender: 'Alex Wilber <alex@contoso.com>',
      subject: 'Försäljning Q4',
    });
  });

  it('says a file that is not a message is unreadable or empty', async () => {
    expect(await readEml(bytes('\u0000\u0001binary'))).toEqual({ ok: false, problem: 'unreadable' });
    expect(await readEml(bytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toEqual({ ok: false, problem: 'unreadable' });
    expect(await readEml(bytes('Subject: hello\r\n\r\n'))).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('an Outlook .msg file', () => {
  it('gives the code from the recipient’s report, the details and the original subject', () => {
    const read = readMsg(bytes(buildMsg(NDR_705_MSG)));
    if (!read.ok) throw new Error(read.problem);
    const analysis = analyzeBounce(read.text);
    expect(analysis.codes).toEqual([{ code: '5.7.705', role: 'reason', replyLine: '550 5.7.705 Access denied, tenant has exceeded threshold', asIds: [], recipients: ['partner@fabrikam.com'], moreRecipients: 0 }]);
    expect(analysis.details).toMatchObject({
      reportingServer: 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
      recipients: ['partner@fabrikam.com'],
      sender: 'Alex Wilber <alex@contoso.com>',
      subject: 'Quarterly report',
    });
  });

  it('reads the body when the report is there only', () => {
    const read = readMsg(bytes(buildMsg({ subject: 'Undeliverable: x', body: "Remote Server returned '550 5.1.8 Access denied, bad outbound sender'" })));
    expect(read.ok && analyzeBounce(read.text).codes.map((c) => c.code)).toEqual(['5.1.8']);
  });

  it('says a damaged or empty .msg cannot be read', () => {
    const damaged = buildMsg(NDR_705_MSG).slice(0, 700);
    expect(readMsg(bytes(damaged))).toMatchObject({ ok: false });
    expect(readMsg(bytes('not a compound file at all'))).toEqual({ ok: false, problem: 'unreadable' });
    expect(readMsg(bytes(buildMsg({ subject: 'Undeliverable: x' })))).toEqual({ ok: false, problem: 'empty' });
  });
});
