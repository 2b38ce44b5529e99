import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { GuideCode } from '../../domain/guides';
import { useLocale } from '../../i18n/use-locale';
import { useRouteLang } from '../../i18n/use-route-lang';

/** All guides › the guide: above a step and the guide's case pages. */
export function GuideBreadcrumb({ code }: { code: GuideCode }) {
  const { t, common } = useLocale();
  const lang = useRouteLang();
  return (
    <nav aria-label={t('step.breadcrumb')} className="breadcrumb">
      <Link to={paths.home(lang)}>{t('app.home')}</Link>
      <span aria-hidden="true"> › </span>
      <Link to={paths.overview(lang, code)}>{t('step.guideCrumb', { code, title: common.guides[code].title })}</Link>
    </nav>
  );
}
