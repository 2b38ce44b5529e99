import { useLocale } from '../i18n/use-locale';

/** Text that could not be loaded (offline, or a file gone after a deploy): said plainly, with a way to try again. */
export function LoadError({ retry }: { retry: () => void }) {
  const { t } = useLocale();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('app.loadError')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
