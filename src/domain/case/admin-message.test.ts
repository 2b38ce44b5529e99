import { describe, expect, it } from 'vitest';
import { DETAIL_LABELS } from './test-labels';
import { buildAdminMessage, mailtoHref, MAX_MAILTO_LENGTH, type MessageLabels } from './admin-message';

const labels: MessageLabels = {
  subject: 'Bounce 5.7.705: mail cannot be sent',
  intro: 'Hello, my mail bounced.',
  code: 'Code',
  ndrLine: 'NDR line',
  ...DETAIL_LABELS,
  guide: 'Guide for the admin',
  closing: 'Thank you.',
  shortened: '(Shortened: ask me for the whole message.)',
};
const at = '2026-11-20T10:00:00.000Z';
const bounce = { at, replyLine: "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains AS(2204)", asId: 'AS(2204)', reportingServer: 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com', date: 'Mon, 20 Nov 2026 10:00:00 +0000', sender: 'alice@contoso.com', recipients: ['alex@fabrikam.com', 'bo@fabrikam.com'] };
const input = { code: '5.7.750', ndrLines: ['550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'], bounce, guideUrl: 'https://ndr.example/en/5.7.750/' };

describe('message for the admin', () => {
  it('carries the code, the verbatim NDR line and every detail found', () => {
    const { subject, body } = buildAdminMessage(input, labels);
    expect(subject).toBe(labels.subject);
    expect(body).toContain('Code: 5.7.750');
    expect(body).toContain('NDR line: 550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains');
    expect(body).toContain('Microsoft identifier: AS(2204)');
    expect(body).toContain('Reporting server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com');
    expect(body).toContain('Date: Mon, 20 Nov 2026 10:00:00 +0000');
    expect(body).toContain('Sender: alice@contoso.com');
    expect(body).toContain('Recipients: alex@fabrikam.com, bo@fabrikam.com');
    expect(body).toContain('Guide for the admin: https://ndr.example/en/5.7.750/');
  });

  it('without a pasted bounce says only what the guide knows', () => {
    const { body } = buildAdminMessage({ ...input, bounce: undefined }, labels);
    expect(body).toContain('NDR line: 550 5.7.750');
    expect(body).not.toContain('Sender');
  });

  it('makes a mailto: link that opens whole, and decodes back to the message', () => {
    const message = buildAdminMessage(input, labels);
    const { href, shortened } = mailtoHref(message, labels.shortened);
    expect(shortened).toBe(false);
    expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('body')).toBe(message.body);
    expect(url.searchParams.get('subject')).toBe(message.subject);
  });

  it('cuts a message too long for a mailto: link at a line end, and says so', () => {
    const many = { ...bounce, recipients: Array.from({ length: 50 }, (_, i) => `person${i}@fabrikam.com`) };
    const message = buildAdminMessage({ ...input, bounce: many, ndrLines: [...input.ndrLines, 'x'.repeat(900)] }, { ...labels, intro: '日本語の説明。'.repeat(40) });
    const { href, shortened } = mailtoHref(message, labels.shortened);
    expect(shortened).toBe(true);
    expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    const body = new URL(href).searchParams.get('body')!;
    expect(body.endsWith(labels.shortened)).toBe(true);
    expect(message.body.startsWith(body.slice(0, body.length - labels.shortened.length).trimEnd())).toBe(true);
  });
});
