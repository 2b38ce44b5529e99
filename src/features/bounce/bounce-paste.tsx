import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { importOrReload } from '../../components/stale-chunk';
import { useHydrated } from '../../components/use-hydrated';
import type { BounceFileProblem } from '../../domain/bounce/bounce-file';
import { sentenceGap } from '../../domain/languages';
import { useLocale } from '../../i18n/use-locale';
import type { ShownAnalysis } from './analyze-bounce';
import { BounceResult } from './bounce-result';
import stylesheetUrl from './bounce-paste.css?url';

type Result = { state: 'empty' } | { state: 'done'; analysis: ShownAnalysis };
type FileStatus = { kind: 'reading' | 'read' | 'error'; text: string } | undefined;

/** The parser and the NDR table load on first use; a chunk gone after a deploy recovers with one reload. */
const loadAnalyzer = importOrReload(() => import('./analyze-bounce'));
/** The file readers (and their parsers) load only when a file is chosen. */
const loadFileReader = importOrReload(() => import('./read-bounce-file'));

// Bigger pastes wait a little longer, so typing stays smooth; the work itself is linear.
const delayFor = (length: number) => (length > 200_000 ? 300 : 120);

const PROBLEM_KEY: Record<BounceFileProblem, 'bounce.fileType' | 'bounce.fileSize' | 'bounce.fileUnreadable' | 'bounce.fileEmpty'> = {
  type: 'bounce.fileType',
  size: 'bounce.fileSize',
  unreadable: 'bounce.fileUnreadable',
  empty: 'bounce.fileEmpty',
};

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * The last paste (or file) and its result, in this page's memory only: never stored, uploaded or put in the URL, and
 * gone with a reload. Back on the home page after opening a guide, or after switching its language, the reader finds
 * the bounce and its result again instead of an empty box.
 */
let remembered: { text: string; analysis: ShownAnalysis; fileName?: string } | undefined;

/**
 * Styles for what appears after the reader acts (a drag, focus, results). Linked when the tool mounts rather
 * than imported: an imported stylesheet would add a dependency list to the app's main script, which every
 * step link's first view downloads.
 */
function useResultStylesheet() {
  useEffect(() => {
    if (document.querySelector('link[data-bounce-styles]')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.dataset.bounceStyles = '';
    document.head.append(link);
  }, []);
}

/**
 * Paste a bounce, or open or drop its .eml or .msg file, and see why it
 * failed. The text stays in this page's memory (`remembered`): it is not stored,
 * uploaded or put in the URL; a file is read in the browser.
 */
export function BouncePaste() {
  const { t, lang } = useLocale();
  const fieldId = useId();
  const hintId = useId();
  const fileId = useId();
  const fileHintId = useId();
  const ids = { results: useId(), details: useId() };
  const hydrated = useHydrated();
  useResultStylesheet();
  // Back on this page within the app, the last bounce and its result are there again (never on a first load, where
  // nothing is remembered: the prerendered page and the first render agree).
  const [result, setResult] = useState<Result>(() => (remembered ? { state: 'done', analysis: remembered.analysis } : { state: 'empty' }));
  const [fileStatus, setFileStatus] = useState<FileStatus>(() =>
    remembered?.fileName ? { kind: 'read', text: t('bounce.fileRead', { name: remembered.fileName }) } : undefined,
  );
  const [dragging, setDragging] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const run = useRef(0);

  const field = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Bounded by ticket: only the latest text's result is shown.
  const showAnalysis = (text: string, ticket: number, fileName?: string) =>
    loadAnalyzer().then(({ showBounce }) => {
      if (ticket !== run.current) return;
      const analysis = showBounce(text);
      remembered = { text: field.current?.value ?? '', analysis, fileName };
      setResult({ state: 'done', analysis });
    });

  const analyze = (text: string) => {
    clearTimeout(timer.current);
    const ticket = ++run.current;
    setFileStatus(undefined);
    if (!text.trim()) {
      remembered = undefined;
      setResult({ state: 'empty' });
      return;
    }
    timer.current = setTimeout(() => void showAnalysis(text, ticket).catch(() => undefined), delayFor(text.length));
  };

  // `others`: how many more files came with it (a drop of several): only one bounce is read, and the reader is told.
  const openFile = async (file: File | undefined, others = 0) => {
    if (!file) return;
    clearTimeout(timer.current);
    const ticket = ++run.current;
    const name = file.name;
    // Said whether the first file was read or refused: either way the others were not looked at.
    const withOthers = (text: string) => (others ? `${text}${sentenceGap(lang)}${t('bounce.fileOthers', { count: others })}` : text);
    setFileStatus({ kind: 'reading', text: t('bounce.fileReading', { name }) });
    try {
      const { readBounceFile } = await loadFileReader();
      const read = await readBounceFile(file);
      if (ticket !== run.current) return;
      if (!read.ok) {
        remembered = undefined;
        setResult({ state: 'empty' });
        setFileStatus({ kind: 'error', text: withOthers(t(PROBLEM_KEY[read.problem], { name })) });
        return;
      }
      await showAnalysis(read.text, ticket, name);
      if (ticket === run.current) setFileStatus({ kind: 'read', text: withOthers(t('bounce.fileRead', { name })) });
    } catch {
      if (ticket === run.current) setFileStatus({ kind: 'error', text: t('bounce.fileLoadFailed') });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    const { files } = event.dataTransfer;
    void openFile(files[0], files.length - 1);
  };

  useEffect(() => {
    // Text typed or pasted before the page started is read as soon as it has.
    const early = field.current?.value;
    // Not the remembered bounce put back (its result is shown already): up to 5 MB would be read again on every Back.
    if (early?.trim() && early !== remembered?.text) void showAnalysis(early, run.current).catch(() => undefined);

    return () => clearTimeout(timer.current);
  }, []);

  return (
    <section
      className={dragging ? 'bounce-paste bounce-paste--dragging' : 'bounce-paste'}
      aria-labelledby={`${fieldId}-heading`}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${fieldId}-heading`}>{t('bounce.heading')}</h2>
      <label htmlFor={fieldId} className="bounce-paste__label">
        {t('bounce.label')}
      </label>
      <p id={hintId} className="bounce-paste__hint">
        {t('bounce.hint')}
      </p>
      <textarea
        ref={field}
        id={fieldId}
        aria-describedby={hintId}
        className="bounce-paste__field"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        defaultValue={remembered?.text}
        onInput={(event) => analyze(event.currentTarget.value)}
      />
      {/* A paragraph: its default spacing is there at first paint, before this chunk's stylesheet arrives. */}
      <p className="bounce-paste__file">
        <label htmlFor={fileId} className="button button--secondary file-button">
          {t('bounce.fileLabel')}
        </label>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook"
          aria-describedby={fileHintId}
          className="visually-hidden"
          disabled={!hydrated}
          onChange={(event) => void openFile(event.target.files?.[0])}
        />
      </p>
      <p id={fileHintId} className="bounce-paste__hint">
        {t('bounce.fileHint')}
      </p>
      <p role={fileStatus?.kind === 'error' ? 'alert' : 'status'} className={fileStatus?.kind === 'error' ? 'status-text status-text--error' : 'status-text'}>
        {fileStatus?.text ?? ''}
      </p>
      <div aria-live="polite" className="bounce-paste__results">
        {result.state === 'done' ? <BounceResult analysis={result.analysis} ids={ids} /> : null}
      </div>
    </section>
  );
}
