import { useCopy } from '../../components/use-copy';

/** A copy button and its spoken result; where the clipboard is refused, `onRefused` selects the text to copy by hand. */
export function CopyText({ text, label, copied, failed, onRefused }: { text: () => string; label: string; copied: string; failed: string; onRefused?: () => void }) {
  const { state, copy } = useCopy();
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => copy(text(), onRefused)}>
        {label}
      </button>
      <p role="status" className="status-text case-status">
        {state === 'copied' ? copied : state === 'failed' ? failed : ''}
      </p>
    </>
  );
}
