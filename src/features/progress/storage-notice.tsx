import { useGuide } from '../../i18n/use-guide';
import { useProgressStore } from './progress-store';

function download(key: string): void {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    raw = null;
  }
  if (raw === null) return;
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/octet-stream' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = 'ndr-wizard-unreadable-progress.json';
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Says, once and plainly, when saved progress could not be read or cannot be kept. */
export function StorageNotice() {
  const { t } = useGuide();
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
        <button type="button" className="button" onClick={() => download(problem.backupKey)}>
          {t('storage.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
