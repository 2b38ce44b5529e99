import { useId, useRef, useState } from 'react';
import { MAX_PROGRESS_FILE_BYTES, progressFile, readProgressFile } from '../../domain/progress-file';
import { useHydrated } from '../../components/use-hydrated';
import { useLocale } from '../../i18n/use-locale';
import { downloadText } from './download';
import { useProgressStore } from './progress-store';

/**
 * Export progress to a file and import one: to move to another browser or
 * hand an incident over. Import merges per step and changes nothing on error.
 */
export function ProgressTransfer() {
  const { t } = useLocale();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const merge = useProgressStore((state) => state.merge);
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = file.size > MAX_PROGRESS_FILE_BYTES ? ({ ok: false } as const) : readProgressFile(await file.text(), new Date());
    if (result.ok) {
      merge(result.progress, result);
      setMessage({ kind: 'ok', text: t('transfer.imported', { count: result.ticked }) });
    } else {
      setMessage({ kind: 'error', text: t('transfer.rejected') });
    }
    if (input.current) input.current.value = '';
  };

  return (
    <section className="progress-transfer" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('transfer.heading')}</h2>
      <p>{t('transfer.text')}</p>
      <div className="notice__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!hydrated}
          onClick={() => {
            const { progress, notes, cases } = useProgressStore.getState();
            downloadText(progressFile(progress, new Date(), { notes, cases }), 'ndr-wizard-progress.json');
          }}
        >
          {t('transfer.export')}
        </button>
        <label htmlFor={inputId} className="button button--secondary file-button">
          {t('transfer.import')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          disabled={!hydrated}
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
      </div>
      <p role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'status-text status-text--error' : 'status-text'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
