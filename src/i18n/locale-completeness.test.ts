import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_INFO } from '../domain/languages';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
type Tree = { [key: string]: string | Tree };
// ui.json: strings every page needs; ui-home.json: strings of the home page's tools, loaded with them;
// ui-case.json: the case file's pages and parts; ui-guide.json and ui-offer.json: a guide's parts loaded after the
// page is ready; shell.json: the page's own messages before and without the app (written into the HTML only).
const FILES = ['ui.json', 'ui-home.json', 'ui-storage.json', 'ui-case.json', 'ui-guide.json', 'ui-offer.json', 'shell.json'];
const ui = (key: string, file: string) => JSON.parse(readFileSync(join(root, key, file), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const others = LANGUAGES.filter((lang) => lang !== 'en').flatMap((lang) => FILES.map((file) => [lang, file] as const));

describe.each(others)('UI strings in %s, %s', (lang, file) => {
  const english = leaves(ui('en', file));
  const strings = leaves(ui(LANGUAGE_INFO[lang].fileKey, file));

  it('has every English key, and no other', () => {
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('fills every string, with the same placeholders as English', () => {
    for (const [key, text] of english) {
      const translated = strings.get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});

describe('the UI files', () => {
  it('share no top-level section, so loading the second never overwrites the first', () => {
    const sections = FILES.map((file) => Object.keys(ui('en', file)));
    for (const part of sections) expect(part.length).toBeGreaterThan(0);
    const all = sections.flat();
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
  });
});
