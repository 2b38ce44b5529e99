import { useId, useRef } from 'react';
import { useLocale } from '../i18n/use-locale';
import { useCopy } from './use-copy';
import { useHydrated } from './use-hydrated';

/**
 * Commands exactly as Microsoft documents them: English (`lang="en"`), their own line breaks, scrolled inside the
 * block on a narrow screen, and a copy button. Where the clipboard is refused, the commands are selected so that
 * Ctrl+C copies them, and the reader is told.
 */
export function CommandBlock({ value }: { value: string }) {
  const { t } = useLocale();
  const hydrated = useHydrated();
  const { state, copy } = useCopy();
  const code = useRef<HTMLPreElement>(null);
  const labelId = useId();
  const selectCommands = () => {
    const selection = window.getSelection();
    if (code.current && selection) selection.selectAllChildren(code.current);
  };
  return (
    <figure className="command-block" aria-labelledby={labelId}>
      <figcaption id={labelId} className="visually-hidden">
        {t('step.command.label')}
      </figcaption>
      <pre ref={code} className="command" lang="en" tabIndex={0}>
        <code>{value}</code>
      </pre>
      <div className="command-block__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!hydrated}
          onClick={() => copy(value, selectCommands)}
        >
          {t('step.command.copy')}
        </button>
        <span role="status" className="status-text">
          {state === 'copied' ? t('step.command.copied') : state === 'failed' ? t('step.command.copyFailed') : ''}
        </span>
      </div>
    </figure>
  );
}
