import type { TFunction } from 'i18next';
import type { PageKind } from '../config/paths';
import type { CommonCatalog, GuideCatalog, GuideModel, StepCatalog } from '../domain/guides';
import { leadText } from '../domain/rich-text';

export type { PageKind };

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

/** The first block an overview shows: its lead for previews. */
function overviewLead(guide: GuideModel): string | undefined {
  for (const part of guide.overview) {
    if (part.kind === 'block' || part.kind === 'heading') return part.block;
    if (part.kind === 'list') return part.blocks[0];
  }
  return undefined;
}

/** The document title of every page (the app sets it on each navigation; link previews get it too). */
export function pageTitle(page: PageKind, t: TFunction, common: CommonCatalog, catalog?: GuideCatalog | StepCatalog): string {
  const app = t('app.name');
  switch (page.kind) {
    case 'home':
      return `${app} – ${t('app.tagline')}`;
    case 'compare':
      return `${t('compare.title')} – ${app}`;
    case 'overview':
      return `${page.code} ${common.guides[page.code].title} – ${app}`;
    case 'step':
      return `${catalog && 'title' in catalog ? catalog.title : ''} – ${page.code} – ${app}`;
    case 'summary':
      return `${t('case.summary.pageTitle', { code: page.code })} – ${app}`;
    case 'not-admin':
      return `${t('case.notAdmin.title')} – ${page.code} – ${app}`;
    case 'not-found':
      return `${t('notFound.title')} – ${app}`;
  }
}

/**
 * The title, preview title and description of every page, for its prerendered <head> (build time only).
 * An overview needs its guide's catalog, a step its step's.
 */
export function pageMeta(page: PageKind, t: TFunction, common: CommonCatalog, catalog?: GuideCatalog | StepCatalog): PageMeta {
  const title = pageTitle(page, t, common, catalog);
  const siteName = t('app.name');
  const lead = (id: string | undefined) => (id && catalog?.blocks[id] ? oneLine(leadText(catalog.blocks[id].content)) : '');
  switch (page.kind) {
    case 'home':
      return { title, shortTitle: t('home.title'), siteName, description: oneLine(t('home.lead')) };
    case 'compare':
      return { title, shortTitle: t('compare.title'), siteName, description: oneLine(t('compare.lead')) };
    case 'overview':
      return {
        title,
        shortTitle: `${page.code}: ${common.guides[page.code].title}`,
        siteName,
        description: catalog && 'overview' in catalog.model ? lead(overviewLead(catalog.model)) : '',
      };
    case 'step':
      return {
        title,
        shortTitle: catalog && 'title' in catalog ? catalog.title : '',
        siteName,
        description: catalog && 'body' in catalog.model ? lead(catalog.model.body[0]) : '',
      };
    case 'summary':
      return { title, shortTitle: t('case.summary.pageTitle', { code: page.code }), siteName, description: oneLine(t('case.summary.lead')) };
    case 'not-admin':
      return { title, shortTitle: `${page.code}: ${t('case.notAdmin.title')}`, siteName, description: oneLine(t('case.notAdmin.lead', { code: page.code })) };
    case 'not-found':
      return { title, shortTitle: t('notFound.title'), siteName, description: oneLine(t('notFound.text')) };
  }
}
