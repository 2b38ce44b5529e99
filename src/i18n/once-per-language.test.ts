import { describe, expect, it } from 'vitest';
import { oncePerLanguage } from './once-per-language';

describe('oncePerLanguage', () => {
  it('loads each language once, sharing a load still under way', async () => {
    const calls: string[] = [];
    const load = oncePerLanguage(async (lang) => {
      calls.push(lang);
      return lang.toUpperCase();
    });
    const [a, b] = await Promise.all([load('ja'), load('ja')]);
    expect([a, b, await load('ja'), await load('fr')]).toEqual(['JA', 'JA', 'JA', 'FR']);
    expect(calls).toEqual(['ja', 'fr']);
  });

  it('tries again after a failure (offline, a chunk gone after a deploy)', async () => {
    let attempts = 0;
    const load = oncePerLanguage(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return 'loaded';
    });
    await expect(load('de')).rejects.toThrow('offline');
    expect(await load('de')).toBe('loaded');
    expect(attempts).toBe(2);
  });
});
