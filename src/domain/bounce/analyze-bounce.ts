import { extractDetails, type BounceDetails, type CodeDetails } from './bounce-details';
import { detectInSegments, prepareBounce, type DetectedCode } from './detect-status-codes';
import type { WorkCounter } from './normalize-bounce-text';
import { matchNdrWording, type WordingMatch } from './ndr-wording';

export type { BounceDetails, CodeDetails } from './bounce-details';
export type { WordingMatch } from './ndr-wording';

/** One code the bounce gives as a reason, or the cause behind the first reason, with its own identifiers and recipients. */
export interface BounceCode extends CodeDetails {
  code: string;
  role: 'reason' | 'cause';
  /** The server's reply that states it, verbatim (English as servers write it), or null. */
  replyLine: string | null;
}

/**
 * What a bounce says, as plain data: the case file and the home page read it.
 * Codes: the reasons, the first one first, with the underlying cause of the
 * first (role "cause") right after it.
 */
export interface BounceAnalysis {
  codes: BounceCode[];
  /** When no code is in the text: the family block that Microsoft's wording in it belongs to. */
  identified: WordingMatch | null;
  details: BounceDetails;
  /** Units of work done (linear in the input). */
  steps: number;
}

export function analyzeBounce(input: string): BounceAnalysis {
  const work: WorkCounter = { steps: 0 };
  const segments = prepareBounce(input, work);
  const reported = detectInSegments(segments, work).codes.map(({ code, role, replyLine }: DetectedCode) => ({ code, role, replyLine }));
  const { details, codes } = extractDetails(segments, reported, work);
  return {
    codes: reported.map((code, index) => ({ ...code, ...codes[index] })),
    identified: reported.length ? null : matchNdrWording(segments, work),
    details,
    steps: work.steps,
  };
}
