import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_INFO } from '../domain/languages';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');
type Tree = { [key: string]: string | Tree };
const ui = (key: string) => JSON.parse(readFileSync(join(root, key, 'ui.json'), 'utf8')) as Tree;

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
const english = leaves(ui('en'));

describe.each(LANGUAGES.filter((lang) => lang !== 'en'))('UI strings in %s', (lang) => {
  const strings = leaves(ui(LANGUAGE_INFO[lang].sourceKey));

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
