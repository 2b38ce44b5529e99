import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and says how it went. Without a clipboard API (a page served over plain http) the
 * copy fails like a refusal, so the caller's fallback runs instead of an error. The state is reset before each copy,
 * so a second copy is announced again.
 */
export function useCopy(): { state: CopyState; copy: (text: string, onRefused?: () => void) => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = (text: string, onRefused?: () => void) => {
    setState('idle');
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setState('copied'),
        () => {
          onRefused?.();
          setState('failed');
        },
      );
  };
  return { state, copy };
}
