import { scanOccurrences, type Occurrence } from './code-occurrences';
import { normalizeBounceText, type WorkCounter } from './normalize-bounce-text';
import { originalMessageStart } from './original-message';
import { rankCodes } from './rank-codes';
import { extractReplyLine } from './reply-line';

export { originalMessageStart } from './original-message';

/**
 * Finds the enhanced status codes (RFC 3463) that are the reason a bounce
 * reports for a failure or delay, most telling first, and the underlying
 * cause of the first where the bounce shows one (the earlier attempts of a
 * message that expired). Codes that are not reasons are left out: see
 * rank-codes.ts.
 */
export interface DetectedCode {
  code: string;
  /** reason: why the message failed; cause: what lies behind the first reason (shown as such). */
  role: 'reason' | 'cause';
  /** The server's reply that states it, verbatim, or null where the code stands alone. */
  replyLine: string | null;
  count: number;
}

/** One decoded text of the paste and where the quoted original message starts in it. */
export interface BounceSegment {
  text: string;
  /** Offset of the copy of the original message, or text.length. */
  originalAt: number;
}

export interface Detection {
  codes: DetectedCode[];
  segments: BounceSegment[];
  /** Units of work done, to show that detection is linear in the input. */
  steps: number;
}

export const MAX_REPORTED_CODES = 10;

export function prepareBounce(input: string, work: WorkCounter): BounceSegment[] {
  return normalizeBounceText(input, (lowerText) => originalMessageStart(lowerText, work), work).map((text) => ({
    text,
    originalAt: originalMessageStart(text.toLowerCase(), work),
  }));
}

export function detectInSegments(segments: BounceSegment[], work: WorkCounter): Omit<Detection, 'segments' | 'steps'> {
  const occurrences: Occurrence[] = [];
  segments.forEach((segment, index) => scanOccurrences(segment.text, segment.originalAt, index, occurrences, work));
  const ranked = rankCodes(occurrences, MAX_REPORTED_CODES);
  return {
    codes: ranked.map(({ code, role, source, count }) => ({
      code,
      role,
      replyLine: source.evidence === 'reply' ? extractReplyLine(segments[source.segment].text, source, work) || null : null,
      count,
    })),
  };
}

export function detectStatusCodes(input: string): Detection {
  const work: WorkCounter = { steps: 0 };
  const segments = prepareBounce(input, work);
  const found = detectInSegments(segments, work);
  return { ...found, segments, steps: work.steps };
}
