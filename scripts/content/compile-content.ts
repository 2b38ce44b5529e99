import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docsUrl } from '../../src/domain/docs-url';
import type {
  Block,
  BlockId,
  CommonCatalog,
  DocId,
  DocLink,
  GuideCatalog,
  GuideModel,
  GuideSummary,
  ModelIndex,
  OriginalsCatalog,
  OverviewPart,
  Provenance,
  SiteModel,
  SourceRef,
  StepCatalog,
  StepModel,
} from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import type { Flow } from '../../src/domain/rich-text';
import { importArticleBlocks, type ImportedBlock } from './article-blocks';
import type { AlignmentReport } from './align-article';
import { readContentFile, toFlow, type ContentBlock, type ContentFile } from './content-markdown';
import { ImportError } from './import-error';
import { LinkResolver, type Registry } from './link-registry';


export interface CompiledLanguage {
  common: CommonCatalog;
  /** The home page's paragraphs from the article. */
  home: { blocks: Record<BlockId, Block> };
  /** Each guide's one-line facts, side by side ("Which block is it?"). */
  compare: Record<string, Required<GuideSummary>>;
  guides: Record<string, GuideCatalog>;
  steps: Record<string, StepCatalog>;
  /** By catalog name: "common", "guide-<code>", "step-<id>". */
  originals: Record<string, OriginalsCatalog>;
}

export interface CompileResult {
  model: ModelIndex;
  languages: Record<Lang, CompiledLanguage>;
  reports: AlignmentReport[];
}

type OverviewEntry = string | { heading: string } | { list: string[] };
interface GuideFile {
  code: string;
  order?: number;
  ndrLines: string[];
  heading?: string;
  overview: OverviewEntry[];
  steps: string[];
  checklist?: { heading?: string; intro?: string[] };
  related?: (string | { doc: string; label?: string })[];
}
interface StepFile {
  docs: string[];
  imported?: string[];
  tip?: string;
  /** "support-request": the step's outcome is Microsoft Support's action (ModelIndex.supportRequests). */
  outcome?: 'support-request';
}
interface SiteFile {
  home: string[];
  footer: { attribution: string; currentArticle: string };
}
interface SourceEntry {
  title: string;
  date: string;
  learnPath?: string | null;
}

/** Step-file block names with a role on the step page; every other name is body text. */
const ACT_ROLES = { where: 'where', check: 'check', 'bad-result': 'badResult', change: 'change' } as const;
const RESERVED = new Set(['tip', ...Object.keys(ACT_ROLES)]);
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SUMMARY_FIELDS = ['blocked', 'whoSees', 'whoFixes', 'timeToFix'] as const;

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new ImportError(file, 0, `not readable JSON: ${(error as Error).message}`);
  }
}

const subfolders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

/** The content files of one guide, step or the shared folder, by language. */
function readLanguageFiles(dir: string): Partial<Record<Lang, ContentFile>> {
  const files: Partial<Record<Lang, ContentFile>> = {};
  for (const lang of LANGUAGES) {
    const file = join(dir, `${LANGUAGE_INFO[lang].fileKey}.md`);
    if (existsSync(file)) files[lang] = readContentFile(file, readFileSync(file, 'utf8'));
  }
  return files;
}

const isArticleRef = (name: string) => name.startsWith('article:');
const articleId = (name: string) => name.slice('article:'.length);

/**
 * Compiles locales/content/ and the imported articles into the model and one
 * set of catalogs per language. Everything is computed before anything is
 * written: a bad file stops the build with its path and line.
 */
export function compileContent(root: string): CompileResult {
  const sourcesDir = join(root, 'locales', 'sources');
  const contentDir = join(root, 'locales', 'content');
  const registryFile = join(sourcesDir, 'doc-links.json');
  const links = new LinkResolver(readJson<Registry>(registryFile), registryFile);
  const sourcesFile = join(contentDir, 'sources.json');
  const sources = existsSync(sourcesFile) ? readJson<{ sources: Record<string, SourceEntry> }>(sourcesFile).sources : {};
  const siteFile = join(contentDir, 'site.json');
  const site = readJson<SiteFile>(siteFile);

  // Guides and steps, as written.
  const guideFiles = subfolders(join(contentDir, 'guides')).map((folder) => {
    const file = join(contentDir, 'guides', folder, 'guide.json');
    const guide = readJson<GuideFile>(file);
    if (guide.code !== folder) throw new ImportError(file, 0, `code "${guide.code}" differs from its folder "${folder}"`);
    if (!/^[245]\.\d{1,3}\.\d{1,3}$/.test(guide.code)) throw new ImportError(file, 0, `"${guide.code}" is not a status code`);
    if (!Array.isArray(guide.ndrLines) || !guide.ndrLines.length) throw new ImportError(file, 0, 'ndrLines must list the verbatim NDR line(s)');
    if (!Array.isArray(guide.steps) || !guide.steps.length) throw new ImportError(file, 0, 'steps must list at least one step');
    if (new Set(guide.steps).size !== guide.steps.length) throw new ImportError(file, 0, 'a step is listed twice');
    return { file, guide, texts: readLanguageFiles(join(contentDir, 'guides', folder)) };
  });
  const stepFiles = new Map(
    subfolders(join(contentDir, 'steps')).map((id) => {
      const file = join(contentDir, 'steps', id, 'step.json');
      if (!NAME.test(id)) throw new ImportError(file, 0, `step id "${id}" must be lowercase words joined by "-"`);
      const step = readJson<StepFile>(file);
      if (step.outcome !== undefined && step.outcome !== 'support-request') throw new ImportError(file, 0, `outcome "${String(step.outcome)}" is not "support-request"`);
      return [id, { file, step, texts: readLanguageFiles(join(contentDir, 'steps', id)) }] as const;
    }),
  );
  const shared = readLanguageFiles(join(contentDir, 'shared'));

  const ndrLinesOf = (section: string) => guideFiles.find(({ guide }) => guide.code === section)?.guide.ndrLines;
  const imported = importArticleBlocks(sourcesDir, links, ndrLinesOf);
  const article = (id: string, file: string, line = 0): BlockId => {
    if (!imported.blocks.en.has(id)) throw new ImportError(file, line, `no article paragraph "${id}"`);
    return id;
  };

  // Every content file of a language with the owner of its blocks ("5.7.705", "review-connectors", or none).
  const owned = (lang: Lang) => [
    ...guideFiles.map(({ guide, texts }) => ({ owner: guide.code, file: texts[lang] })),
    ...[...stepFiles].map(([id, { texts }]) => ({ owner: id, file: texts[lang] })),
    { owner: undefined, file: shared[lang] },
  ];

  const english = { files: owned('en') };
  const englishBlock = new Map<BlockId, { block: ContentBlock; file: ContentFile }>();
  for (const { owner, file } of english.files) {
    if (!file) continue;
    for (const block of file.blocks) {
      if (isArticleRef(block.name)) continue;
      if (!owner) throw new ImportError(file.file, block.line, 'shared files hold only article: corrections');
      if (!NAME.test(block.name)) throw new ImportError(file.file, block.line, `block name "${block.name}" must be lowercase words joined by "-"`);
      englishBlock.set(`${owner}/${block.name}`, { block, file });
    }
  }

  const sourceRefs = (ids: string[], file: string, line: number, lang: Lang): SourceRef[] => {
    if (!ids.length) throw new ImportError(file, line, 'a block written by the project names its sources (front matter "sources" or {sources="…"})');
    const refs: SourceRef[] = ids.map((id) => {
      const entry = Object.hasOwn(sources, id) ? sources[id] : undefined;
      if (!entry) throw new ImportError(file, line, `source "${id}" is not in locales/content/sources.json`);
      return { id, title: entry.title, date: entry.date, ...(entry.learnPath ? { href: docsUrl(entry.learnPath, lang) } : {}) };
    });
    // Two records of one page (Microsoft's source file and a copy of the rendered page, read at different dates) are
    // one source to a reader: shown once, with the newer date. Listed twice they read as two pages of the same title.
    const newer = (a: SourceRef, b: SourceRef) => (a.date ?? '') > (b.date ?? '');
    return refs.filter((ref, i) => !ref.href || !refs.some((other, j) => j !== i && other.href === ref.href && (newer(other, ref) || (!newer(ref, other) && j < i))));
  };
  const fileSources = (file: ContentFile) => {
    const value = file.fields.sources;
    return Array.isArray(value) ? value : value ? [value] : [];
  };

  // Catalog blocks of every language: imported, then corrected, then written/translated by the project.
  const blocksOf = {} as Record<Lang, Map<BlockId, Block>>;
  const originalsOf = {} as Record<Lang, Map<BlockId, Flow[]>>;
  const paragraph = (text: ImportedBlock['text']): Flow[] => [{ type: 'paragraph', text }];
  for (const lang of ['en', ...LANGUAGES.filter((other) => other !== 'en')] as Lang[]) {
    const blocks = new Map<BlockId, Block>();
    const originals = new Map<BlockId, Flow[]>();
    for (const [id, block] of imported.blocks[lang]) {
      blocks.set(id, { content: paragraph(block.text), source: block.source });
      originals.set(id, paragraph(block.english));
    }
    for (const { owner, file } of owned(lang)) {
      if (!file) continue;
      for (const block of file.blocks) {
        const content = toFlow(block, file.file, lang, links);
        if (isArticleRef(block.name)) {
          const id = article(articleId(block.name), file.file, block.line);
          const reason = block.attrs.corrects;
          if (!reason) throw new ImportError(file.file, block.line, `${block.name} needs {corrects="<reason>"}`);
          const before = imported.blocks[lang].get(id)!.source;
          const source: Provenance =
            before.kind === 'article' ? { kind: 'corrected', locale: before.locale, date: before.date, reason, machineTranslated: before.machineTranslated } : before;
          blocks.set(id, { content, source });
          // The English a correction renders is today's English paragraph (itself perhaps corrected).
          if (lang !== 'en') originals.set(id, blocksOf.en.get(id)!.content);
          continue;
        }
        const id = `${owner}/${block.name}`;
        if (lang === 'en') {
          const ids = (block.attrs.sources ?? '').split(/[\s,]+/).filter(Boolean);
          blocks.set(id, { content, source: { kind: 'written', sources: sourceRefs(ids.length ? ids : fileSources(file), file.file, block.line, lang) } });
          continue;
        }
        const original = blocksOf.en.get(id);
        if (!original) throw new ImportError(file.file, block.line, `block ${block.name} has no English block of the same name`);
        const codeOf = (flows: Flow[]) => flows.filter((flow) => flow.type === 'code').map((flow) => (flow as { value: string }).value);
        if (JSON.stringify(codeOf(content)) !== JSON.stringify(codeOf(original.content))) {
          throw new ImportError(file.file, block.line, `the commands of ${block.name} differ from the English ones (they stay verbatim English)`);
        }
        // A translated block with commands names the pages they come from as its English block does (sources of
        // the English, pages in this language); other translated paragraphs say who translated them.
        const written = original.source.kind === 'written' && codeOf(content).length ? original.source.sources : [];
        const sources = written.length ? { sources: sourceRefs(written.map((ref) => ref.id), file.file, block.line, lang) } : {};
        blocks.set(id, { content, source: { kind: 'translated', from: 'project', ...sources } });
        originals.set(id, original.content);
      }
    }
    if (lang !== 'en') {
      for (const id of englishBlock.keys()) {
        if (!blocks.has(id)) {
          const { block, file } = englishBlock.get(id)!;
          throw new ImportError(file.file.replace(/en\.md$/, `${LANGUAGE_INFO[lang].fileKey}.md`), 0, `lacks block ${block.name} (English: ${file.file}:${block.line})`);
        }
      }
    }
    blocksOf[lang] = blocks;
    originalsOf[lang] = originals;
  }

  // The language-independent model.
  const ref = (owner: string, name: string, file: string): BlockId => {
    if (isArticleRef(name)) return article(articleId(name), file);
    const id = `${owner}/${name}`;
    if (!englishBlock.has(id)) throw new ImportError(file, 0, `no block "${name}" in ${owner}'s en.md`);
    return id;
  };
  const steps: Record<string, StepModel> = {};
  for (const [id, { file, step, texts }] of stepFiles) {
    const en = texts.en;
    if (!en) throw new ImportError(join(file, '..', 'en.md'), 0, `step ${id} has no English text`);
    for (const doc of step.docs ?? []) if (!links.has(doc)) throw new ImportError(file, 0, `docs: "${doc}" is not in the link registry`);
    const written = en.blocks.filter((block) => !isArticleRef(block.name));
    const act: StepModel['act'] = {};
    for (const [name, role] of Object.entries(ACT_ROLES)) if (written.some((block) => block.name === name)) act[role] = `${id}/${name}`;
    const tip = step.tip ? ref(id, step.tip, file) : written.some((block) => block.name === 'tip') ? `${id}/tip` : undefined;
    steps[id] = {
      id,
      body: [...(step.imported ?? []).map((name) => article(name, file)), ...written.filter((block) => !RESERVED.has(block.name)).map((block) => `${id}/${block.name}`)],
      ...(tip ? { tip } : {}),
      act,
      docs: step.docs ?? [],
    };
  }
  const guides: GuideModel[] = guideFiles
    .map(({ file, guide }) => {
      for (const step of guide.steps) if (!steps[step]) throw new ImportError(file, 0, `step "${step}" has no folder locales/content/steps/${step}/`);
      const overview: OverviewPart[] = guide.overview.map((entry) => {
        if (entry === 'ndr') return { kind: 'ndr' };
        if (typeof entry === 'string') return { kind: 'block', block: ref(guide.code, entry, file) };
        if ('heading' in entry) return { kind: 'heading', block: ref(guide.code, entry.heading, file) };
        return { kind: 'list', blocks: entry.list.map((name) => ref(guide.code, name, file)) };
      });
      const related = (guide.related ?? []).map((entry) => {
        const { doc, label } = typeof entry === 'string' ? { doc: entry, label: undefined } : entry;
        if (!links.has(doc)) throw new ImportError(file, 0, `related: "${doc}" is not in the link registry`);
        return { doc, ...(label ? { label: ref(guide.code, label, file) } : {}) };
      });
      return {
        order: guide.order ?? 100,
        model: {
          code: guide.code,
          ndrLines: guide.ndrLines,
          ...(guide.heading ? { heading: ref(guide.code, guide.heading, file) } : {}),
          overview,
          steps: guide.steps,
          checklist: {
            ...(guide.checklist?.heading ? { heading: ref(guide.code, guide.checklist.heading, file) } : {}),
            intro: (guide.checklist?.intro ?? []).map((name) => ref(guide.code, name, file)),
          },
          related,
        } satisfies GuideModel,
      };
    })
    .sort((a, b) => a.order - b.order || a.model.code.localeCompare(b.model.code, 'en', { numeric: true }))
    .map(({ model }) => model);
  const unused = Object.keys(steps).filter((id) => !guides.some((guide) => guide.steps.includes(id)));
  if (unused.length) throw new ImportError(join(contentDir, 'steps', unused[0], 'step.json'), 0, `step ${unused.join(', ')} is in no guide`);
  for (const doc of [site.footer.currentArticle]) if (!links.has(doc)) throw new ImportError(siteFile, 0, `"${doc}" is not in the link registry`);
  const siteModel: SiteModel = {
    home: site.home.map((name) => article(articleId(name), siteFile)),
    footer: { attribution: article(articleId(site.footer.attribution), siteFile), currentArticle: site.footer.currentArticle },
  };

  // Per language: the shared catalog, one per guide (its overview) and one per step.
  const languages = {} as Record<Lang, CompiledLanguage>;
  for (const lang of LANGUAGES) {
    const key = LANGUAGE_INFO[lang].fileKey;
    const originals: Record<string, OriginalsCatalog> = {};
    const pick = (name: string, ids: Iterable<BlockId>) => {
      const blocks: Record<BlockId, Block> = {};
      const englishOf: OriginalsCatalog = {};
      for (const id of ids) {
        blocks[id] = blocksOf[lang].get(id)!;
        if (lang !== 'en') englishOf[id] = originalsOf[lang].get(id);
      }
      originals[name] = englishOf;
      return blocks;
    };
    const docLinks = (ids: Iterable<DocId>) => Object.fromEntries([...new Set(ids)].map((id): [DocId, DocLink] => [id, { title: links.title(id, key), href: links.href(id, lang) }]));
    const title = (file: ContentFile | undefined, what: string, fallbackFile: string): string => {
      const value = file?.fields.title;
      if (typeof value !== 'string' || !value) throw new ImportError(file?.file ?? fallbackFile, 1, `${what} needs a front matter "title"`);
      return value;
    };

    const stepTitles: Record<string, string> = {};
    const stepCatalogs: Record<string, StepCatalog> = {};
    for (const [id, step] of Object.entries(steps)) {
      stepTitles[id] = title(stepFiles.get(id)!.texts[lang], `step ${id}`, join(contentDir, 'steps', id, `${key}.md`));
      const ids = [...step.body, step.tip, ...Object.values(step.act)].filter((block): block is BlockId => Boolean(block));
      // Links inside the text carry their own URLs; the step's list of pages needs titles too.
      stepCatalogs[id] = { model: step, title: stepTitles[id], blocks: pick(`step-${id}`, ids), docs: docLinks(step.docs) };
    }
    const summaries: Record<string, GuideSummary> = {};
    const compare: Record<string, Required<GuideSummary>> = {};
    const guideCatalogs: Record<string, GuideCatalog> = {};
    for (const guide of guides) {
      const entry = guideFiles.find((candidate) => candidate.guide.code === guide.code)!;
      const text = entry.texts[lang];
      const missingPath = join(contentDir, 'guides', guide.code, `${key}.md`);
      const summary: GuideSummary = { title: title(text, `guide ${guide.code}`, missingPath) };
      summaries[guide.code] = summary;
      const facts = { ...summary } as Required<GuideSummary>;
      for (const field of SUMMARY_FIELDS) {
        const value = text?.fields[field];
        if (typeof value !== 'string' || !value) throw new ImportError(missingPath, 1, `needs a one-line "${field}" in its front matter`);
        facts[field] = value;
      }
      compare[guide.code] = facts;

      const ids = new Set<BlockId>();
      if (guide.heading) ids.add(guide.heading);
      for (const part of guide.overview) {
        if (part.kind === 'list') part.blocks.forEach((id) => ids.add(id));
        else if (part.kind !== 'ndr') ids.add(part.block);
      }
      if (guide.checklist.heading) ids.add(guide.checklist.heading);
      guide.checklist.intro.forEach((id) => ids.add(id));
      guide.related.forEach((related) => related.label && ids.add(related.label));
      guideCatalogs[guide.code] = {
        model: guide,
        stepTitles: Object.fromEntries(guide.steps.map((id) => [id, stepTitles[id]])),
        blocks: pick(`guide-${guide.code}`, ids),
        docs: docLinks(guide.related.map((related) => related.doc)),
      };
    }
    languages[lang] = {
      common: {
        guides: summaries,
        // The footer names the article: its words only (every page carries this file; no page shows its provenance).
        blocks: Object.fromEntries(Object.entries(pick('common', [siteModel.footer.attribution])).map(([id, block]) => [id, { content: block.content }])),
        docs: docLinks([siteModel.footer.currentArticle]),
      },
      home: { blocks: pick('home', siteModel.home) },
      compare,
      guides: guideCatalogs,
      steps: stepCatalogs,
      originals,
    };
  }
  const supportRequests = Object.keys(steps).filter((id) => stepFiles.get(id)?.step.outcome === 'support-request');
  const index: ModelIndex = { guides: guides.map((guide) => ({ code: guide.code, steps: guide.steps })), steps: Object.keys(steps), supportRequests, site: siteModel };
  return { model: index, languages, reports: imported.reports };
}
