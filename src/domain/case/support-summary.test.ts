import { describe, expect, it } from 'vitest';
import { guideSteps } from '../guides';
import { SUMMARY_LABELS } from './test-labels';
import { buildSummary, isoTime, readerTime, type SummaryInput } from './support-summary';

const english = SUMMARY_LABELS;
const steps = guideSteps('5.7.705').map((id) => ({ id, title: `Title of ${id}` }));
const [first, second, third] = guideSteps('5.7.705');
const at = '2026-11-20T10:05:09.123Z';
const input: SummaryInput = {
  code: '5.7.705',
  ndrLines: ['550 5.7.705 Access denied, tenant has exceeded threshold'],
  steps,
  progress: { [first]: { done: true, at }, [second]: { done: false, at } },
  notes: { [first]: { text: 'Reset 3 admins\nTicket *INC-42*', at }, [third]: { text: 'Waiting for Bo', at } },
  bounce: { at, replyLine: null, asId: 'AS(2204)', reportingServer: 'AM0PR01.prod.outlook.com', date: null, sender: 'alice@contoso.com', recipients: [] },
  contact: { at, tenant: 'contoso.onmicrosoft.com', contact: 'Ana <ana@contoso.com>' },
};

describe('support summary', () => {
  it('in plain text: code, NDR line, details, tenant, steps done with ISO dates and notes, steps not done', () => {
    const text = buildSummary(input, english, isoTime, 'text');
    expect(text).toContain('Code: 5.7.705');
    expect(text).toContain('NDR line: 550 5.7.705 Access denied, tenant has exceeded threshold');
    expect(text).toContain('Microsoft identifier: AS(2204)');
    expect(text).toContain('Tenant domain: contoso.onmicrosoft.com');
    expect(text).toContain('Contact: Ana <ana@contoso.com>');
    expect(text).toContain(`1. Title of ${first} (done 2026-11-20T10:05:09Z)\n    Note: Reset 3 admins\n    Ticket *INC-42*`);
    const notDone = text.slice(text.indexOf('Steps not done'));
    expect(notDone).toContain(`1. Title of ${second}`);
    expect(notDone).toContain(`Title of ${third}\n    Note: Waiting for Bo`);
    expect(notDone).not.toContain(`Title of ${first}`);
    expect(text).not.toContain('Date:');
  });

  it('says beside a step waiting on Microsoft Support when it was requested and its case number', () => {
    const requested = { ...input, progress: { ...input.progress, [second]: { done: false, at, requested: { on: '2026-11-21', caseNumber: '2611210040000001' } } } };
    const text = buildSummary(requested, english, isoTime, 'text');
    expect(text.slice(text.indexOf('Steps not done'))).toContain(`1. Title of ${second} (waiting: requested on 2026-11-21, case number 2611210040000001)`);
  });

  it('writes a label and its value with the language’s separator (French: no-break space before the colon)', () => {
    const text = buildSummary(input, { ...english, separator: '\u00a0: ' }, isoTime, 'text');
    expect(text).toContain('Code\u00a0: 5.7.705');
    expect(text).toContain('    Note\u00a0: Reset 3 admins');
  });

  it('in Markdown: typed text cannot become formatting or HTML', () => {
    const md = buildSummary(input, english, isoTime, 'markdown');
    expect(md.startsWith('# Support summary: 5.7.705')).toBe(true);
    expect(md).toContain('- **NDR line**: `550 5.7.705 Access denied, tenant has exceeded threshold`');
    expect(md).toContain('Ticket \\*INC-42\\*');
    expect(md).toContain('Ana \\<ana@contoso.com\\>');
  });

  it('names the time zone, as an offset from UTC, beside each time in the reader\u2019s text, which may be read in another zone', () => {
    const text = buildSummary(input, english, readerTime('de-DE', 'Europe/Berlin'), 'text');
    expect(text).toContain(`1. Title of ${first} (done 20. Nov. 2026, 11:05 GMT+1)`);
    // Not "CST", which is US Central, China or Cuba.
    expect(readerTime('en-US', 'America/Chicago')(at)).toMatch(/^Nov 20, 2026, 4:05\sAM GMT-6$/);
    expect(readerTime('ja-JP', 'Asia/Tokyo')(at)).toContain('19:05 GMT+9');
  });

  it('in the reader\u2019s locale, with nothing done yet', () => {
    const ja = new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    const text = buildSummary({ ...input, progress: {}, notes: {}, bounce: undefined, contact: undefined }, { ...english, none: 'なし' }, (iso) => ja.format(new Date(iso)), 'text');
    expect(text).toMatch(/Steps done\n-+\n\nなし/);
    expect(text).not.toContain('Tenant');
    const done = buildSummary(input, english, (iso) => ja.format(new Date(iso)), 'text');
    expect(done).toContain('(done 2026/11/20 10:05)');
  });
});
