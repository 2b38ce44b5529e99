import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockId, Provenance } from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import type { Inline, RichText } from '../../src/domain/rich-text';
import { alignArticle, type AlignedBlock, type AlignmentReport } from './align-article';
import { BLOCK_SPECS } from './block-specs';
import { ImportError } from './import-error';
import type { LinkResolver } from './link-registry';
import { parseArticle, type Leaf, type ParsedArticle } from './parse-article';

/** The revision whose English originals are the English text (sv-SE, 29 Jan 2020). */
const NEWEST_ARTICLE = 'sv-SE';

/** Text the project wrote where a translation lacks a paragraph, by block id and language file key. */
interface ProjectTranslations {
  blocks: Partial<Record<BlockId, Record<string, string>>>;
}

/** A paragraph imported from a Microsoft article, with the English it was translated from. */
export interface ImportedBlock {
  text: RichText;
  english: RichText;
  source: Provenance;
}

export interface ArticleImport {
  blocks: Record<Lang, Map<BlockId, ImportedBlock>>;
  reports: AlignmentReport[];
}

const CJK_STOP = new Set(['。', '．', '！', '？', '：', '；', '」', '』', '）', '、']);
const isCjk = (lang: Lang) => LANGUAGE_INFO[lang].script === 'cjk';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Merges leaves into rich text: whitespace folded, links resolved for the reader's docs locale. */
function toRichText(leaves: Leaf[], lang: Lang, links: LinkResolver, file: string, line: number): RichText {
  const out: Inline[] = [];
  for (const leaf of leaves) {
    const value = leaf.value.replace(/\s+/g, ' ');
    if (!value) continue;
    const last = out[out.length - 1];
    if (leaf.link) {
      const doc = links.resolve(leaf.link, file, line);
      if (last?.type === 'link' && last.doc === doc) last.value += value;
      else out.push({ type: 'link', value, href: links.href(doc, lang), doc });
    } else if (last && last.type === leaf.kind) {
      last.value += value;
    } else {
      out.push({ type: leaf.kind, value } as Inline);
    }
  }
  trimEdges(out);
  if (isCjk(lang)) removeSpaceBeforeCjkPunctuation(out);
  return out;
}

function trimEdges(text: RichText): void {
  if (text[0]) text[0].value = text[0].value.trimStart();
  const last = text[text.length - 1];
  if (last) last.value = last.value.trimEnd();
  for (let index = text.length - 1; index >= 0; index -= 1) if (!text[index].value) text.splice(index, 1);
}

/** Machine translation left "管理员[启用 MFA] 。": a space before full-width punctuation is never right. */
function removeSpaceBeforeCjkPunctuation(text: RichText): void {
  for (let index = 0; index < text.length; index += 1) {
    const node = text[index];
    const next = text[index + 1];
    node.value = [...node.value].filter((char, at, chars) => !(char === ' ' && CJK_STOP.has(chars[at + 1] ?? ''))).join('');
    if (next && node.value.endsWith(' ') && CJK_STOP.has(next.value[0] ?? '')) node.value = node.value.trimEnd();
  }
}

/** Joins a block's sentences; CJK sentences ending in full-width punctuation need no space. */
function joinSentences(sentences: Leaf[][], lang: Lang): Leaf[] {
  const out: Leaf[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0) {
      const before = out.map((leaf) => leaf.value).join('').trimEnd();
      const glue = isCjk(lang) && CJK_STOP.has(before[before.length - 1] ?? '') ? '' : ' ';
      if (glue) out.push({ kind: 'text', value: glue });
    }
    const trimmed = sentence.map((leaf) => ({ ...leaf }));
    if (trimmed[0]) trimmed[0].value = trimmed[0].value.trimStart();
    const last = trimmed[trimmed.length - 1];
    if (last) last.value = last.value.trimEnd();
    out.push(...trimmed);
  });
  return out;
}

/** Parses a project translation (markdown with `doc:` links) into leaves. */
function parseProjectMarkdown(markdown: string, file: string, where: string): Leaf[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const paragraph = tree.children[0];
  if (tree.children.length !== 1 || paragraph.type !== 'paragraph') {
    throw new ImportError(file, 0, `${where}: a project translation must be one paragraph`);
  }
  const leaves: Leaf[] = [];
  const walk = (nodes: PhrasingContent[], link?: string, kind: Leaf['kind'] = 'text') => {
    for (const node of nodes) {
      if (node.type === 'text') leaves.push({ kind, value: node.value, link });
      else if (node.type === 'inlineCode') leaves.push({ kind: 'code', value: node.value, link });
      else if (node.type === 'link') walk(node.children, node.url, kind);
      else if (node.type === 'strong' || node.type === 'emphasis') walk(node.children, link, node.type);
      else throw new ImportError(file, 0, `${where}: unsupported markdown ${node.type}`);
    }
  };
  walk(paragraph.children);
  return leaves;
}

function articleProvenance(article: ParsedArticle, aligned: AlignedBlock, machineTranslated: boolean, locale = article.locale): Provenance {
  return {
    kind: 'article',
    locale,
    locfileid: article.locfileid,
    date: article.date,
    revision: aligned.revision,
    machineTranslated,
  };
}

/** Checks that the NDR lines the newer revisions quote verbatim are what the model says Exchange sends. */
function checkNdrLines(article: ParsedArticle, ndrLines: (section: string) => string[] | undefined): void {
  for (const code of article.codeLines) {
    const expected = ndrLines(code.section);
    if (!expected) throw new ImportError(article.file, code.line, `code line outside an NDR section: ${code.value}`);
    if (!expected.includes(code.value)) throw new ImportError(article.file, code.line, `NDR line "${code.value}" is not one of the guide's: ${expected.join(' | ')}`);
  }
}

/**
 * Imports the Microsoft articles: every paragraph of the model (block-specs.ts)
 * in every language, aligned through its English original, with provenance.
 * `ndrLines` gives the verbatim lines a guide section may quote (its guide.json).
 */
export function importArticleBlocks(sourcesDir: string, links: LinkResolver, ndrLines: (section: string) => string[] | undefined): ArticleImport {
  const projectFile = join(sourcesDir, 'project-translations.json');
  const project = readJson<ProjectTranslations>(projectFile);

  const articles = new Map<string, ParsedArticle>();
  const alignments = new Map<string, Map<BlockId, AlignedBlock>>();
  const reports: AlignmentReport[] = [];
  for (const lang of LANGUAGES) {
    const locale = LANGUAGE_INFO[lang].articleLocale;
    if (!locale) continue;
    const file = join(sourcesDir, 'articles', `${locale}.md`);
    const article = parseArticle(file, readFileSync(file, 'utf8'));
    checkNdrLines(article, ndrLines);
    const { blocks, report } = alignArticle(article);
    articles.set(locale, article);
    alignments.set(locale, blocks);
    reports.push(report);
  }

  const newest = articles.get(NEWEST_ARTICLE)!;
  const newestBlocks = alignments.get(NEWEST_ARTICLE)!;
  for (const spec of BLOCK_SPECS) {
    if (newestBlocks.get(spec.id)?.revision !== 'newest') {
      throw new ImportError(newest.file, 0, `the newest revision lacks block ${spec.id} in its newest wording`);
    }
  }
  const englishOf = (id: BlockId) => newestBlocks.get(id)!.sentences.map((pair) => pair.english);

  const result = {} as Record<Lang, Map<BlockId, ImportedBlock>>;
  for (const lang of LANGUAGES) {
    const key = LANGUAGE_INFO[lang].fileKey;
    const locale = LANGUAGE_INFO[lang].articleLocale;
    const blocks = new Map<BlockId, ImportedBlock>();
    for (const spec of BLOCK_SPECS) {
      if (!locale) {
        const aligned = newestBlocks.get(spec.id)!;
        const english = toRichText(joinSentences(englishOf(spec.id), lang), lang, links, newest.file, aligned.sentences[0].line);
        blocks.set(spec.id, { text: english, english, source: articleProvenance(newest, aligned, false, 'en-US') });
        continue;
      }
      const article = articles.get(locale)!;
      const aligned = alignments.get(locale)!.get(spec.id);
      if (aligned) {
        const line = aligned.sentences[0].line;
        blocks.set(spec.id, {
          text: toRichText(joinSentences(aligned.sentences.map((pair) => pair.target), lang), lang, links, article.file, line),
          english: toRichText(joinSentences(aligned.sentences.map((pair) => pair.english), 'en'), lang, links, article.file, line),
          source: articleProvenance(article, aligned, true),
        });
        continue;
      }
      const markdown = project.blocks[spec.id]?.[key];
      if (!markdown) {
        throw new ImportError(article.file, 0, `${locale} lacks block ${spec.id} and project-translations.json has no ${key} text for it`);
      }
      const where = `blocks.${spec.id}.${key}`;
      blocks.set(spec.id, {
        text: toRichText(parseProjectMarkdown(markdown, projectFile, where), lang, links, projectFile, 0),
        english: toRichText(joinSentences(englishOf(spec.id), 'en'), lang, links, newest.file, 0),
        source: { kind: 'translated', from: 'article' },
      });
    }
    result[lang] = blocks;
  }
  return { blocks: result, reports };
}
