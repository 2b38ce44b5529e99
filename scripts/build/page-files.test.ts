import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files';

describe('pageFiles', () => {
  it('writes a page whose URL ends in a slash as its directory’s index only', () => {
    expect(pageFiles('/')).toEqual(['index.html']);
    expect(pageFiles('/ja/')).toEqual(['ja/index.html']);
    expect(pageFiles('/ja/5.7.750/')).toEqual(['ja/5.7.750/index.html']);
  });

  it('writes a step both as name.html and as name/index.html', () => {
    expect(pageFiles('/ja/5.7.750/review-connectors')).toEqual(['ja/5.7.750/review-connectors.html', 'ja/5.7.750/review-connectors/index.html']);
  });

  it('refuses a relative path', () => {
    expect(() => pageFiles('ja/')).toThrow(/site root/);
  });
});
