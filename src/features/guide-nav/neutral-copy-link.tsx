import { use } from 'react';
import { useCopy } from '../../components/use-copy';
import { paths } from '../../config/paths';
import type { GuideCode, StepId } from '../../domain/guides';
import { uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';

/** Beside "copy link": the link without a language, which opens the step in each reader's own language. */
export function NeutralCopyLink({ code, step }: { code: GuideCode; step: StepId }) {
  const { t, lang } = useLocale();
  use(uiPartThenable('guide', lang));
  const { state, copy } = useCopy();
  const url = new URL(import.meta.env.BASE_URL.replace(/\/$/, '') + paths.neutral(code, step), window.location.origin).href;
  return (
    <div className="copy-link">
      <button type="button" className="button button--secondary" onClick={() => copy(url)}>
        {t('guideNav.copyNeutral')}
      </button>
      <p role="status" className="status-text">
        {state === 'copied' ? t('guideNav.neutralCopied') : state === 'failed' ? t('step.copyFailed') : ''}
      </p>
      {state === 'failed' ? (
        <input className="copy-link__field" readOnly value={url} aria-label={t('guideNav.neutralField')} onFocus={(event) => event.target.select()} autoFocus />
      ) : null}
    </div>
  );
}
