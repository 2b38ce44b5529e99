import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import { plainText } from '../../src/domain/rich-text';
import { importArticleBlocks, type ArticleImport, type ImportedBlock } from './article-blocks';
import { ImportError } from './import-error';
import { LinkResolver, type Registry } from './link-registry';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sources = join(root, 'locales', 'sources');
const NDR_LINES: Record<string, string[]> = {
  '5.7.705': ['550 5.7.705 Access denied, tenant has exceeded threshold'],
  '5.7.750': ['550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'],
};
let result: ArticleImport;

function importFrom(sourcesDir: string): ArticleImport {
  const file = join(sourcesDir, 'doc-links.json');
  const links = new LinkResolver(JSON.parse(readFileSync(file, 'utf8')) as Registry, file);
  return importArticleBlocks(sourcesDir, links, (section) => NDR_LINES[section]);
}

beforeAll(() => {
  result = importFrom(sources);
});

const block = (lang: Lang, id: string): ImportedBlock => result.blocks[lang].get(id)!;
const text = (lang: Lang, id: string) => plainText(block(lang, id).text);
const reportOf = (locale: string) => result.reports.find((report) => report.locale === locale)!;

describe('alignment of the five translations', () => {
  it('keeps a single register-domains step for de although the article lists it twice', () => {
    const de = reportOf('de-DE');
    expect(de.duplicates).toEqual([{ id: 'step.register-domains', lines: [56, 60] }]);
    expect(de.aligned.filter((block) => block.id === 'step.register-domains')).toHaveLength(1);
    expect(text('de', 'step.register-domains')).toMatch(/^Stellen Sie sicher, dass alle Ihre e-Mail-Domänen registriert sind\./);
  });

  it('takes sv change-admin-passwords from the Swedish article itself', () => {
    const sv = block('sv', 'step.change-admin-passwords');
    expect(plainText(sv.text)).toBe(
      'Ändra lösenordet för dina administratörskonton. Om en klient har blockerats från att skicka är det mest troligt att ett administratörskonto komprometterades. Att ändra lösenord är det första steget för att förhindra att angriparen gör mer skada.',
    );
    expect(sv.source).toEqual({ kind: 'article', locale: 'sv-SE', locfileid: '42810738', date: '2020-01-29', revision: 'newest', machineTranslated: true });
  });

  it('takes ja review-connectors from the June 2019 revision and says so', () => {
    const ja = block('ja', 'step.review-connectors');
    expect(plainText(ja.text)).toContain('異常なコネクタを探します。');
    expect(ja.source).toEqual({ kind: 'article', locale: 'ja-JP', locfileid: '34865512', date: '2019-06-11', revision: 'older', machineTranslated: true });
    expect(plainText(ja.english)).toContain('Malicious actors will often create new inbound connectors in your Office 365 tenant');
  });

  it('fills zh change-admin-passwords with a project translation and says so', () => {
    const zh = block('zh-cn', 'step.change-admin-passwords');
    expect(zh.source).toEqual({ kind: 'translated', from: 'article' });
    expect(plainText(zh.text)).toMatch(/^更改管理员帐户的密码。/);
    expect(plainText(zh.english)).toMatch(/^Change the password for your admin accounts\./);
    expect(reportOf('zh-CN').missing).toEqual(['step.change-admin-passwords']);
  });

  it('finds zh steps by their English original, not by their place in the article', () => {
    // zh-CN lists "register domains" first and MFA fourth; each still lands in its own block.
    expect(text('zh-cn', 'step.enable-mfa')).toContain('启用 MFA');
    expect(text('zh-cn', 'step.register-domains')).toContain('域');
  });

  it('drops the machine-translated NDR lines of ja and fr', () => {
    expect(reportOf('ja-JP').droppedNdrLines).toEqual([34, 46, 46]);
    expect(reportOf('fr-FR').droppedNdrLines).toEqual([34, 46, 46]);
  });

  it('marks the German tip, whose English differs from the newest revision, as older wording', () => {
    expect(block('de', 'step.secure-on-premises-servers.tip').source).toMatchObject({ revision: 'older', locale: 'de-DE' });
    expect(plainText(block('de', 'step.secure-on-premises-servers.tip').english)).toContain('all of your outgoing email is now legitimate');
  });
});

describe.each(LANGUAGES)('imported paragraphs in %s', (lang) => {
  const blocks = () => [...result.blocks[lang].values()];

  it('has every paragraph of the article model, with text', () => {
    expect(result.blocks[lang].size).toBe(result.blocks.en.size);
    for (const [id, imported] of result.blocks[lang]) expect(plainText(imported.text).length, id).toBeGreaterThan(1);
  });

  it('links only to learn.microsoft.com in its own docs locale', () => {
    const hrefs = blocks()
      .flatMap((imported) => [...imported.text, ...imported.english])
      .flatMap((node) => (node.type === 'link' ? [node.href] : []));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href.startsWith(`https://learn.microsoft.com/${LANGUAGE_INFO[lang].docsLocale}/`), href).toBe(true);
    expect(JSON.stringify(blocks())).not.toMatch(/docs\.microsoft\.com|support\.office\.com|\.md["#)]/);
  });

  it('has no span, markdown or HTML remnants', () => {
    for (const imported of blocks()) {
      for (const rich of [imported.text, imported.english]) {
        for (const node of rich) expect(node.value).not.toMatch(/<|>|\]\(|\[!|data-ttu|sxs-lookup|\*\*|\s{2}/);
        expect(plainText(rich)).toBe(plainText(rich).trim());
      }
    }
  });

  it('never quotes an NDR line translated', () => {
    // "550 5.7.7xx" in the introduction is fine; a quoted NDR line is not.
    for (const imported of blocks()) expect(plainText(imported.text)).not.toMatch(/5\.7\.(705|750) /);
  });

  it('keeps an English original for every paragraph', () => {
    for (const imported of blocks()) expect(plainText(imported.english)).toMatch(/[A-Za-z]{3}/);
  });
});

describe('bad input', { timeout: 60_000 }, () => {
  function scratchWith(locale: string, edit: (article: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'ndr-import-'));
    cpSync(join(root, 'locales'), join(dir, 'locales'), { recursive: true });
    const file = join(dir, 'locales', 'sources', 'articles', `${locale}.md`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  }

  function lineOf(locale: string, snippet: string): number {
    const lines = readFileSync(join(sources, 'articles', `${locale}.md`), 'utf8').split('\n');
    return lines.findIndex((line) => line.includes(snippet)) + 1;
  }

  function importError(dir: string): ImportError {
    try {
      importFrom(join(dir, 'locales', 'sources'));
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error('the import did not fail');
  }

  it('fails with file and line when an English original is missing', () => {
    const dir = scratchWith('de-DE', (article) =>
      article.replace('<span class="sxs-lookup"><span data-stu-id="b6097-116">For example:</span></span>', ''),
    );
    const error = importError(dir);
    expect(error.file).toMatch(/de-DE\.md$/);
    expect(error.line).toBe(lineOf('de-DE', 'b6097-116'));
    expect(error.reason).toMatch(/b6097-116 has no English original/);
  });

  it('fails with file and line on unbalanced spans', () => {
    const dir = scratchWith('ja-JP', (article) => article.replace('<span data-ttu-id="8edd8-120">未登録のドメインに関する問題</span>', '<span data-ttu-id="8edd8-120">未登録のドメインに関する問題'));
    const error = importError(dir);
    expect(error.file).toMatch(/ja-JP\.md$/);
    expect(error.line).toBe(lineOf('ja-JP', '8edd8-120'));
  });

  it('fails with file and line on an unknown section', () => {
    const dir = scratchWith('fr-FR', (article) => article.replace('<a name="for-more-information">', '<a name="see-also">'));
    const error = importError(dir);
    expect(error.line).toBe(lineOf('fr-FR', 'for-more-information'));
    expect(error.reason).toMatch(/unknown section "see-also"/);
  });

  it('leaves the committed catalogs untouched when the script fails', () => {
    const dir = scratchWith('sv-SE', (article) => article.replace('data-stu-id="b98de-129"', 'data-stu-id="b98de-999"'));
    const catalog = join(dir, 'locales', 'generated', 'sv', 'guide-5.7.705.json');
    const before = readFileSync(catalog, 'utf8');
    let output = '';
    try {
      execFileSync('npx', ['tsx', join(root, 'scripts/content/build-content.ts'), '--root', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr: string }).stderr);
    }
    expect(output).toMatch(/sv-SE\.md:\d+: .*b98de-999/);
    expect(output).toMatch(/Nothing was written/);
    expect(readFileSync(catalog, 'utf8')).toBe(before);
  });
});
