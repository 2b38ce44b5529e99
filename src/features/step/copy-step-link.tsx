import { useState } from 'react';
import { useHydrated } from '../../components/use-hydrated';
import { useLocale } from '../../i18n/use-guide';

/** Copies the absolute URL of this step; where the clipboard is refused, shows the URL to copy by hand. */
export function CopyStepLink({ path }: { path: string }) {
  const { t } = useLocale();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const hydrated = useHydrated();
  const url = () => new URL(path, window.location.origin).href;
  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button--secondary"
        disabled={!hydrated}
        onClick={() => {
          setState('idle');
          // Without a clipboard API (a page served over plain http) this fails like a refusal, to the fallback.
          Promise.resolve()
            .then(() => navigator.clipboard.writeText(url()))
            .then(() => setState('copied'))
            .catch(() => setState('failed'));
        }}
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
