import { useCopy } from '../../components/use-copy';
import { useHydrated } from '../../components/use-hydrated';
import { useLocale } from '../../i18n/use-locale';

/** Copies the absolute URL of this step; where the clipboard is refused, shows the URL to copy by hand. */
export function CopyStepLink({ path }: { path: string }) {
  const { t } = useLocale();
  const { state, copy } = useCopy();
  const hydrated = useHydrated();
  const url = () => new URL(path, window.location.origin).href;
  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button--secondary"
        disabled={!hydrated}
        onClick={() => copy(url())}
      >
        {t('step.copyLink')}
      </button>
      <p role="status" className="status-text">
        {state === 'copied' ? t('step.linkCopied') : state === 'failed' ? t('step.copyFailed') : ''}
      </p>
      {state === 'failed' ? (
        <input className="copy-link__field" readOnly value={url()} aria-label={t('step.linkField')} onFocus={(event) => event.target.select()} autoFocus />
      ) : null}
    </div>
  );
}
