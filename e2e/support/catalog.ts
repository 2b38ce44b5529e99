import { expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideModel, type CommonCatalog, type GuideCatalog, type GuideCode } from '../../src/domain/guides';
import { LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import { leadText } from '../../src/domain/rich-text';

type Tree = { [key: string]: string | Tree };
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** The texts a reader sees in a language, read from the same catalogs the app ships. */
export function texts(lang: Lang) {
  const key = LANGUAGE_INFO[lang].fileKey;
  const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
  const ui: Tree = { ...readJson<Tree>(`${key}/ui.json`), ...readJson<Tree>(`${key}/ui-home.json`) };
  const common = readJson<CommonCatalog>(`generated/${key}/common.json`);
  // Every guide's catalog merged: a step's title and a page's text are the same under every guide.
  const guides = readdirSync(join(root, 'generated', key))
    .filter((file) => file.startsWith('guide-'))
    .map((file) => readJson<GuideCatalog>(`generated/${key}/${file}`));
  const guide: Omit<GuideCatalog, 'code'> = {
    blocks: Object.assign({}, common.blocks, ...guides.map((catalog) => catalog.blocks)),
    stepTitles: Object.assign({}, ...guides.map((catalog) => catalog.stepTitles)),
    docs: Object.assign({}, common.docs, ...guides.map((catalog) => catalog.docs)),
  };
  const t = (path: string, vars: Record<string, string | number> = {}) => {
    const value = path.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], ui);
    if (typeof value !== 'string') throw new Error(`no string ${path}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
  };
  return {
    t,
    guide,
    /** A block's text as the page shows it (its first paragraph). */
    block: (id: string) => leadText(guide.blocks[id].content),
    /** A guide's name in this language. */
    name: (code: GuideCode) => common.guides[code].title,
    htmlLang: LANGUAGE_INFO[lang].htmlLang,
  };
}

/** How many steps a guide has (its own list, from the content). */
export const stepCount = (code: GuideCode) => guideModel(code).steps.length;

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
