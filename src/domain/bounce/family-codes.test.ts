import { describe, expect, it } from 'vitest';
import { analyzeBounce } from './analyze-bounce';
import { FAMILY_CODES, isFamilyCode } from './family-codes';

/** Each family code in the form Microsoft quotes its NDR (guidance reference, codes.json). */
const MICROSOFT_FORMS: Record<(typeof FAMILY_CODES)[number], string> = {
  '5.7.703': "Remote Server returned '550 5.7.703 Your message can't be delivered because messages to XXX, YYY are blocked by your organization using Tenant Allow Block List.'",
  '5.7.705': "Remote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold'",
  '5.7.708': "Remote Server returned '550 5.7.708 Access denied, traffic not accepted from this IP'",
  '5.7.750': "Remote Server returned '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'",
  '5.1.8':
    "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email. Contact your email admin for assistance. Remote Server returned '550 5.1.8 Access denied, bad outbound sender.",
  '5.7.711': "Remote Server returned '550;5.7.711 Access denied, bad inbound connector. AS(2204).'",
  '5.7.233': "550 5.7.233 Your message can't be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit).",
};

describe('family codes', () => {
  it.each(FAMILY_CODES.map((code) => [code]))('recognises %s in Microsoft’s NDR wording, as the only reason', (code) => {
    expect(isFamilyCode(code)).toBe(true);
    const analysis = analyzeBounce(MICROSOFT_FORMS[code]);
    expect(analysis.codes.map((c) => `${c.code} ${c.role}`)).toEqual([`${code} reason`]);
    expect(analysis.codes[0].replyLine).toContain(code);
  });

  it('is not fooled by neighbours', () => {
    expect(isFamilyCode('5.7.7')).toBe(false);
    expect(isFamilyCode('5.7.7050')).toBe(false);
    expect(isFamilyCode('4.7.705')).toBe(false);
  });
});
