import type { GuideCode, StepId } from '../domain/guides';
import type { Lang } from '../domain/languages';

/**
 * Every URL shape of the app, in one place. These URLs are pasted into
 * tickets and chats: change how they are built, never what they look like.
 */
export const paths = {
  root: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  overview: (lang: Lang, code: GuideCode) => `/${lang}/${code}/`,
  step: (lang: Lang, code: GuideCode, step: StepId) => `/${lang}/${code}/${step}`,
} as const;

/** The same page in another language: only the first path segment changes. */
export function withLanguage(pathname: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}`;
}

/** The language segment of a path, whatever it is (validated by the caller). */
export function languageSegment(pathname: string): string {
  return pathname.split('/')[1] ?? '';
}
