import { GUIDE_CODES, guideSteps, isGuideStep, type GuideCode, type StepId } from '../domain/guides';
import { LANGUAGES, type Lang } from '../domain/languages';

/**
 * The page model: every kind of page, its URL shape, its route pattern and
 * the list of every page there is. The router, the path builders, the
 * prerender step, the sitemap, the tests and the benchmark all read it.
 * These URLs are pasted into tickets and chats: change how they are built,
 * never what they look like.
 */
export type PageKind =
  | { kind: 'home' }
  | { kind: 'compare' }
  | { kind: 'overview'; code: GuideCode }
  | { kind: 'step'; code: GuideCode; step: StepId }
  | { kind: 'summary'; code: GuideCode }
  | { kind: 'not-admin'; code: GuideCode }
  | { kind: 'not-found' };

/**
 * Fixed segments under a guide: React Router ranks them above ":step", and a step id must never be one of them
 * (tested).
 */
export const GUIDE_PAGE_SEGMENTS = { summary: 'summary', notAdmin: 'not-admin' } as const;

/** React Router patterns, below the language segment. */
export const ROUTE_PATTERNS = {
  home: '',
  // A fixed segment: React Router ranks it above ":code", and no status code looks like it.
  compare: 'which-block',
  overview: ':code',
  step: ':code/:step',
  summary: `:code/${GUIDE_PAGE_SEGMENTS.summary}`,
  notAdmin: `:code/${GUIDE_PAGE_SEGMENTS.notAdmin}`,
} as const;

export const paths = {
  root: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  compare: (lang: Lang) => `/${lang}/which-block/`,
  overview: (lang: Lang, code: GuideCode) => `/${lang}/${code}/`,
  step: (lang: Lang, code: GuideCode, step: StepId) => `/${lang}/${code}/${step}`,
  summary: (lang: Lang, code: GuideCode) => `/${lang}/${code}/${GUIDE_PAGE_SEGMENTS.summary}`,
  notAdmin: (lang: Lang, code: GuideCode) => `/${lang}/${code}/${GUIDE_PAGE_SEGMENTS.notAdmin}`,
  /** Language-neutral links ("/5.7.705/", "/5.7.705/review-connectors"): they open the page in the reader's language. */
  neutral: (code: GuideCode, step?: StepId) => (step ? `/${code}/${step}` : `/${code}/`),
} as const;

/** A page a language-neutral link can point to. */
export type NeutralTarget = Extract<PageKind, { kind: 'overview' } | { kind: 'step' }>;

/** Every language-neutral URL: each overview and step without its language segment. */
export function everyNeutralUrl(): { page: NeutralTarget; path: string }[] {
  return everyPage()
    .filter((page): page is NeutralTarget => page.kind === 'overview' || page.kind === 'step')
    .map((page) => ({ page, path: paths.neutral(page.code, page.kind === 'step' ? page.step : undefined) }));
}

/** The path of a page in a language (not-found has no address of its own). */
export function pathOf(lang: Lang, page: PageKind): string | undefined {
  switch (page.kind) {
    case 'home':
      return paths.home(lang);
    case 'compare':
      return paths.compare(lang);
    case 'overview':
      return paths.overview(lang, page.code);
    case 'step':
      return paths.step(lang, page.code, page.step);
    case 'summary':
      return paths.summary(lang, page.code);
    case 'not-admin':
      return paths.notAdmin(lang, page.code);
    case 'not-found':
      return undefined;
  }
}

/** Every page that has an address, once (each exists in every language). */
export function everyPage(): PageKind[] {
  const pages: PageKind[] = [{ kind: 'home' }, { kind: 'compare' }];
  for (const code of GUIDE_CODES) {
    pages.push({ kind: 'overview', code });
    for (const step of guideSteps(code)) pages.push({ kind: 'step', code, step });
    pages.push({ kind: 'summary', code }, { kind: 'not-admin', code });
  }
  return pages;
}

/** Every public URL: each page in each language. */
export function everyUrl(): { lang: Lang; page: PageKind; path: string }[] {
  return LANGUAGES.flatMap((lang) => everyPage().map((page) => ({ lang, page, path: pathOf(lang, page)! })));
}

/** The same page in another language: only the first path segment changes. */
export function withLanguage(pathname: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}

/** The language segment of a path, whatever it is (validated by the caller). */
export function languageSegment(pathname: string): string {
  return pathname.split('/')[1] ?? '';
}

/**
 * The path with its language segment as the app writes it, when only its case differs ("/zh-CN/…", the page's own
 * <html lang>, or "/EN/"); undefined when the path is already so or has no language. Paths are otherwise unchanged.
 */
export function withCanonicalLanguage(pathname: string): string | undefined {
  const segment = languageSegment(pathname);
  const lang = LANGUAGES.find((candidate) => candidate === segment.toLowerCase());
  return lang && lang !== segment ? `/${lang}${pathname.slice(segment.length + 1)}` : undefined;
}

/**
 * The catalog a path's page needs besides the shared one: a guide's overview
 * ("/ja/5.7.750/") or a step ("/ja/5.7.750/review-connectors", with or without a slash); none for other pages.
 */
export function catalogOfPath(
  pathname: string,
): { kind: 'home' } | { kind: 'compare' } | { kind: 'guide'; code: GuideCode } | { kind: 'step'; id: StepId } | undefined {
  // A trailing slash does not change the page (a directory server may have added one to a step's address).
  const [, , code, step, extra] = pathname.replace(/\/+$/, '').split('/');
  if (!code) return { kind: 'home' };
  if (code === ROUTE_PATTERNS.compare && !step) return { kind: 'compare' };
  if (!GUIDE_CODES.includes(code) || extra !== undefined) return undefined;
  // The summary and the "not the admin" page read the guide's catalog (step titles, NDR lines), as its overview does.
  if (!step || Object.values<string>(GUIDE_PAGE_SEGMENTS).includes(step)) return { kind: 'guide', code };
  return isGuideStep(code, step) ? { kind: 'step', id: step } : undefined;
}
