import model from '../../locales/generated/model.json' with { type: 'json' };
import type { Flow, RichText } from './rich-text';

/**
 * The language-independent guide model, compiled by `npm run content` from
 * locales/content/ (guide.json and step.json files) into
 * locales/generated/model.json. Nothing about a particular guide or step is
 * written in TypeScript: adding one is writing content files.
 *
 * Codes and step ids are parts of public URLs that end up in tickets: once
 * published, never rename or remove one.
 */
export type GuideCode = string;
export type StepId = string;
/** A paragraph's key in a catalog: an article id ("705.meaning") or "<code or step>/<name>" for project text. */
export type BlockId = string;
/** A link-registry id (locales/sources/doc-links.json). */
export type DocId = string;

/** One piece of an overview page, in reading order. */
export type OverviewPart =
  | { kind: 'block'; block: BlockId }
  | { kind: 'heading'; block: BlockId }
  | { kind: 'list'; blocks: BlockId[] }
  /** The verbatim NDR line(s), always English. */
  | { kind: 'ndr' };

export interface GuideModel {
  code: GuideCode;
  /** What Exchange Online sends, verbatim English whatever the reader's language. */
  ndrLines: string[];
  /** The overview's heading as a block; without one the guide's title is the heading. */
  heading?: BlockId;
  overview: OverviewPart[];
  /** This guide's own order: what resolves most cases first. */
  steps: StepId[];
  /** Heading and lead-in of the checklist; without a heading the interface's own is used. */
  checklist: { heading?: BlockId; intro: BlockId[] };
  /** "More information": a registry page, labelled by a block or by the page's title. */
  related: { doc: DocId; label?: BlockId }[];
}

/** What a step asks the admin to do: the same text in every guide that uses it. */
export interface StepModel {
  id: StepId;
  body: BlockId[];
  tip?: BlockId;
  /** Where to act, how to check, what a bad result looks like, what changes things. */
  act: { where?: BlockId; check?: BlockId; badResult?: BlockId; change?: BlockId };
  docs: DocId[];
}

/** What the home page and the footer show from the Microsoft article. */
export interface SiteModel {
  home: BlockId[];
  footer: { attribution: BlockId; currentArticle: DocId };
}

/**
 * What the app's first script knows of the guides: their codes and step
 * lists (routes, progress) and the site's composition. Each guide's overview
 * structure and each step's parts travel with their text, in their catalogs.
 */
export interface ModelIndex {
  guides: { code: GuideCode; steps: StepId[] }[];
  steps: StepId[];
  /**
   * Steps whose outcome is Microsoft Support's action (step.json `"outcome": "support-request"`): they record the
   * request (day, case number) as a waiting state, and their tick means Support has acted.
   */
  supportRequests: StepId[];
  site: SiteModel;
}

const MODEL = model as ModelIndex;

export const SITE: SiteModel = MODEL.site;
export const GUIDE_CODES: readonly GuideCode[] = MODEL.guides.map((guide) => guide.code);
const STEPS_BY_GUIDE = new Map(MODEL.guides.map((guide) => [guide.code, guide.steps]));
const STEP_SET = new Set(MODEL.steps);

export function isGuideCode(value: unknown): value is GuideCode {
  return typeof value === 'string' && STEPS_BY_GUIDE.has(value);
}

/** A guide's steps in its own order. */
export function guideSteps(code: GuideCode): readonly StepId[] {
  const steps = STEPS_BY_GUIDE.get(code);
  if (!steps) throw new Error(`unknown guide ${code}`);
  return steps;
}

/** True when `step` is one of the guide's steps (a step id alone is not a page). */
export function isGuideStep(code: GuideCode, step: unknown): step is StepId {
  return typeof step === 'string' && isGuideCode(code) && guideSteps(code).includes(step);
}

const SUPPORT_REQUESTS = new Set(MODEL.supportRequests);

/** True for a step that asks Microsoft Support to act (it can be "requested", and then waits). */
export function isSupportRequestStep(step: StepId): boolean {
  return SUPPORT_REQUESTS.has(step);
}

/** Every step id of any guide: progress keeps only these. */
export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && STEP_SET.has(value);
}

/** Where a paragraph's text came from. */
export type Provenance =
  | {
      kind: 'article';
      /** Locale of the Microsoft article, e.g. "ja-JP". */
      locale: string;
      locfileid: string;
      /** ISO date of the article revision. */
      date: string;
      /** "newest": the wording of the newest revision; "older": an earlier revision's wording. */
      revision: 'newest' | 'older';
      machineTranslated: boolean;
    }
  /** Microsoft's paragraph, corrected by the project in this language. */
  | { kind: 'corrected'; locale: string; date: string; reason: string; /** false: the article's English original (English pages). */ machineTranslated: boolean }
  /** The project's translation of an English paragraph (Microsoft's or the project's). */
  | { kind: 'translated'; from: 'article' | 'project'; /** The English block's sources, for a block with commands. */ sources?: SourceRef[] }
  /** Written by the project from named sources. */
  | { kind: 'written'; sources: SourceRef[] };

export interface SourceRef {
  id: string;
  title: string;
  /** ISO date of the source's revision. */
  date: string;
  /** learn.microsoft.com URL in the reader's docs locale, where the page's address is verified. */
  href?: string;
}

export interface Block {
  content: Flow[];
  source: Provenance;
}

/**
 * The English each paragraph was translated from, by block. A separate file
 * per language and guide, loaded only when a reader asks to see an original.
 */
export type OriginalsCatalog = Partial<Record<BlockId, Flow[]>>;

export interface DocLink {
  title: string;
  href: string;
}

/** One guide's overview in one language: its structure, its text and the pages it links. */
export interface GuideCatalog {
  model: GuideModel;
  /** The titles of this guide's steps, for its checklist. */
  stepTitles: Record<StepId, string>;
  blocks: Record<BlockId, Block>;
  docs: Record<DocId, DocLink>;
}

/** One step in one language (the same under every guide that uses it). */
export interface StepCatalog {
  model: StepModel;
  title: string;
  blocks: Record<BlockId, Block>;
  docs: Record<DocId, DocLink>;
}

/** What every page of a language may show about any guide (home page list, breadcrumbs, comparison). */
export interface GuideSummary {
  title: string;
  /** One line each, for the side-by-side comparison of the family (compare.json; not in the shared catalog). */
  blocked?: string;
  whoSees?: string;
  whoFixes?: string;
  timeToFix?: string;
}

/** A language's text shared by all pages: the guides' summaries and the home page's paragraphs. */
export interface CommonCatalog {
  guides: Record<GuideCode, GuideSummary>;
  /** The footer's words (the article's title): content only. */
  blocks: Record<BlockId, Pick<Block, 'content'>>;
  docs: Record<DocId, DocLink>;
}

/** Text for inline use (a title or a link label). */
export type { RichText };
