import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/domain/languages';
import { compileContent, type CompileResult } from './compile-content';
import { ImportError } from './import-error';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let result: CompileResult;

beforeAll(() => {
  result = compileContent(root);
});

/** A scratch copy of the project's locales with one content file changed. */
function scratchWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ndr-content-'));
  cpSync(join(root, 'locales'), join(dir, 'locales'), { recursive: true });
  const path = join(dir, 'locales', 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function failure(dir: string): ImportError {
  try {
    compileContent(dir);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the compile did not fail');
}

describe('the compiled content', () => {
  it('keeps the two published guides with all seven of their original steps', () => {
    for (const code of ['5.7.705', '5.7.750']) {
      const guide = result.model.guides.find((candidate) => candidate.code === code)!;
      for (const step of ['change-admin-passwords', 'enable-mfa', 'register-domains', 'review-connectors', 'check-compromised-accounts', 'secure-on-premises-servers', 'contact-support']) {
        expect(guide.steps, `${code} ${step}`).toContain(step);
      }
    }
  });

  it('orders each guide by what resolves most cases first', () => {
    const steps = (code: string) => result.model.guides.find((guide) => guide.code === code)!.steps;
    // 5.7.750: adding and validating every sending domain is Microsoft's most common fix; Support comes last.
    expect(steps('5.7.750')[0]).toBe('register-domains');
    expect(steps('5.7.750').at(-1)).toBe('contact-support');
    // 5.7.705: fix the cause first, then ask Support to remove the block.
    expect(steps('5.7.705').at(-1)).toBe('contact-support');
    expect(steps('5.7.705').indexOf('check-compromised-accounts')).toBeLessThan(steps('5.7.705').indexOf('contact-support'));
    // 5.1.8: secure the account before unblocking it.
    expect(steps('5.1.8').indexOf('check-compromised-accounts')).toBeLessThan(steps('5.1.8').indexOf('unblock-user'));
    // 5.7.711: investigate before unblocking the connector.
    expect(steps('5.7.711').indexOf('investigate-connector-alert')).toBeLessThan(steps('5.7.711').indexOf('unblock-connector'));
  });

  it('marks the steps that ask Microsoft Support to act, from their step files', () => {
    // Both record a request and wait for Support: asking for the block to be lifted, and 5.7.708's IP exception.
    expect(result.model.supportRequests.sort()).toEqual(['contact-support', 'request-ip-exception']);
    expect(result.model.guides.find((guide) => guide.code === '5.7.708')!.steps).toContain('request-ip-exception');
    const dir = scratchWith('steps/enable-mfa/step.json', (text) => text.replace('{', '{ "outcome": "someone-else",'));
    expect(failure(dir).message).toMatch(/outcome "someone-else"/);
  });

  it('shares one step between guides: the same text under each', () => {
    const users = result.model.guides.filter((guide) => guide.steps.includes('check-compromised-accounts')).map((guide) => guide.code);
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(result.languages.ja.steps['check-compromised-accounts'].title.length).toBeGreaterThan(3);
  });

  it('records where every paragraph came from', () => {
    for (const lang of LANGUAGES) {
      const catalogs = [...Object.values(result.languages[lang].guides), ...Object.values(result.languages[lang].steps)];
      for (const catalog of catalogs) for (const [id, block] of Object.entries(catalog.blocks)) expect(['article', 'corrected', 'translated', 'written'], `${lang} ${id}`).toContain(block.source.kind);
    }
    const written = result.languages.en.steps['unblock-user'].blocks['unblock-user/where'].source;
    expect(written.kind).toBe('written');
    if (written.kind === 'written') expect(written.sources[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$|^$/) });
    expect(result.languages.de.steps['unblock-user'].blocks['unblock-user/where'].source).toEqual({ kind: 'translated', from: 'project' });
  });

  it('names each page once among a paragraph’s sources, with its newer date', () => {
    let shared = 0;
    for (const lang of LANGUAGES) {
      const catalogs = [...Object.values(result.languages[lang].guides), ...Object.values(result.languages[lang].steps)];
      for (const catalog of catalogs) {
        for (const [id, block] of Object.entries(catalog.blocks)) {
          const refs = 'sources' in block.source ? (block.source.sources ?? []) : [];
          const pages = refs.flatMap((ref) => (ref.href ? [ref.href] : []));
          expect(new Set(pages).size, `${lang} ${id}`).toBe(pages.length);
        }
      }
    }
    // The 5.7.750 alerts paragraph cites the alert-policy page twice (Microsoft's file of 2025 and the rendered page of 2026).
    const alerts = result.languages.en.guides['5.7.750'].blocks['5.7.750/alerts'].source;
    if (alerts.kind === 'written') shared = alerts.sources.filter((ref) => ref.title === 'Alert policies in the Microsoft Defender portal').length;
    expect(shared).toBe(1);
    expect(alerts.kind === 'written' && alerts.sources.find((ref) => ref.title === 'Alert policies in the Microsoft Defender portal')?.date).toBe('2026-08-03');
  });

  it('keeps a corrected paragraph’s reason and its English original', () => {
    const corrected = result.languages.ja.steps['contact-support'].blocks['step.contact-support'];
    expect(corrected.source).toMatchObject({ kind: 'corrected', locale: 'ja-JP', reason: expect.stringMatching(/\w/) });
    expect(JSON.stringify(result.languages.ja.originals['step-contact-support']['step.contact-support'])).toMatch(/Support/);
  });

  it('has every translated block of commands name the English block’s sources, with pages in its own language', () => {
    let checked = 0;
    for (const lang of LANGUAGES.filter((other) => other !== 'en')) {
      for (const [name, step] of Object.entries(result.languages[lang].steps)) {
        for (const [id, block] of Object.entries(step.blocks)) {
          const english = result.languages.en.steps[name].blocks[id].source;
          if (block.source.kind !== 'translated' || english.kind !== 'written' || !block.content.some((flow) => flow.type === 'code')) continue;
          checked += 1;
          expect(block.source.sources?.map((ref) => ref.id), `${lang} ${id}`).toEqual(english.sources.map((ref) => ref.id));
          for (const ref of block.source.sources ?? []) if (ref.href) expect(ref.href, `${lang} ${id}`).toContain(`/${LANGUAGE_INFO[lang].docsLocale}/`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('keeps commands verbatim English in every language', () => {
    const commands = (lang: (typeof LANGUAGES)[number]) =>
      Object.values(result.languages[lang].steps).flatMap((step) => Object.values(step.blocks).flatMap((block) => block.content.filter((flow) => flow.type === 'code')));
    expect(commands('en').length).toBeGreaterThan(10);
    for (const lang of LANGUAGES) expect(commands(lang)).toEqual(commands('en'));
  });
});

describe('bad content stops the build with its file and line', { timeout: 60_000 }, () => {
  it('a translation that lacks a block of its English file', () => {
    const error = failure(scratchWith('steps/unblock-user/fr.md', (text) => text.replace(/## where[\s\S]*?(?=\n## )/, '')));
    expect(error.file).toMatch(/unblock-user\/fr\.md$/);
    expect(error.reason).toMatch(/lacks block where/);
  });

  it('a translated command', () => {
    const error = failure(scratchWith('steps/unblock-user/de.md', (text) => text.replace('Get-BlockedSenderAddress', 'Hole-BlockedSenderAddress')));
    expect(error.reason).toMatch(/commands .* differ from the English/);
  });

  it('a link outside the registry, a source nobody named, a correction without a reason', () => {
    expect(failure(scratchWith('steps/unblock-user/en.md', (text) => text.replace(/\(doc:[a-z0-9-]+\)/, '(doc:no-such-page)'))).reason).toMatch(/not in the link registry/);
    const unnamed = failure(scratchWith('steps/unblock-user/en.md', (text) => text.replace(/^sources: .*$/m, 'sources: [NOBODY]').replace(/\{sources="[^"]*"\}/g, '')));
    expect(unnamed.reason).toMatch(/source "NOBODY" is not in/);
    const bare = failure(scratchWith('steps/contact-support/ja.md', (text) => text.replace(/\{corrects="[^"]*"\}/, '')));
    expect(bare.reason).toMatch(/needs \{corrects=/);
    expect(bare.line).toBeGreaterThan(0);
  });
});
