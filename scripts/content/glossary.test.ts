import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/domain/guides';
import { LANGUAGES, LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import type { Flow, RichText } from '../../src/domain/rich-text';

/*
 * Each language uses Microsoft's own terms (locales/content/glossary/<lang>.json). This reads every text a reader
 * of that language sees (guide text, step and guide titles, comparison facts, interface strings) and fails on a
 * term the glossary marks "avoid". Commands and NDR lines are English by design and are not read.
 */
const locales = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

interface Term {
  concept: string;
  use: string[];
  avoid?: string[];
  except?: string[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(locales, path), 'utf8')) as T;

function glossary(lang: Lang): Term[] {
  return readJson<{ terms: Term[] }>(`content/glossary/${LANGUAGE_INFO[lang].fileKey}.json`).terms;
}

/** Every reader-facing text of a language, each with where it comes from. */
function textsOf(lang: Lang): { where: string; text: string }[] {
  const key = LANGUAGE_INFO[lang].fileKey;
  const out: { where: string; text: string }[] = [];
  const inline = (text: RichText) => text.filter((node) => node.type !== 'code').map((node) => node.value).join('');
  const flows = (content: Flow[]) =>
    content.flatMap((flow) => (flow.type === 'code' ? [] : flow.type === 'list' ? flow.items.map(inline) : [inline(flow.text)]));
  for (const file of readdirSync(join(locales, 'generated', key))) {
    if (file.startsWith('originals-')) continue;
    const catalog = readJson<Record<string, unknown>>(`generated/${key}/${file}`);
    for (const [id, block] of Object.entries((catalog.blocks ?? {}) as Record<string, Block>)) {
      for (const text of flows(block.content)) out.push({ where: `${file} ${id}`, text });
    }
    for (const [name, value] of Object.entries(catalog)) {
      if (typeof value === 'string') out.push({ where: `${file} ${name}`, text: value });
    }
    for (const [step, title] of Object.entries((catalog.stepTitles ?? {}) as Record<string, string>)) out.push({ where: `${file} ${step}`, text: title });
    for (const [doc, link] of Object.entries((catalog.docs ?? {}) as Record<string, { title: string }>)) out.push({ where: `${file} docs ${doc}`, text: link.title });
    for (const [code, facts] of Object.entries((file === 'compare.json' || file === 'common.json' ? (file === 'common.json' ? catalog.guides : catalog) : {}) as Record<string, Record<string, string>>)) {
      for (const [field, text] of Object.entries(facts)) out.push({ where: `${file} ${code}.${field}`, text });
    }
  }
  const leaves = (tree: unknown, path: string): void => {
    if (typeof tree === 'string') out.push({ where: path, text: tree });
    else if (tree && typeof tree === 'object') for (const [name, value] of Object.entries(tree)) leaves(value, `${path}.${name}`);
  };
  leaves(readJson(`${key}/ui.json`), 'ui.json');
  leaves(readJson(`${key}/ui-home.json`), 'ui-home.json');
  leaves(readJson(`${key}/ui-storage.json`), 'ui-storage.json');
  leaves(readJson(`${key}/ui-case.json`), 'ui-case.json');
  leaves(readJson(`${key}/shell.json`), 'shell.json');
  leaves(readJson(`${key}/ui-guide.json`), 'ui-guide.json');
  leaves(readJson(`${key}/ui-offer.json`), 'ui-offer.json');
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole words in alphabetic scripts (å, ä, ö, é are letters); any occurrence in Chinese and Japanese. */
export function avoidPattern(term: string, lang: Lang): RegExp {
  return LANGUAGE_INFO[lang].script === 'cjk' ? new RegExp(escape(term), 'iu') : new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu');
}

export function findAvoided(text: string, terms: Term[], lang: Lang): string[] {
  const hits: string[] = [];
  for (const term of terms) {
    let cleaned = text;
    for (const phrase of term.except ?? []) cleaned = cleaned.replace(new RegExp(escape(phrase), 'giu'), ' ');
    for (const avoid of term.avoid ?? []) if (avoidPattern(avoid, lang).test(cleaned)) hits.push(`${term.concept}: "${avoid}"`);
  }
  return hits;
}

describe('avoid-term matching', () => {
  it('matches whole words only, with Swedish and German letters counted as letters', () => {
    expect(avoidPattern('klient', 'sv').test('en klient blockerad')).toBe(true);
    expect(avoidPattern('klient', 'sv').test('klientåtkomst')).toBe(false);
    expect(avoidPattern('client', 'fr').test('Votre client ne peut plus envoyer')).toBe(true);
    expect(findAvoided('un client de messagerie', [{ concept: 'tenant', use: ['locataire'], avoid: ['client'], except: ['client de messagerie'] }], 'fr')).toEqual([]);
  });

  it('matches inside running text in Chinese and Japanese', () => {
    expect(avoidPattern('已损坏的用户', 'zh-cn').test('检查是否有已损坏的用户。')).toBe(true);
  });
});

describe.each(LANGUAGES.filter((lang) => lang !== 'en'))('glossary of %s', (lang) => {
  const terms = glossary(lang);

  it('names Microsoft’s term for every core concept', () => {
    const concepts = terms.map((term) => term.concept.toLowerCase()).join(' | ');
    for (const concept of ['tenant', 'accepted domain', 'connector', 'on-premises', 'compromised', 'restricted entities', 'defender portal', 'exchange admin center', 'multifactor', 'non-delivery report', 'microsoft support']) {
      expect(concepts, concept).toContain(concept);
    }
    for (const term of terms) expect(term.use.length, term.concept).toBeGreaterThan(0);
  });

  it('is followed by every guide text and interface string', () => {
    const problems = textsOf(lang).flatMap(({ where, text }) => findAvoided(text, terms, lang).map((hit) => `${where}: ${hit}`));
    expect(problems).toEqual([]);
  });
});
