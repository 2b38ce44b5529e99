import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedDocUrl } from '../../src/domain/docs-url';
import { linkEvidence } from './link-evidence';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the link registry', () => {
  const links = linkEvidence(root);

  it('backs every link with evidence that the page lives there today', () => {
    expect(links.filter((link) => link.evidence.length === 0).map((link) => link.id)).toEqual([]);
  });

  it('points only to https pages on Microsoft hosts, support articles under /troubleshoot/exchange/', () => {
    for (const link of links) expect(isAllowedDocUrl(link.url), link.id).toBe(true);
    expect(links.filter((link) => link.url.includes('/exchange/troubleshoot/')).map((link) => link.id)).toEqual([]);
  });
});
