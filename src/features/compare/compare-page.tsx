import { Suspense, use } from 'react';
import './compare-page.css';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { GUIDE_CODES } from '../../domain/guides';
import { pageCatalogThenable } from '../../i18n/i18n';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';

const FACTS = ['blocked', 'whoSees', 'whoFixes', 'timeToFix'] as const;

/** The family side by side: each guide's one-line facts from its content (compare.json), a card per code. */
function Comparison() {
  const { t, lang: shown } = useLocale();
  const lang = useRouteLang();
  const facts = use(pageCatalogThenable(shown, { kind: 'compare' }));
  return (
    <ul className="compare-list">
      {GUIDE_CODES.map((code) => (
        <li key={code} className="compare-card">
          <h2 className="compare-card__heading">
            <Link to={paths.overview(lang, code)}>
              <span className="compare-card__code">{code}</span> {facts[code].title}
            </Link>
          </h2>
          <dl className="compare-card__facts">
            {FACTS.map((fact) => (
              <div key={fact} className="compare-card__row">
                <dt>{t(`compare.${fact}`)}</dt>
                <dd>{facts[code][fact]}</dd>
              </div>
            ))}
          </dl>
          <Link to={paths.overview(lang, code)} className="compare-card__open">
            {t('compare.open', { code })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** "Which block is it?": the family of sending blocks, told apart by what they block and who fixes them. */
export function ComparePage() {
  const { t, common } = useLocale();
  const lang = useRouteLang();
  useDocumentTitle(pageTitle({ kind: 'compare' }, t, common));
  return (
    <>
      <nav aria-label={t('step.breadcrumb')} className="breadcrumb">
        <Link to={paths.home(lang)}>{t('app.home')}</Link>
      </nav>
      <PageHeading>{t('compare.title')}</PageHeading>
      <p className="lead">{t('compare.lead')}</p>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Comparison />
      </Suspense>
    </>
  );
}
