import { use } from 'react';
import { uiPartThenable } from '../../i18n/i18n';
import { useLocale } from '../../i18n/use-locale';
import { useProgressStore } from './progress-store';
import { downloadStoredValue } from './download';

/** The notice itself, with its strings (ui-storage.json): loaded only when there is something to say. */
export function StorageProblemNotice() {
  const { t, lang } = useLocale();
  use(uiPartThenable('storage', lang));
  const problem = useProgressStore((state) => state.storageProblem);
  if (!problem) return null;
  const dismiss = () => useProgressStore.setState({ storageProblem: undefined });
  if (problem.kind === 'unavailable') {
    return (
      <div className="notice notice--warning" role="status">
        <p>{t('storage.unavailable')}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--warning" role="alert">
      <p>{t(problem.problem === 'newer-version' ? 'storage.newerVersion' : 'storage.unreadable')}</p>
      <div className="notice__actions">
        <button type="button" className="button" onClick={() => downloadStoredValue(problem.backupKey, 'ndr-wizard-unreadable-progress.json')}>
          {t('storage.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
