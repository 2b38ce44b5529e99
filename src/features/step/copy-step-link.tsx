import { useCopy } from '../../components/use-copy';
import { useHydrated } from '../../components/use-hydrated';
import { useLocale } from '../../i18n/use-locale';
import { useAbsoluteUrl } from '../../components/use-absolute-url';

/** Copies a link; where the clipboard is refused, shows the link to copy by hand. */
export function CopyLink({ url, label, copied, field }: { url: () => string; label: string; copied: string; field: string }) {
  const { t } = useLocale();
  const { state, copy } = useCopy();
  const hydrated = useHydrated();
  return (
    <div className="copy-link">
      <button type="button" className="button button--secondary" disabled={!hydrated} onClick={() => copy(url())}>
        {label}
      </button>
      <p role="status" className="status-text">
        {state === 'copied' ? copied : state === 'failed' ? t('step.copyFailed') : ''}
      </p>
      {state === 'failed' ? <input className="copy-link__field" readOnly value={url()} aria-label={field} onFocus={(event) => event.target.select()} autoFocus /> : null}
    </div>
  );
}

/** Copies the absolute URL of this step in this language. */
export function CopyStepLink({ path }: { path: string }) {
  const { t } = useLocale();
  // With the site's base path: a build served under /ndr-wizard/ copies /ndr-wizard/<lang>/….
  const url = useAbsoluteUrl(path);
  return <CopyLink url={url} label={t('step.copyLink')} copied={t('step.linkCopied')} field={t('step.linkField')} />;
}
