/**
 * What a guide's case holds besides its notes, each filed under its name (case-data.ts reads them). A module of its
 * own: the progress store needs the names for a reset, and importing them from case-data.ts would bring its readers
 * into every page's first view.
 */
export const CASE_NAMES = ['bounce', 'contact'] as const;
export type CaseName = (typeof CASE_NAMES)[number];
