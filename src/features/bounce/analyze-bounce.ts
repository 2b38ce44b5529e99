import { analyzeBounce, type BounceAnalysis, type BounceCode, type WordingMatch } from '../../domain/bounce/analyze-bounce';
import { lookUpCode, type CodeReference } from '../../domain/bounce/code-reference';

export type ShownCode = BounceCode & { reference: CodeReference };

/** What the paste shows: the analysis, with where each code leads. */
export interface ShownAnalysis {
  codes: ShownCode[];
  identified: (WordingMatch & { reference: CodeReference }) | null;
  details: BounceAnalysis['details'];
}

/** Loaded on first use, so the parser and the NDR table stay out of the first page load. */
export function showBounce(text: string): ShownAnalysis {
  const { codes, identified, details } = analyzeBounce(text);
  return {
    codes: codes.map((code) => ({ ...code, reference: lookUpCode(code.code) })),
    identified: identified && { ...identified, reference: lookUpCode(identified.code) },
    details,
  };
}
