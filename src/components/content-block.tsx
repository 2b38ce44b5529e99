import { useId, useState } from 'react';
import type { Block, Provenance } from '../domain/guides';
import { plainText } from '../domain/rich-text';
import { useGuide } from '../i18n/use-guide';
import { RichText } from './rich-text';

function useSourceLabel(source: Provenance): string {
  const { t } = useGuide();
  if (source.kind === 'project') return t('source.project');
  // ISO dates: unambiguous for every reader, and the same in the prerendered page and the browser.
  const date = source.date;
  if (!source.machineTranslated) return t('source.articleEnglish', { date });
  return t(source.revision === 'older' ? 'source.articleOlder' : 'source.article', { locale: source.locale, date });
}

/** Where a paragraph came from, and its English original on request. */
export function SourceNote({ block }: { block: Block }) {
  const { t, lang } = useGuide();
  const [open, setOpen] = useState(false);
  const id = useId();
  const label = useSourceLabel(block.source);
  const hasOriginal = lang !== 'en' && plainText(block.english) !== plainText(block.text);
  return (
    <div className="source-note">
      <span className="source-note__label">{label}</span>
      {hasOriginal ? (
        <>
          {' · '}
          <button type="button" className="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {open ? t('source.hideEnglish') : t('source.showEnglish')}
          </button>
          <blockquote id={id} lang="en" className="source-note__original" hidden={!open} aria-label={t('source.englishOriginal')}>
            <RichText text={block.english} />
          </blockquote>
        </>
      ) : null}
    </div>
  );
}

/** One paragraph of guide content with its source note. */
export function ContentBlock({ block }: { block: Block }) {
  return (
    <div className="content-block">
      <p>
        <RichText text={block.text} />
      </p>
      <SourceNote block={block} />
    </div>
  );
}
