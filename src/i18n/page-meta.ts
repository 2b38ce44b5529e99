import type { TFunction } from 'i18next';
import { GUIDES, STEP_BLOCKS, type GuideCatalog, type GuideCode, type StepId } from '../domain/guides';
import { plainText } from '../domain/rich-text';
import { GUIDE_NAME_KEY } from './guide-names';

export type PageKind =
  | { kind: 'home' }
  | { kind: 'overview'; code: GuideCode }
  | { kind: 'step'; code: GuideCode; step: StepId }
  | { kind: 'not-found' };

export interface PageMeta {
  /** The document title: page, context, site. */
  title: string;
  /** The page's own name, for link previews. */
  shortTitle: string;
  siteName: string;
  /** One line for link previews and search results. */
  description: string;
}

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The document title and description of every page, for the page itself and for its prerendered <head>. */
export function pageMeta(page: PageKind, t: TFunction, catalog: GuideCatalog): PageMeta {
  const app = t('app.name');
  switch (page.kind) {
    case 'home':
      return { title: `${app} – ${t('app.tagline')}`, shortTitle: t('home.title'), siteName: app, description: oneLine(t('home.lead')) };
    case 'overview': {
      const first = GUIDES[page.code].overview[0];
      const lead = first.kind === 'list' ? first.blocks[0] : first.block;
      return {
        title: `${page.code} ${t(GUIDE_NAME_KEY[page.code])} – ${app}`,
        shortTitle: `${page.code}: ${t(GUIDE_NAME_KEY[page.code])}`,
        siteName: app,
        description: oneLine(plainText(catalog.blocks[lead].text)),
      };
    }
    case 'step':
      return {
        title: `${catalog.stepTitles[page.step]} – ${page.code} – ${app}`,
        shortTitle: catalog.stepTitles[page.step],
        siteName: app,
        description: oneLine(plainText(catalog.blocks[STEP_BLOCKS[page.step].body[0]].text)),
      };
    case 'not-found':
      return { title: `${t('notFound.title')} – ${app}`, shortTitle: t('notFound.title'), siteName: app, description: oneLine(t('notFound.text')) };
  }
}
