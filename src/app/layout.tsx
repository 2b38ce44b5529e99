import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { catalogOfPath, paths } from '../config/paths';
import { sentenceGap, type Lang } from '../domain/languages';
import { SITE } from '../domain/guides';
import { leadText } from '../domain/rich-text';
import { CC_BY_URL } from '../domain/docs-url';
import { ExternalDocLink } from '../components/external-doc-link';
import { LanguageSwitcher } from '../features/language/language-switcher';
import { LoadBoundary } from '../features/guide/load-boundary';
import { StorageNotice } from '../features/progress/storage-notice';
import { useLocale } from '../i18n/use-locale';
import { GuidePart } from '../features/on-demand/load-parts';


/** Header with the language switcher, the page, and the attribution footer. */
export function Layout({ lang, children }: { lang: Lang; children: ReactNode }) {
  // The language on screen, which is the route's once it has loaded: after a failed switch the header still marks
  // the language the text is in.
  const { t, common, lang: shown } = useLocale();
  const { pathname } = useLocation();
  // A guide's overview, summary or "not the admin" page: its name heads the page if the page's own part fails.
  const page = catalogOfPath(pathname);
  const guide = page?.kind === 'guide' ? page : undefined;
  return (
    // A step keeps room beside it for its step list, and its header stands over it (app.css). Decided once, from the
    // address, not from the page's content: the browser may paint before the parser has reached the end of a long step.
    <div className={page?.kind === 'step' ? 'layout layout--step' : 'layout'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home(lang)} className="site-header__name">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" className="site-header__logo">
              <path fill="currentColor" d="M3 5h18v14H3V5zm2 2v.5l7 4.5 7-4.5V7H5zm0 2.9V17h14V9.9l-7 4.5-7-4.5z" />
            </svg>
            {t('app.name')}
          </Link>
          <LanguageSwitcher current={shown} />
        </div>
        {/* The offer of the reader's own language: decided in the browser, loaded once the page runs. */}
        <GuidePart name="language-offer" current={lang} />
      </header>
      <main id="main" className="site-main">
        <LoadBoundary>
          <StorageNotice />
        </LoadBoundary>
        {/* Each boundary hydrates on its own, so the browser gets to breathe in between. A page's boundary is new
            with each address, so a load that failed on one page is not shown on the next. */}
        <LoadBoundary key={pathname} heading={guide ? common.guides[guide.code].title : undefined}>
          {/* While a page's own part loads after in-app navigation or a language switch (a prerendered page keeps its
              HTML instead: React does not show a fallback while it hydrates). */}
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{children}</Suspense>
        </LoadBoundary>
      </main>
      {/* A boundary of its own, so it hydrates apart from the page (the browser gets to breathe in between). */}
      <Suspense>
        <SiteFooter />
      </Suspense>
    </div>
  );
}

/** The attribution (with the licence's address, as CC BY 4.0 asks), the link to the article, and the privacy line. */
function SiteFooter() {
  const { t, common, lang } = useLocale();
  const article = common.docs[SITE.footer.currentArticle];
  return (
    <footer className="site-footer">
      {/* The link in the attribution's own paragraph: its name ("that article") takes its meaning from it. */}
      <p>
        {t('footer.attribution', { title: leadText(common.blocks[SITE.footer.attribution].content), licenseUrl: CC_BY_URL })}
        {sentenceGap(lang)}
        <ExternalDocLink href={article.href}>{t('footer.currentArticle')}</ExternalDocLink>
      </p>
      <p>{t('footer.privacy')}</p>
    </footer>
  );
}
