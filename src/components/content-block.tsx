import { useId, useState } from 'react';
import type { BlockId, Provenance } from '../domain/guides';
import type { RichText as RichTextData } from '../domain/rich-text';
import { loadOriginals } from '../i18n/load-originals';
import { useGuide } from '../i18n/use-guide';
import { RichText } from './rich-text';
import { useHydrated } from './use-hydrated';

function useSourceLabel(source: Provenance): string {
  const { t } = useGuide();
  if (source.kind === 'project') return t('source.project');
  // ISO dates: unambiguous for every reader, and the same in the prerendered page and the browser.
  const date = source.date;
  if (!source.machineTranslated) return t('source.articleEnglish', { date });
  return t(source.revision === 'older' ? 'source.articleOlder' : 'source.article', { locale: source.locale, date });
}

type Original = { state: 'closed' } | { state: 'loading' } | { state: 'open'; text: RichTextData } | { state: 'failed' };

/** Where a paragraph came from, and its English original on request. */
export function SourceNote({ id }: { id: BlockId }) {
  const { t, lang, catalog } = useGuide();
  const [original, setOriginal] = useState<Original>({ state: 'closed' });
  const regionId = useId();
  const hydrated = useHydrated();
  const label = useSourceLabel(catalog.blocks[id].source);
  const open = original.state === 'open';
  const toggle = () => {
    if (original.state !== 'closed' && original.state !== 'failed') {
      setOriginal({ state: 'closed' });
      return;
    }
    setOriginal({ state: 'loading' });
    loadOriginals(lang).then(
      (originals) => setOriginal(originals[id] ? { state: 'open', text: originals[id] } : { state: 'failed' }),
      () => setOriginal({ state: 'failed' }),
    );
  };
  return (
    <div className="source-note">
      <span className="source-note__label">{label}</span>
      {lang !== 'en' ? (
        <>
          <span className="source-note__separator" aria-hidden="true">
            {' · '}
          </span>
          <button type="button" className="link-button" aria-expanded={open} aria-controls={regionId} disabled={!hydrated} onClick={toggle}>
            {open ? t('source.hideEnglish') : t('source.showEnglish')}
          </button>
          <div id={regionId}>
            {original.state === 'open' ? (
              <blockquote lang="en" className="source-note__original" aria-label={t('source.englishOriginal')}>
                <RichText text={original.text} />
              </blockquote>
            ) : null}
            {original.state === 'loading' ? <span role="status">{t('app.loading')}</span> : null}
            {original.state === 'failed' ? <span role="alert">{t('app.loadError')}</span> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}

/** One paragraph of guide content with its source note. */
export function ContentBlock({ id }: { id: BlockId }) {
  const { catalog } = useGuide();
  return (
    <div className="content-block">
      <p>
        <RichText text={catalog.blocks[id].text} />
      </p>
      <SourceNote id={id} />
    </div>
  );
}
