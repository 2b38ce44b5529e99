import { useLocale } from '../i18n/use-locale';

/**
 * Text that could not be loaded (offline, or a file gone after a deploy): said plainly, with a way to try again.
 * A part of the page by default; the whole language when a switch (or the page's language) could not be loaded.
 */
export function LoadError({ retry, what = 'part' }: { retry: () => void; what?: 'part' | 'language' }) {
  const { t } = useLocale();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(what === 'language' ? 'app.languageLoadError' : 'app.loadError')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
