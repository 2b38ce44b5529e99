import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuideCatalog } from '../../src/domain/guides';
import { LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import { plainText } from '../../src/domain/rich-text';

type Tree = { [key: string]: string | Tree };
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** The texts a reader sees in a language, read from the same catalogs the app ships. */
export function texts(lang: Lang) {
  const dir = join(root, LANGUAGE_INFO[lang].sourceKey);
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree;
  const ui: Tree = { ...read('ui.json'), ...read('ui-home.json') };
  const guide = JSON.parse(readFileSync(join(dir, 'guide.json'), 'utf8')) as GuideCatalog;
  const t = (key: string, vars: Record<string, string | number> = {}) => {
    const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], ui);
    if (typeof value !== 'string') throw new Error(`no string ${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
  };
  return { t, guide, block: (id: keyof GuideCatalog['blocks']) => plainText(guide.blocks[id].text), htmlLang: LANGUAGE_INFO[lang].htmlLang };
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens a page and waits until it has started (its language switcher becomes
 * usable), as a reader would before relying on in-app behaviour such as focus
 * moving to the heading.
 */
export async function gotoReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('combobox').first()).toBeEnabled();
}
