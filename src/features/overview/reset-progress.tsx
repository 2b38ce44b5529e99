import { useRef, useState } from 'react';
import type { GuideCode } from '../../domain/guides';
import { useLocale } from '../../i18n/use-locale';
import { useHydrated } from '../../components/use-hydrated';
import { useProgressStore } from '../progress/progress-store';

/** Reset asks first, inline, and says when it is done. */
export function ResetProgress({ code, disabled }: { code: GuideCode; disabled: boolean }) {
  const { t } = useLocale();
  const reset = useProgressStore((state) => state.reset);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();
  const close = () => {
    setAsking(false);
    // Focus returns to where the reader was, not to the top of the page.
    requestAnimationFrame(() => trigger.current?.focus());
  };
  return (
    <div className="reset-progress">
      {asking ? (
        <div role="group" aria-labelledby="reset-question" className="notice notice--warning">
          <p id="reset-question">{t('guide.resetQuestion', { code })}</p>
          <div className="notice__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                reset(code);
                setStatus(t('guide.resetDone', { code }));
                close();
              }}
            >
              {t('guide.resetConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={close} autoFocus>
              {t('guide.resetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={trigger}
          type="button"
          className="button button--secondary"
          disabled={disabled || !hydrated}
          onClick={() => {
            setStatus('');
            setAsking(true);
          }}
        >
          {t('guide.reset')}
        </button>
      )}
      <p role="status" className="status-text">
        {status}
      </p>
    </div>
  );
}
