import type { GuideCode, StepId } from './guides';
import { MAX_CASE_NUMBER, sanitizeRequest, type Progress, type SupportRequest } from './progress';
import { stampAfter } from './saved-values';

// Only the support form uses these: they load with it, not with every page (progress.ts reads saved requests).

/**
 * A request as the reader typed it, or undefined when the day is not a valid date or lies after `today` (the reader's
 * day, "YYYY-MM-DD": a request is made, not planned). The case number is trimmed and cut to its limit.
 */
export function supportRequest(on: string, caseNumber: string, today: string): SupportRequest | undefined {
  const request = sanitizeRequest({ on, caseNumber: caseNumber.trim().slice(0, MAX_CASE_NUMBER) });
  return request && request.on <= today ? request : undefined;
}

/** Records (or, with undefined, clears) a request for a step: a change like a tick, merged across tabs by its time. */
export function recordRequest(progress: Progress, code: GuideCode, step: StepId, request: SupportRequest | undefined, at: Date): Progress {
  const { done = false, at: replaced } = progress[code]?.[step] ?? {};
  const stamp = stampAfter(at, replaced);
  return { ...progress, [code]: { ...progress[code], [step]: request ? { done, at: stamp, requested: request } : { done, at: stamp } } };
}
