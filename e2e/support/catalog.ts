import { expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideSteps, type Block, type CommonCatalog, type DocLink, type GuideCode } from '../../src/domain/guides';
import { LANGUAGE_INFO, type Lang } from '../../src/domain/languages';
import { leadText } from '../../src/domain/rich-text';

type Tree = { [key: string]: string | Tree };
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** The texts a reader sees in a language, read from the same catalogs the app ships. */
export function texts(lang: Lang) {
  const key = LANGUAGE_INFO[lang].fileKey;
  const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
  const ui: Tree = { ...readJson<Tree>(`${key}/ui.json`), ...readJson<Tree>(`${key}/ui-home.json`), ...readJson<Tree>(`${key}/ui-storage.json`), ...readJson<Tree>(`${key}/ui-case.json`), ...readJson<Tree>(`${key}/ui-guide.json`), ...readJson<Tree>(`${key}/ui-offer.json`) };
  // shell.json: the page's messages before and without the app.
  Object.assign(ui, readJson<Tree>(`${key}/shell.json`));
  const common = readJson<CommonCatalog>(`generated/${key}/common.json`);
  // Every page catalog merged: a block's id names it wherever it is shown.
  const catalogs = readdirSync(join(root, 'generated', key))
    .filter((file) => file.startsWith('guide-') || file.startsWith('step-'))
    .map((file) => ({ file, ...readJson<{ blocks: Record<string, Block>; docs: Record<string, DocLink>; title?: string }>(`generated/${key}/${file}`) }));
  const guide = {
    blocks: Object.assign({}, common.blocks, ...catalogs.map((catalog) => catalog.blocks)) as Record<string, Block>,
    stepTitles: Object.fromEntries(catalogs.filter((catalog) => catalog.title).map((catalog) => [catalog.file.slice(5, -5), catalog.title!])) as Record<string, string>,
    docs: Object.assign({}, common.docs, ...catalogs.map((catalog) => catalog.docs)) as Record<string, DocLink>,
  };
  const plural = new Intl.PluralRules(LANGUAGE_INFO[lang].htmlLang);
  const t = (path: string, vars: Record<string, string | number> = {}) => {
    const lookup = (at: string) => at.split('.').reduce<string | Tree | undefined>((node, part) => (node as Tree | undefined)?.[part], ui);
    // With a count, the language's plural form where the key has them ("…_one", "…_other"), as i18next picks it.
    const value = (typeof vars.count === 'number' ? (lookup(`${path}_${plural.select(vars.count)}`) ?? lookup(`${path}_other`)) : undefined) ?? lookup(path);
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
export const stepCount = (code: GuideCode) => guideSteps(code).length;

/** A pattern for a text as an accessible name: accessible names fold no-break spaces (French "Terminer :") into spaces. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+');

/**
 * Opens a page and waits until it has started (its language switcher becomes
 * usable), as a reader would before relying on in-app behaviour such as focus
 * moving to the heading.
 */
export async function gotoReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.language-switcher[data-ready]')).toBeAttached();
}

/** The header's language links, named in the page's language. */
export const languageLinks = (page: Page, shown: Lang) => page.getByRole('navigation', { name: texts(shown).t('app.language') });

/** Chooses another language with the header's links, as a reader does (waits until the page has started). */
export async function chooseLanguage(page: Page, shown: Lang, target: Lang): Promise<void> {
  await expect(page.locator('.language-switcher[data-ready]')).toBeAttached();
  await languageLinks(page, shown).getByRole('link', { name: LANGUAGE_INFO[target].nativeName, exact: true }).click();
}
