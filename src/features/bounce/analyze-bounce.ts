import { lookUpCode, type CodeReference } from '../../domain/bounce/code-reference';
import { detectStatusCodes } from '../../domain/bounce/detect-status-codes';

/** Loaded on first use, so the parser and the NDR table stay out of the first page load. */
export function analyzeBounce(text: string): CodeReference[] {
  return detectStatusCodes(text).codes.map((code) => lookUpCode(code.code));
}
