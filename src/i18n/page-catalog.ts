import type { Block, BlockId, GuideCatalog, GuideCode, GuideSummary, StepCatalog, StepId } from '../domain/guides';

export interface HomeCatalog {
  blocks: Record<BlockId, Block>;
}

/** The catalog a page needs besides the shared one: the home page's, a guide's overview, or a step. */
/** Each guide's one-line facts, for "Which block is it?". */
export type CompareCatalog = Record<GuideCode, Required<GuideSummary>>;

export type CatalogRef = { kind: 'home' } | { kind: 'compare' } | { kind: 'guide'; code: GuideCode } | { kind: 'step'; id: StepId };
export type CatalogOf<R extends CatalogRef> = R extends { kind: 'guide' }
  ? GuideCatalog
  : R extends { kind: 'step' }
    ? StepCatalog
    : R extends { kind: 'compare' }
      ? CompareCatalog
      : HomeCatalog;

/** Its file name under locales/generated/<lang>/ (and its originals' suffix). */
export const catalogName = (ref: CatalogRef) => (ref.kind === 'home' || ref.kind === 'compare' ? ref.kind : ref.kind === 'guide' ? `guide-${ref.code}` : `step-${ref.id}`);
