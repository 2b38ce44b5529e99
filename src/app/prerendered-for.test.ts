import { describe, expect, it } from 'vitest';
import { canHydrate } from './prerendered-for';

const step = { path: '/ja/5.7.750/review-connectors', htmlLang: 'ja' };

describe('canHydrate', () => {
  it('hydrates the page prerendered for this address and language, with or without a trailing slash', () => {
    expect(canHydrate(step, step)).toBe(true);
    expect(canHydrate(step, { ...step, path: `${step.path}/` })).toBe(true);
    expect(canHydrate({ path: '/de/5.7.705/', htmlLang: 'de' }, { path: '/de/5.7.705', htmlLang: 'de' })).toBe(true);
  });

  it('renders afresh where a host answered with another page’s file', () => {
    // An SPA fallback to /index.html, and 404.html for an unknown address.
    expect(canHydrate({ path: '/', htmlLang: 'en' }, { path: '/en/5.7.705/review-connectors', htmlLang: 'en' })).toBe(false);
    expect(canHydrate({ path: '/404', htmlLang: 'en' }, { path: '/en/5.7.705/nope', htmlLang: 'en' })).toBe(false);
    expect(canHydrate({}, step)).toBe(false);
  });

  it('renders afresh when the app starts in another language than the page was prerendered in', () => {
    // "/" is prerendered in English; a Japanese browser starts the app in Japanese.
    expect(canHydrate({ path: '/', htmlLang: 'en' }, { path: '/', htmlLang: 'ja' })).toBe(false);
    expect(canHydrate({ path: '/zh-cn/', htmlLang: 'zh-CN' }, { path: '/zh-cn/', htmlLang: 'zh-CN' })).toBe(true);
  });

  it('renders afresh, without throwing, for an address written differently or malformed', () => {
    expect(canHydrate(step, { ...step, path: '/ja/5.7.750/review%2Dconnectors' })).toBe(false);
    expect(canHydrate(step, { path: '/en/%zz', htmlLang: 'en' })).toBe(false);
  });
});
