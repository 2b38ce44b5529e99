import wording from './ndr-wording.json';
import type { BounceSegment } from './detect-status-codes';
import { isFamilyCode, type FamilyCode } from './family-codes';
import type { WorkCounter } from './normalize-bounce-text';

/**
 * A bounce pasted without its code (only the human-readable part of a
 * Microsoft NDR) can still name its block: Microsoft's documented wording for
 * each family code is specific enough. Only wording a Microsoft source quotes
 * is used (ndr-wording.json, with the source of every quote).
 */
export interface WordingMatch {
  /** The block the wording most likely belongs to. */
  code: FamilyCode;
  /** The phrase found, as Microsoft writes it. */
  phrase: string;
  /** Ids of the Microsoft sources that quote it (see ndr-wording.json). */
  sources: string[];
}

interface PhraseEntry extends WordingMatch {
  normalized: string;
}

/** Case, typographic apostrophes and line breaks differ between copies of the same text. */
export function normalizeWording(text: string, work: WorkCounter = { steps: 0 }): string {
  work.steps += text.length;
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/\s+/g, ' ');
}

export const WORDING_PHRASES: readonly PhraseEntry[] = wording.texts.flatMap((entry) =>
  entry.phrases.map((phrase) => {
    if (!isFamilyCode(entry.code)) throw new Error(`ndr-wording.json: ${entry.code} is not a family code`);
    return { code: entry.code, phrase, sources: entry.sources, normalized: normalizeWording(phrase) };
  }),
);

/** The family block whose wording appears first in the report, or null. */
export function matchNdrWording(segments: BounceSegment[], work: WorkCounter): WordingMatch | null {
  let best: { at: number; entry: PhraseEntry } | null = null;
  for (const segment of segments) {
    const text = normalizeWording(segment.text.slice(0, segment.originalAt), work);
    for (const entry of WORDING_PHRASES) {
      const at = text.indexOf(entry.normalized);
      work.steps += at < 0 ? text.length : at;
      if (at >= 0 && (!best || at < best.at)) best = { at, entry };
    }
    if (best) break;
  }
  if (!best) return null;
  const { code, phrase, sources } = best.entry;
  // Several quotes share a phrase: name every source that quotes it.
  const allSources = [...new Set(WORDING_PHRASES.filter((e) => e.code === code && e.normalized === best.entry.normalized).flatMap((e) => e.sources).concat(sources))];
  return { code, phrase, sources: allSources };
}
