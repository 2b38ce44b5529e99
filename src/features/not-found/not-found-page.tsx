import { use } from 'react';
import { uiPartThenable } from '../../i18n/i18n';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../config/paths';
import { GUIDE_CODES } from '../../domain/guides';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';

/** Shown for any address outside the catalog, in the best language available, with a way on. */
export function NotFoundPage() {
  const { t, lang, common } = useLocale();
  // Its strings come with the home page's (ui-home.json): a guide's page never needs them.
  use(uiPartThenable('home', lang));
  useDocumentTitle(pageTitle({ kind: 'not-found' }, t, common));
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <ul className="link-list">
        {GUIDE_CODES.map((code) => (
          <li key={code}>
            <Link to={paths.overview(lang, code)}>
              {code}: {common.guides[code].title}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.home(lang)}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}
