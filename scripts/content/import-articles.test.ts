import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDES, OVERVIEW_BLOCKS, RELATED_PAGES, STEP_BLOCKS, STEP_IDS, } from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/domain/languages';
import { plainText } from '../../src/domain/rich-text';
import { buildCatalogs, type BuildResult, type ImportedCatalog } from './build-catalogs';
import { catalogFiles, catalogPath } from './catalog-files';
import { ImportError } from './import-error';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sources = join(root, 'locales', 'sources');
let result: BuildResult;

beforeAll(() => {
  result = buildCatalogs(sources);
});

const text = (catalog: ImportedCatalog, id: keyof ImportedCatalog['blocks']) => plainText(catalog.blocks[id].text);
const reportOf = (locale: string) => result.reports.find((report) => report.locale === locale)!;

describe('committed catalogs', () => {
  it.each(LANGUAGES)('%s matches what the importer produces from the sources now', (lang) => {
    for (const [path, text] of catalogFiles(root, lang, result.catalogs[lang])) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });
});

describe('alignment of the five translations', () => {
  it('keeps a single register-domains step for de although the article lists it twice', () => {
    const de = reportOf('de-DE');
    expect(de.duplicates).toEqual([{ id: 'step.register-domains', lines: [56, 60] }]);
    expect(de.aligned.filter((block) => block.id === 'step.register-domains')).toHaveLength(1);
    expect(text(result.catalogs.de, 'step.register-domains')).toMatch(/^Stellen Sie sicher, dass alle Ihre e-Mail-Domänen registriert sind\./);
  });

  it('takes sv change-admin-passwords from the Swedish article itself', () => {
    const block = result.catalogs.sv.blocks['step.change-admin-passwords'];
    expect(plainText(block.text)).toBe(
      'Ändra lösenordet för dina administratörskonton. Om en klient har blockerats från att skicka är det mest troligt att ett administratörskonto komprometterades. Att ändra lösenord är det första steget för att förhindra att angriparen gör mer skada.',
    );
    expect(block.source).toEqual({ kind: 'article', locale: 'sv-SE', locfileid: '42810738', date: '2020-01-29', revision: 'newest', machineTranslated: true });
  });

  it('takes ja review-connectors from the June 2019 revision and says so', () => {
    const block = result.catalogs.ja.blocks['step.review-connectors'];
    expect(plainText(block.text)).toContain('異常なコネクタを探します。');
    expect(block.source).toEqual({ kind: 'article', locale: 'ja-JP', locfileid: '34865512', date: '2019-06-11', revision: 'older', machineTranslated: true });
    expect(plainText(block.english)).toContain('Malicious actors will often create new inbound connectors in your Office 365 tenant');
  });

  it('fills zh change-admin-passwords with a project translation and says so', () => {
    const block = result.catalogs['zh-cn'].blocks['step.change-admin-passwords'];
    expect(block.source).toEqual({ kind: 'project' });
    expect(plainText(block.text)).toMatch(/^更改管理员帐户的密码。/);
    expect(plainText(block.english)).toMatch(/^Change the password for your admin accounts\./);
    expect(reportOf('zh-CN').missing).toEqual(['step.change-admin-passwords']);
  });

  it('orders zh steps by the model, not by the article', () => {
    // zh-CN lists "register domains" first and MFA fourth; the model's order wins.
    const zh = result.catalogs['zh-cn'];
    expect(STEP_IDS.map((step) => zh.stepTitles[step])[1]).toBe('为管理员启用多重身份验证');
    expect(text(zh, 'step.enable-mfa')).toContain('启用 MFA');
  });

  it('drops the machine-translated NDR lines of ja and fr', () => {
    expect(reportOf('ja-JP').droppedNdrLines).toEqual([34, 46, 46]);
    expect(reportOf('fr-FR').droppedNdrLines).toEqual([34, 46, 46]);
  });

  it('marks the German tip, whose English differs from the newest revision, as older wording', () => {
    expect(result.catalogs.de.blocks['step.secure-on-premises-servers.tip'].source).toMatchObject({ revision: 'older', locale: 'de-DE' });
    expect(plainText(result.catalogs.de.blocks['step.secure-on-premises-servers.tip'].english)).toContain('all of your outgoing email is now legitimate');
  });
});

describe.each(LANGUAGES)('catalog %s', (lang) => {
  const catalog = () => result.catalogs[lang];

  it('has both overviews and all seven steps of both codes, with text', () => {
    for (const guide of Object.values(GUIDES)) {
      expect(guide.steps).toEqual(STEP_IDS);
      for (const id of OVERVIEW_BLOCKS[guide.code]) expect(text(catalog(), id).length).toBeGreaterThan(5);
    }
    for (const step of STEP_IDS) {
      expect(catalog().stepTitles[step].length).toBeGreaterThan(3);
      for (const id of STEP_BLOCKS[step].body) expect(text(catalog(), id).length).toBeGreaterThan(10);
    }
    for (const page of RELATED_PAGES) expect(text(catalog(), page.block).length).toBeGreaterThan(5);
  });

  it('links only to learn.microsoft.com in its own docs locale', () => {
    const hrefs = [
      ...Object.values(catalog().blocks).flatMap((block) => [...block.text, ...block.english]).flatMap((node) => (node.type === 'link' ? [node.href] : [])),
      ...Object.values(catalog().docs).map((doc) => doc.href),
    ];
    expect(hrefs.length).toBeGreaterThan(15);
    for (const href of hrefs) {
      expect(href.startsWith(`https://learn.microsoft.com/${LANGUAGE_INFO[lang].docsLocale}/`), href).toBe(true);
    }
    expect(JSON.stringify(catalog())).not.toMatch(/docs\.microsoft\.com|support\.office\.com|\.md["#)]/);
  });

  it('has no span, markdown or HTML remnants', () => {
    for (const block of Object.values(catalog().blocks)) {
      for (const rich of [block.text, block.english]) {
        for (const node of rich) expect(node.value).not.toMatch(/<|>|\]\(|\[!|data-ttu|sxs-lookup|\*\*|\s{2}/);
        expect(plainText(rich)).toBe(plainText(rich).trim());
      }
    }
  });

  it('quotes the NDR lines exactly as Exchange sends them, and nowhere translated', () => {
    expect(catalog().ndrLines).toEqual({
      '5.7.705': '550 5.7.705 Access denied, tenant has exceeded threshold',
      '5.7.750': '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
    });
    // "550 5.7.7xx" in the introduction is fine; a quoted NDR line is not.
    for (const block of Object.values(catalog().blocks)) expect(plainText(block.text)).not.toMatch(/5\.7\.(705|750) /);
  });

  it('keeps an English original for every paragraph', () => {
    for (const block of Object.values(catalog().blocks)) expect(plainText(block.english)).toMatch(/[A-Za-z]{3}/);
  });
});

describe('bad input', () => {
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
      buildCatalogs(join(dir, 'locales', 'sources'));
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
    const before = readFileSync(catalogPath(dir, 'sv'), 'utf8');
    let output = '';
    try {
      execFileSync('npx', ['tsx', join(root, 'scripts/content/import-articles.ts'), '--root', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr: string }).stderr);
    }
    expect(output).toMatch(/sv-SE\.md:\d+: .*b98de-999/);
    expect(output).toMatch(/No catalog was written/);
    expect(readFileSync(catalogPath(dir, 'sv'), 'utf8')).toBe(before);
  });
});
