import { describe, expect, it } from 'vitest';
import { guideSteps } from '../guides';
import { decodeHandover, encodeHandover, handoverValue, holdsMarkup, looksLikeMarkup, MAX_FRAGMENT_CHARS, packJson, type Handover } from './handover-codec';

const at = '2026-11-20T10:00:00.000Z';
/** The reader's clock: after every time in these cases. */
const now = new Date('2026-11-21T00:00:00.000Z');
const [first, second] = guideSteps('5.7.705');
const handover: Handover = {
  code: '5.7.705',
  progress: { [first]: { done: true, at }, [second]: { done: false, at } },
  notes: { [first]: { text: 'Reset for 3 admins; ticket INC-42 — 完了', at } },
  case: {
    bounce: { at, replyLine: "550 5.7.705 Access denied, tenant has exceeded threshold", asId: 'AS(2204)', reportingServer: 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com', date: 'Mon, 20 Nov 2026 10:00:00 +0000', sender: 'Alice Wu <alice@contoso.com>', recipients: ['alex@fabrikam.com'] },
    contact: { at, tenant: 'contoso.onmicrosoft.com', contact: 'Ana <ana@contoso.com>' },
  },
};
const valid = (extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'ndr-handover/1', code: '5.7.705', progress: {}, notes: {}, case: {}, ...extra });

describe('hand-over fragment codec', () => {
  it('round-trips a case, compressed, in URL-safe characters', async () => {
    const text = (await encodeHandover(handover))!;
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(JSON.stringify(handover).length);
    expect(await decodeHandover(text, now)).toEqual({ ok: true, handover });
    expect(handoverValue(`#handover=${text}`)).toBe(text);
    expect(handoverValue('#main')).toBeUndefined();
  });

  it('refuses to make a link longer than the limit', async () => {
    // Notes that do not compress (random text), on every step.
    let seed = 7;
    const noise = () => Array.from({ length: 2000 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 16807) % 2147483647) % 2000))).join('');
    const big: Handover = { ...handover, notes: Object.fromEntries(guideSteps('5.7.705').map((step) => [step, { text: noise(), at }])) };
    expect(await encodeHandover(big)).toBeUndefined();
  });

  it('refuses too long, undecodable and wrong-shape fragments', async () => {
    expect(await decodeHandover('A'.repeat(MAX_FRAGMENT_CHARS + 1), now)).toEqual({ ok: false, problem: 'too-long' });
    expect(await decodeHandover('not base64!', now)).toEqual({ ok: false, problem: 'undecodable' });
    expect(await decodeHandover('', now)).toEqual({ ok: false, problem: 'undecodable' });
    expect(await decodeHandover('AAAAAAAA', now)).toEqual({ ok: false, problem: 'undecodable' });
    expect(await decodeHandover(await packJson('{"format":'), now)).toEqual({ ok: false, problem: 'undecodable' });
    expect(await decodeHandover(await packJson('[1,2,3]'), now)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(await decodeHandover(await packJson(valid({ code: '9.9.9' })), now)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(await decodeHandover(await packJson(valid({ progress: { 'no-such-step': { done: true, at } } })), now)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(await decodeHandover(await packJson(valid({ progress: { [first]: { done: 'yes', at } } })), now)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(await decodeHandover(await packJson(valid({ extra: 1 })), now)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(await decodeHandover(await packJson(valid({ case: { bounce: { recipients: 'x' } } })), now)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(await decodeHandover(await packJson(valid()), now)).toMatchObject({ ok: true });
  });

  it('refuses a bomb: a small fragment that inflates past the limit', async () => {
    const bomb = await packJson(valid({ notes: { [first]: { text: ' '.repeat(1_000_000), at } } }));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(await decodeHandover(bomb, now)).toEqual({ ok: false, problem: 'too-long' });
  });

  it('refuses hostile fragments: prototype keys at any depth, markup in any text', async () => {
    for (const json of [
      '{"__proto__":{"polluted":true},"format":"ndr-handover/1","code":"5.7.705","progress":{},"notes":{},"case":{}}',
      valid({ progress: { constructor: { prototype: { polluted: true } } } }),
      valid({ notes: { [first]: { text: '<img src=x onerror=alert(1)>', at } } }),
      valid({ case: { contact: { at, tenant: '<script>alert(1)</script>', contact: '' } } }),
      valid({ notes: { [first]: { text: 'see javascript:alert(1)', at } } }),
    ]) {
      expect(await decodeHandover(await packJson(json), now)).toEqual({ ok: false, problem: 'hostile' });
    }
  });

  it('tells markup from an address in angle brackets', () => {
    expect(looksLikeMarkup('Alice Wu <alice@contoso.com>')).toBe(false);
    expect(looksLikeMarkup('a < b and c > d')).toBe(false);
    expect(looksLikeMarkup('<b>bold</b>')).toBe(true);
    expect(looksLikeMarkup('<svg onload=x>')).toBe(true);
    expect(looksLikeMarkup('<IFRAME src=//x>')).toBe(true);
    // Any tag with an event handler, whatever its name; an element's tag with "<" among its attributes.
    expect(looksLikeMarkup('<x onmouseover=alert(1)>')).toBe(true);
    expect(looksLikeMarkup('<UPN onfocus=alert(1) autofocus>')).toBe(true);
    expect(looksLikeMarkup('<img src=x<y>')).toBe(true);
    // Unclosed tags only: nothing to refuse.
    expect(looksLikeMarkup('<b '.repeat(1000))).toBe(false);
  });

  it('never takes a placeholder of the guides\' commands for markup', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const steps = new URL('../../../locales/content/steps/', import.meta.url);
    const placeholders = new Set(
      readdirSync(steps).flatMap((step) => [...readFileSync(new URL(`${step}/en.md`, steps), 'utf8').matchAll(/<[A-Za-z][A-Za-z0-9-]*>/g)].map((match) => match[0])),
    );
    expect(placeholders.size).toBeGreaterThan(3);
    expect([...placeholders].filter(looksLikeMarkup)).toEqual([]);
  });

  it('lets a note quote the guides\' commands, placeholders and all', async () => {
    const text = 'Ran Connect-ExchangeOnline -UserPrincipalName <UPN>, then Get-HostedOutboundSpamFilterPolicy -Identity "<PolicyName>"';
    expect(looksLikeMarkup(text)).toBe(false);
    const json = valid({ notes: { [first]: { text, at } } });
    expect(await decodeHandover(await packJson(json), now)).toMatchObject({ ok: true, handover: { notes: { [first]: { text } } } });
  });

  it('reads a link whose "-" and "_" a chat tool percent-encoded, and refuses a broken escape', async () => {
    const fragment = await packJson(valid());
    const escaped = fragment.replace(/-/g, '%2D').replace(/_/g, '%5F');
    expect(escaped).not.toBe(fragment);
    expect(await decodeHandover(escaped, now)).toEqual(await decodeHandover(fragment, now));
    expect(await decodeHandover(`${fragment}%E0%A4%A`, now)).toEqual({ ok: false, problem: 'undecodable' });
  });
});

describe('a case with a support request and with markup', () => {
  it('carries a step’s support request (day and case number) to the colleague', async () => {

    const handover = { code: '5.7.705' as const, progress: { 'contact-support': { done: false, at, requested: { on: '2026-11-20', caseNumber: '2611200040001234' } } }, notes: {}, case: {} };
    const value = await encodeHandover(handover);
    const result = await decodeHandover(value!, now);
    expect(result).toEqual({ ok: true, handover });
  });

  it('refuses a request whose day does not exist', async () => {

    const value = await encodeHandover({ code: '5.7.705', progress: { 'contact-support': { done: false, at, requested: { on: '2026-02-31', caseNumber: '' } } }, notes: {}, case: {} });
    expect(await decodeHandover(value!, now)).toEqual({ ok: false, problem: 'wrong-shape' });
  });

  it('tells before a link is made that a note holds markup the colleague’s browser would refuse', () => {

    expect(holdsMarkup({ code: '5.7.705', progress: {}, notes: { 'enable-mfa': { text: 'see <b>this</b>', at } }, case: {} })).toBe(true);
    expect(holdsMarkup({ code: '5.7.705', progress: {}, notes: { 'enable-mfa': { text: 'mail from <alex@contoso.com>', at } }, case: {} })).toBe(false);
  });
});
