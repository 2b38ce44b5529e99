import { describe, expect, it } from 'vitest';
import { GUIDE_CODES, guideSteps } from '../domain/guides';
import { catalogOfPath, everyUrl, GUIDE_PAGE_SEGMENTS, paths, withCanonicalLanguage } from './paths';

describe('the case pages in the page model', () => {
  it('no step id is one of the fixed segments under a guide', () => {
    for (const code of GUIDE_CODES) for (const step of guideSteps(code)) expect(Object.values<string>(GUIDE_PAGE_SEGMENTS)).not.toContain(step);
  });

  it('every guide has a summary and a "not the admin" page in every language, reading its guide catalog', () => {
    const urls = everyUrl().map((url) => url.path);
    for (const code of GUIDE_CODES) {
      expect(urls).toContain(paths.summary('ja', code));
      expect(urls).toContain(paths.notAdmin('de', code));
    }
    expect(paths.summary('ja', '5.7.750')).toBe('/ja/5.7.750/summary');
    expect(catalogOfPath('/ja/5.7.750/summary')).toEqual({ kind: 'guide', code: '5.7.750' });
    expect(catalogOfPath('/ja/5.7.750/not-admin')).toEqual({ kind: 'guide', code: '5.7.750' });
  });

  it('a step is a step with the slash a directory server adds, and nothing deeper is a page', () => {
    expect(catalogOfPath('/ja/5.7.750/review-connectors/')).toEqual({ kind: 'step', id: 'review-connectors' });
    expect(catalogOfPath('/ja/5.7.750/review-connectors')).toEqual({ kind: 'step', id: 'review-connectors' });
    expect(catalogOfPath('/ja/5.7.750/')).toEqual({ kind: 'guide', code: '5.7.750' });
    expect(catalogOfPath('/ja/5.7.750')).toEqual({ kind: 'guide', code: '5.7.750' });
    expect(catalogOfPath('/ja/')).toEqual({ kind: 'home' });
    expect(catalogOfPath('/ja/5.7.750/review-connectors/more')).toBeUndefined();
    expect(catalogOfPath('/ja/5.7.750/nope/')).toBeUndefined();
  });
});

describe('a language segment in another case', () => {
  it('is written as the app writes it, the rest of the path unchanged', () => {
    expect(withCanonicalLanguage('/zh-CN/5.7.750/review-connectors')).toBe('/zh-cn/5.7.750/review-connectors');
    expect(withCanonicalLanguage('/EN/')).toBe('/en/');
    expect(withCanonicalLanguage('/Ja')).toBe('/ja');
    expect(withCanonicalLanguage('/zh-cn/5.7.750/')).toBeUndefined();
    expect(withCanonicalLanguage('/xx/5.7.750/')).toBeUndefined();
    expect(withCanonicalLanguage('/5.7.750/')).toBeUndefined();
  });
});
