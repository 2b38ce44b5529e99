import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { docsUrl } from '../../src/domain/docs-url';
import {
  NDR_LINES,
  STEP_IDS,
  type Block,
  type BlockId,
  type DocLink,
  type GuideCatalog,
  type Provenance,
  type StepId,
} from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import type { Inline, RichText } from '../../src/domain/rich-text';
import { alignArticle, type AlignedBlock, type AlignmentReport } from './align-article';
import { BLOCK_SPECS } from './block-specs';
import { ImportError } from './import-error';
import { parseArticle, type Leaf, type ParsedArticle } from './parse-article';

/** Which article carries each language; English comes from the newest revision's originals. */
export const ARTICLE_OF: Record<Exclude<Lang, 'en'>, string> = {
  'zh-cn': 'zh-CN',
  sv: 'sv-SE',
  de: 'de-DE',
  ja: 'ja-JP',
  fr: 'fr-FR',
};
const NEWEST_ARTICLE = 'sv-SE';

interface Registry {
  links: Record<string, { path: string; articleUrls: string[]; title: Record<string, string> }>;
}

interface ProjectTranslations {
  blocks: Partial<Record<BlockId, Record<string, string>>>;
  stepTitles: Record<StepId, Record<string, string>>;
}

/** A paragraph as the importer sees it: with the English it was translated from. */
export interface ImportedBlock extends Block {
  english: RichText;
}

export interface ImportedCatalog extends Omit<GuideCatalog, 'blocks'> {
  blocks: Record<BlockId, ImportedBlock>;
}

export interface BuildResult {
  catalogs: Record<Lang, ImportedCatalog>;
  reports: AlignmentReport[];
}

const CJK_STOP = new Set(['。', '．', '！', '？', '：', '；', '」', '』', '）', '、']);
const isCjk = (lang: Lang) => lang === 'zh-cn' || lang === 'ja';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

class LinkResolver {
  private readonly byUrl = new Map<string, string>();

  constructor(private readonly registry: Registry) {
    for (const [id, entry] of Object.entries(registry.links)) {
      for (const url of entry.articleUrls) this.byUrl.set(url, id);
    }
  }

  /** Maps an article URL (or `doc:<id>`) to a registry id, or fails with the place it came from. */
  resolve(url: string, file: string, line: number): string {
    const id = url.startsWith('doc:') ? url.slice(4) : this.byUrl.get(url);
    if (!id || !this.registry.links[id]) throw new ImportError(file, line, `link ${url} is not in the link registry`);
    return id;
  }

  href(id: string, lang: Lang): string {
    return docsUrl(this.registry.links[id].path, lang);
  }
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
function checkNdrLines(article: ParsedArticle): void {
  for (const code of article.codeLines) {
    const expected = NDR_LINES[code.section as keyof typeof NDR_LINES];
    if (!expected) throw new ImportError(article.file, code.line, `code line outside an NDR section: ${code.value}`);
    if (code.value !== expected) throw new ImportError(article.file, code.line, `NDR line "${code.value}" is not "${expected}"`);
  }
}

export function buildCatalogs(sourcesDir: string): BuildResult {
  const registry = readJson<Registry>(join(sourcesDir, 'doc-links.json'));
  const projectFile = join(sourcesDir, 'project-translations.json');
  const project = readJson<ProjectTranslations>(projectFile);
  const links = new LinkResolver(registry);

  const articles = new Map<string, ParsedArticle>();
  const alignments = new Map<string, Map<BlockId, AlignedBlock>>();
  const reports: AlignmentReport[] = [];
  for (const locale of Object.values(ARTICLE_OF)) {
    const file = join(sourcesDir, 'articles', `${locale}.md`);
    const article = parseArticle(file, readFileSync(file, 'utf8'));
    checkNdrLines(article);
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

  const catalogs = {} as Record<Lang, ImportedCatalog>;
  for (const lang of LANGUAGES) {
    const key = LANGUAGE_INFO[lang].sourceKey;
    const blocks = {} as Record<BlockId, ImportedBlock>;
    for (const spec of BLOCK_SPECS) {
      if (blocks[spec.id]) continue;
      if (lang === 'en') {
        const aligned = newestBlocks.get(spec.id)!;
        const english = toRichText(joinSentences(englishOf(spec.id), lang), lang, links, newest.file, aligned.sentences[0].line);
        blocks[spec.id] = { text: english, english, source: articleProvenance(newest, aligned, false, 'en-US') };
        continue;
      }
      const locale = ARTICLE_OF[lang];
      const article = articles.get(locale)!;
      const aligned = alignments.get(locale)!.get(spec.id);
      if (aligned) {
        const line = aligned.sentences[0].line;
        blocks[spec.id] = {
          text: toRichText(joinSentences(aligned.sentences.map((pair) => pair.target), lang), lang, links, article.file, line),
          english: toRichText(joinSentences(aligned.sentences.map((pair) => pair.english), 'en'), lang, links, article.file, line),
          source: articleProvenance(article, aligned, true),
        };
        continue;
      }
      const markdown = project.blocks[spec.id]?.[key];
      if (!markdown) {
        throw new ImportError(article.file, 0, `${locale} lacks block ${spec.id} and project-translations.json has no ${key} text for it`);
      }
      const where = `blocks.${spec.id}.${key}`;
      blocks[spec.id] = {
        text: toRichText(parseProjectMarkdown(markdown, projectFile, where), lang, links, projectFile, 0),
        english: toRichText(joinSentences(englishOf(spec.id), 'en'), lang, links, newest.file, 0),
        source: { kind: 'project' },
      };
    }

    const stepTitles = {} as Record<StepId, string>;
    for (const step of STEP_IDS) {
      const title = project.stepTitles[step]?.[key];
      if (!title) throw new ImportError(projectFile, 0, `stepTitles.${step}.${key} is missing`);
      stepTitles[step] = title;
    }
    const docs: Record<string, DocLink> = {};
    for (const [id, entry] of Object.entries(registry.links)) {
      const title = entry.title[key];
      if (!title) throw new ImportError(join(sourcesDir, 'doc-links.json'), 0, `links.${id}.title.${key} is missing`);
      docs[id] = { title, href: links.href(id, lang) };
    }
    catalogs[lang] = { lang: LANGUAGE_INFO[lang].htmlLang, blocks, stepTitles, docs, ndrLines: { ...NDR_LINES } };
  }
  return { catalogs, reports };
}
