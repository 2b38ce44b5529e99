import type { GuideCatalog, GuideCode, StepCatalog, StepId } from '../domain/guides';

/** The catalog a page needs besides the shared one: its guide's overview, or its step. */
export type CatalogRef = { kind: 'guide'; code: GuideCode } | { kind: 'step'; id: StepId };
export type CatalogOf<R extends CatalogRef> = R extends { kind: 'guide' } ? GuideCatalog : StepCatalog;

/** Its file name under locales/generated/<lang>/ (and its originals' suffix). */
export const catalogName = (ref: CatalogRef) => (ref.kind === 'guide' ? `guide-${ref.code}` : `step-${ref.id}`);
