import type { BlockId } from '../../src/domain/guides';
import { BLOCK_SPECS, NDR_LINE_SENTENCES, type BlockSpec } from './block-specs';
import { ImportError } from './import-error';
import type { Leaf, ParsedArticle, SentencePair } from './parse-article';

export interface AlignedBlock {
  id: BlockId;
  /** The chosen sentences, in the model's order. */
  sentences: SentencePair[];
  revision: 'newest' | 'older';
}

export interface AlignmentReport {
  locale: string;
  date: string;
  /** Blocks taken from the article, with the revision of their wording. */
  aligned: { id: BlockId; revision: 'newest' | 'older'; lines: number[] }[];
  /** Blocks the article does not have (filled by project translations). */
  missing: BlockId[];
  /** Blocks the article has more than once; the first occurrence is kept. */
  duplicates: { id: BlockId; lines: number[] }[];
  /** Blocks of which only some sentences were found (filled by project translations). */
  partial: { id: BlockId; lines: number[] }[];
  /** Machine-translated NDR lines that were dropped (Exchange sends them in English). */
  droppedNdrLines: number[];
}

export function leafText(leaves: Leaf[]): string {
  return leaves.map((leaf) => leaf.value).join('');
}

/** What two English originals are compared on: the words, not the spacing. */
export function normalizeEnglish(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance with an early exit once it exceeds `limit`. */
function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

/** Same sentence, allowing a typo or two in long sentences ("envrionments"). */
function sameSentence(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 40 && editDistanceWithin(a, b, 2);
}

interface Version {
  revision: 'newest' | 'older';
  sentences: string[];
}

function versionsOf(spec: BlockSpec): Version[] {
  return [
    { revision: 'newest', sentences: spec.newest },
    ...(spec.variants ?? []).map((variant) => ({ revision: 'older' as const, sentences: variant.sentences })),
  ];
}

/**
 * Matches every sentence of a translation to the guide model through its
 * English original, within the sentence's section. A sentence that matches
 * nothing stops the import: the model must be extended on purpose.
 */
export function alignArticle(article: ParsedArticle): { blocks: Map<BlockId, AlignedBlock>; report: AlignmentReport } {
  // occurrences[blockId][versionIndex][sentenceIndex] = pairs found, in file order
  const occurrences = new Map<BlockId, SentencePair[][][]>();
  const droppedNdrLines: number[] = [];

  for (const pair of article.sentences) {
    const english = normalizeEnglish(leafText(pair.english));
    const ndr = NDR_LINE_SENTENCES[pair.section] ?? [];
    if (ndr.includes(english)) {
      droppedNdrLines.push(pair.line);
      continue;
    }
    let matched = false;
    for (const spec of BLOCK_SPECS) {
      if (spec.section !== pair.section) continue;
      versionsOf(spec).forEach((version, versionIndex) => {
        version.sentences.forEach((sentence, sentenceIndex) => {
          if (!sameSentence(english, normalizeEnglish(sentence))) return;
          matched = true;
          const byVersion = occurrences.get(spec.id) ?? [];
          occurrences.set(spec.id, byVersion);
          byVersion[versionIndex] ??= [];
          byVersion[versionIndex][sentenceIndex] ??= [];
          byVersion[versionIndex][sentenceIndex].push(pair);
        });
      });
    }
    if (!matched) {
      throw new ImportError(article.file, pair.line, `no block of section "${pair.section}" has the English original "${english}"`);
    }
  }

  const blocks = new Map<BlockId, AlignedBlock>();
  const report: AlignmentReport = {
    locale: article.locale,
    date: article.date,
    aligned: [],
    missing: [],
    duplicates: [],
    partial: [],
    droppedNdrLines,
  };
  const seen = new Set<BlockId>();
  for (const spec of BLOCK_SPECS) {
    if (seen.has(spec.id)) continue;
    seen.add(spec.id);
    const byVersion = occurrences.get(spec.id);
    const versions = versionsOf(spec);
    const chosen = versions.findIndex(
      (version, index) =>
        version.sentences.length > 0 && version.sentences.every((_, sentenceIndex) => byVersion?.[index]?.[sentenceIndex]?.length),
    );
    if (chosen < 0) {
      if (byVersion) {
        const lines = byVersion.flat(2).map((pair) => pair.line);
        report.partial.push({ id: spec.id, lines: [...new Set(lines)] });
      }
      report.missing.push(spec.id);
      continue;
    }
    const found = byVersion![chosen];
    const sentences = versions[chosen].sentences.map((_, index) => found[index][0]);
    const lines = [...new Set(sentences.map((pair) => pair.line))];
    const repeatedLines = [...new Set(found.flat().map((pair) => pair.line))];
    if (repeatedLines.length > lines.length) report.duplicates.push({ id: spec.id, lines: repeatedLines });
    // Fuzzy matching forgives typos, but only an exact match counts as the newest wording.
    const exact = sentences.every((pair, index) => normalizeEnglish(leafText(pair.english)) === normalizeEnglish(spec.newest[index] ?? ''));
    const revision = versions[chosen].revision === 'newest' && exact ? 'newest' : 'older';
    blocks.set(spec.id, { id: spec.id, sentences, revision });
    report.aligned.push({ id: spec.id, revision, lines });
  }
  return { blocks, report };
}
