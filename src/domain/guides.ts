import type { RichText } from './rich-text';

/**
 * The language-independent guide model. Step ids and codes are part of public
 * URLs that end up in tickets: never rename or remove one.
 */
export const STEP_IDS = [
  'change-admin-passwords',
  'enable-mfa',
  'register-domains',
  'review-connectors',
  'check-compromised-accounts',
  'secure-on-premises-servers',
  'contact-support',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const GUIDE_CODES = ['5.7.705', '5.7.750'] as const;
export type GuideCode = (typeof GUIDE_CODES)[number];

/** What Exchange Online sends, always in English whatever the reader's language. */
export const NDR_LINES: Record<GuideCode, string> = {
  '5.7.705': '550 5.7.705 Access denied, tenant has exceeded threshold',
  '5.7.750': '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
};

/** One piece of an overview page, in reading order. */
export type OverviewPart =
  | { kind: 'paragraph'; block: BlockId }
  | { kind: 'heading'; block: BlockId }
  | { kind: 'list'; blocks: BlockId[] }
  /** The lead-in sentence, then the verbatim NDR line. */
  | { kind: 'ndr'; block: BlockId };

export interface GuideDefinition {
  code: GuideCode;
  /** Heading of the overview (a block id). */
  heading: BlockId;
  overview: OverviewPart[];
  steps: readonly StepId[];
}

export const OVERVIEW_BLOCKS = {
  '5.7.705': ['705.heading', '705.meaning', '705.causes', '705.ndr-intro', '705.expired'],
  '5.7.750': [
    '750.heading',
    '750.relay-intro',
    '750.relay-forwarding',
    '750.relay-hybrid',
    '750.problem-heading',
    '750.problem',
    '750.blocked',
    '750.ndr-intro',
  ],
} as const;

export const SHARED_BLOCKS = ['article.title', 'article.intro', 'unblock.heading', 'unblock.intro', 'more-info.heading'] as const;

export const RELATED_PAGES = [
  { block: 'related.anti-spam', doc: 'anti-spam' },
  { block: 'related.bulk-mail', doc: 'exchange-online-limits' },
  { block: 'related.ndr-reports', doc: 'ndr-reference' },
  { block: 'related.forwarding', doc: 'configure-forwarding' },
  { block: 'related.multifunction', doc: 'multifunction-device' },
  { block: 'related.accepted-domains', doc: 'manage-accepted-domains' },
] as const;

export type StepBlockId = `step.${StepId}` | 'step.secure-on-premises-servers.tip';
export type BlockId =
  | (typeof OVERVIEW_BLOCKS)[GuideCode][number]
  | (typeof SHARED_BLOCKS)[number]
  | (typeof RELATED_PAGES)[number]['block']
  | StepBlockId;

// Both codes share the article's unblock procedure, so both use all seven steps.
export const GUIDES: Record<GuideCode, GuideDefinition> = {
  '5.7.705': {
    code: '5.7.705',
    heading: '705.heading',
    overview: [
      { kind: 'paragraph', block: '705.meaning' },
      { kind: 'paragraph', block: '705.causes' },
      { kind: 'ndr', block: '705.ndr-intro' },
      { kind: 'paragraph', block: '705.expired' },
    ],
    steps: STEP_IDS,
  },
  '5.7.750': {
    code: '5.7.750',
    heading: '750.heading',
    overview: [
      { kind: 'paragraph', block: '750.relay-intro' },
      { kind: 'list', blocks: ['750.relay-forwarding', '750.relay-hybrid'] },
      { kind: 'heading', block: '750.problem-heading' },
      { kind: 'paragraph', block: '750.problem' },
      { kind: 'paragraph', block: '750.blocked' },
      { kind: 'ndr', block: '750.ndr-intro' },
    ],
    steps: STEP_IDS,
  },
};

/** Body and tip of each step, as block ids. */
export const STEP_BLOCKS: Record<StepId, { body: StepBlockId[]; tip?: StepBlockId }> = {
  'change-admin-passwords': { body: ['step.change-admin-passwords'] },
  'enable-mfa': { body: ['step.enable-mfa'] },
  'register-domains': { body: ['step.register-domains'] },
  'review-connectors': { body: ['step.review-connectors'] },
  'check-compromised-accounts': { body: ['step.check-compromised-accounts'] },
  'secure-on-premises-servers': {
    body: ['step.secure-on-premises-servers'],
    tip: 'step.secure-on-premises-servers.tip',
  },
  'contact-support': { body: ['step.contact-support'] },
};

/** Microsoft pages listed under each step, as link-registry ids. */
export const STEP_DOCS: Record<StepId, readonly string[]> = {
  'change-admin-passwords': ['compromised-account'],
  'enable-mfa': ['set-up-mfa'],
  'register-domains': ['add-domain', 'manage-accepted-domains'],
  'review-connectors': ['use-connectors', 'validate-connectors', 'get-inboundconnector'],
  'check-compromised-accounts': ['compromised-account'],
  'secure-on-premises-servers': ['multifunction-device'],
  'contact-support': ['contact-support', 'fix-5-7-700-through-5-7-750'],
};

export function isGuideCode(value: unknown): value is GuideCode {
  return typeof value === 'string' && (GUIDE_CODES as readonly string[]).includes(value);
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export function stepIndex(stepId: StepId): number {
  return STEP_IDS.indexOf(stepId);
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
  | { kind: 'project' };

export interface Block {
  text: RichText;
  source: Provenance;
}

/**
 * The English each paragraph was translated from, by block. A separate file
 * per language, loaded only when a reader asks to see an original.
 */
export type OriginalsCatalog = Partial<Record<BlockId, RichText>>;

export interface DocLink {
  title: string;
  href: string;
}

/** One language's guide content, as written by `npm run content`. */
export interface GuideCatalog {
  lang: string;
  blocks: Record<BlockId, Block>;
  stepTitles: Record<StepId, string>;
  docs: Record<string, DocLink>;
  ndrLines: Record<GuideCode, string>;
}
