import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { preferredLanguage } from '../features/language/preferred-language';
import { useGuide } from '../i18n/use-guide';

/** "/" goes to the saved language, else the browser's, else English. Decided after mount: render stays pure. */
export function RootRedirect() {
  const { t } = useGuide();
  const navigate = useNavigate();
  useEffect(() => {
    navigate(paths.home(preferredLanguage()), { replace: true });
  }, [navigate]);
  return <p className="loading">{t('app.loading')}</p>;
}
