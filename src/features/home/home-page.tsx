import { Suspense, lazy, use } from 'react';
import { Link } from 'react-router';
import { BlockSourceContext, ContentBlock } from '../../components/content-block';
import { LazyPart } from '../../components/lazy-part';
import { importOrReload } from '../../components/stale-chunk';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { GUIDE_CODES, SITE, type GuideCode } from '../../domain/guides';
import { pageCatalogThenable, requireUiPart, uiPartThenable } from '../../i18n/i18n';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';
import { useGuideProgress } from '../progress/use-guide-progress';

const loadTools = importOrReload(() => Promise.all([import('./home-tools'), requireUiPart('home')]).then(([tools]) => tools));
const BouncePaste = lazy(() => loadTools().then((tools) => ({ default: tools.BouncePaste })));
const ProgressTransfer = lazy(() => loadTools().then((tools) => ({ default: tools.ProgressTransfer })));

function GuideCard({ code }: { code: GuideCode }) {
  const { t, common } = useLocale();
  const lang = useRouteLang();
  const { done, total } = useGuideProgress(code);
  return (
    <li className="guide-card">
      <Link to={paths.overview(lang, code)} className="guide-card__link">
        <span className="guide-card__code">{code}</span>
        <span className="guide-card__name">{common.guides[code].title}</span>
      </Link>
      <span className="guide-card__progress">{t('home.guideProgress', { done, count: total })}</span>
    </li>
  );
}

/** The article's paragraphs the home page quotes (home.json), hydrated when they arrive. */
function AboutParagraphs() {
  const { lang } = useLocale();
  const catalog = use(pageCatalogThenable(lang, { kind: 'home' }));
  return (
    <BlockSourceContext.Provider value={{ blocks: catalog.blocks, originals: 'home' }}>
      {SITE.home.map((id) => (
        <ContentBlock key={id} id={id} />
      ))}
    </BlockSourceContext.Provider>
  );
}

export function HomePage() {
  const { t, common, lang: shown } = useLocale();
  // The home page's own strings come with its tools' (ui-home.json); the page waits for them.
  use(uiPartThenable('home', shown));
  const lang = useRouteLang();
  useDocumentTitle(pageTitle({ kind: 'home' }, t, common));
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.lead')}</p>
      <h2>{t('home.guidesHeading')}</h2>
      <ul className="guide-cards">
        {GUIDE_CODES.map((code) => (
          <GuideCard key={code} code={code} />
        ))}
      </ul>
      <p>
        <Link to={paths.compare(lang)}>{t('home.compareLink')}</Link>
      </p>
      <LazyPart>
        <BouncePaste />
      </LazyPart>
      <h2>{t('home.aboutHeading')}</h2>
      <Suspense>
        <AboutParagraphs />
      </Suspense>
      <LazyPart silent>
        <ProgressTransfer />
      </LazyPart>
    </>
  );
}
