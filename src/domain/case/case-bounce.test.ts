import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../bounce/analyze-bounce';
import { guideSteps } from '../guides';
import { buildAdminMessage, type MessageLabels } from './admin-message';
import { caseBounceFor, MAX_CASE_RECIPIENTS, readCases, setCaseBounce } from './case-data';
import { decodeHandover, encodeHandover, MAX_FRAGMENT_CHARS } from './handover-codec';
import { buildSummary, isoTime } from './support-summary';
import { DETAIL_LABELS, SUMMARY_LABELS } from './test-labels';

const severalCodes = readFileSync(new URL('../bounce/fixtures/exo-several-codes.txt', import.meta.url), 'utf8');
/** An Exchange Online NDR for 300 recipients, all refused with 5.7.705. */
const manyRecipients = Array.from({ length: 300 }, (_, i) => `user${i}@partner${i % 7}.example\nRemote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold. AS(7555)'\n`).join('\n');

const message: MessageLabels = { subject: 'Bounce', intro: 'Hello.', code: 'Code', ndrLine: 'NDR line', ...DETAIL_LABELS, guide: 'Guide', closing: 'Thanks.', shortened: '(Shortened.)' };
const summary = SUMMARY_LABELS;
const at = '2026-11-20T10:00:00.000Z';
const now = new Date('2026-11-21T00:00:00.000Z');

/** What "I'm not the admin" under a code keeps, and the message and summary made of it. */
function handOn(text: string, code: string) {
  const analysis = analyzeBounce(text);
  const shown = analysis.codes.find((found) => found.code === code)!;
  const kept = caseBounceFor(shown, analysis.details);
  const bounce = { ...kept, at };
  const input = { code: '5.1.8' as const, ndrLines: ['550 5.1.8 Access denied, bad outbound sender'], bounce };
  return {
    kept,
    bounce,
    message: buildAdminMessage({ ...input, guideUrl: 'https://ndr.example/en/5.1.8/' }, message).body,
    text: buildSummary({ ...input, steps: guideSteps('5.1.8').map((id) => ({ id, title: id })), progress: {}, notes: {} }, summary, isoTime, 'text'),
    markdown: buildSummary({ ...input, steps: [], progress: {}, notes: {} }, summary, isoTime, 'markdown'),
  };
}

describe('a code of a bounce with several codes, handed on', () => {
  it('carries that code’s reply, its own identifier and the recipient that failed with it', () => {
    const { bounce, message: body, text, markdown } = handOn(severalCodes, '5.1.8');
    expect(bounce).toMatchObject({ replyLine: '550 5.1.8 Access denied, bad outbound sender. AS(42004)', asId: 'AS(42004)', recipients: ['b@tailspin.example'] });
    for (const out of [body, text]) {
      expect(out).toContain('Microsoft identifier: AS(42004)');
      expect(out).toContain('Recipients: b@tailspin.example\n');
      expect(out).not.toContain('AS(7555)');
      expect(out).not.toContain('a@fabrikam.example');
      expect(out).not.toContain('c@wingtip.example');
    }
    expect(markdown).toContain('**Microsoft identifier**: `AS(42004)`');
  });

  it('keeps them in saved data and in a hand-over link', async () => {
    const { kept, bounce } = handOn(severalCodes, '5.7.705');
    const saved = readCases(JSON.parse(JSON.stringify(setCaseBounce({}, '5.7.705', kept, new Date(at)))));
    expect(saved['5.7.705']?.bounce).toMatchObject({ asId: 'AS(7555)', recipients: ['a@fabrikam.example'] });
    const link = await encodeHandover({ code: '5.7.705', progress: {}, notes: {}, case: { bounce } });
    expect(await decodeHandover(link!, now)).toEqual({ ok: true, handover: { code: '5.7.705', progress: {}, notes: {}, case: { bounce } } });
  });
});

describe('more failed recipients than a case keeps', () => {
  it('says how many more there are, in the message and the summary', () => {
    const { bounce, message: body, text, markdown } = handOn(manyRecipients, '5.7.705');
    expect(bounce.recipients).toHaveLength(MAX_CASE_RECIPIENTS);
    expect(bounce.moreRecipients).toBe(250);
    for (const out of [body, text, markdown]) {
      expect(out).toContain('user49@partner0.example');
      expect(out).not.toContain('user50@');
      expect(out).toContain('… and 250 more');
    }
    // In Markdown the addresses are the bounce's own text (a code span); the words after them are not.
    expect(markdown).toMatch(/user49@partner0\.example` … and 250 more$/m);
  });

  it('keeps the count through saved data and a hand-over link, which stays within its length', async () => {
    const { kept, bounce } = handOn(manyRecipients, '5.7.705');
    expect(readCases(JSON.parse(JSON.stringify(setCaseBounce({}, '5.7.705', kept, new Date(at)))))['5.7.705']?.bounce?.moreRecipients).toBe(250);
    const link = await encodeHandover({ code: '5.7.705', progress: {}, notes: {}, case: { bounce } });
    expect(link!.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(await decodeHandover(link!, now)).toMatchObject({ ok: true, handover: { case: { bounce: { moreRecipients: 250 } } } });
  });

  it('counts the recipients a case cuts, reads saved data without a count, and refuses a count this app never writes', () => {
    const recipients = Array.from({ length: 60 }, (_, i) => `p${i}@fabrikam.com`);
    const bounce = caseBounceFor({ replyLine: null, asIds: [], recipients, moreRecipients: 5 }, analyzeBounce('').details);
    expect(bounce.recipients).toHaveLength(MAX_CASE_RECIPIENTS);
    expect(bounce.moreRecipients).toBe(15);
    const old = { at, replyLine: null, asId: null, reportingServer: null, date: null, sender: null, recipients: ['a@fabrikam.com'] };
    expect(readCases({ '5.7.705': { bounce: old } })['5.7.705']?.bounce).toEqual(old);
    for (const moreRecipients of [0, -1, 1.5, '3', null]) expect(readCases({ '5.7.705': { bounce: { ...old, moreRecipients } } })).toEqual({});
  });
});
