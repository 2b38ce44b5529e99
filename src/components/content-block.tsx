import { createContext, useContext, useId, useState } from 'react';
import type { Block, BlockId, Provenance } from '../domain/guides';
import type { Flow } from '../domain/rich-text';
import { loadOriginals } from '../i18n/load-originals';
import { useLocale } from '../i18n/use-guide';
import { ExternalDocLink } from './external-doc-link';
import { FlowContent, RichText } from './rich-text';
import { useHydrated } from './use-hydrated';

/** The catalog a page's blocks come from: its blocks and the name of its originals file. */
export interface BlockSource {
  blocks: Record<BlockId, Block>;
  originals: string;
}

export const BlockSourceContext = createContext<BlockSource | undefined>(undefined);

export function useBlock(id: BlockId): Block {
  const source = useContext(BlockSourceContext);
  const block = source?.blocks[id];
  if (!block) throw new Error(`block ${id} is not in this page's catalog`);
  return block;
}

function SourceLabel({ source }: { source: Provenance }) {
  const { t } = useLocale();
  // ISO dates: unambiguous for every reader, and the same in the prerendered page and the browser.
  switch (source.kind) {
    case 'article':
      if (!source.machineTranslated) return <>{t('source.articleEnglish', { date: source.date })}</>;
      return <>{t(source.revision === 'older' ? 'source.articleOlder' : 'source.article', { locale: source.locale, date: source.date })}</>;
    case 'corrected':
      return (
        <>
          {t('source.corrected', { locale: source.locale, date: source.date })}
          {' ('}
          <span className="visually-hidden">{t('source.correctedReason')}: </span>
          {/* The reason is the project's note, written in English. */}
          <span lang="en">{source.reason}</span>
          {')'}
        </>
      );
    case 'translated':
      return <>{source.from === 'project' ? t('source.translatedProject') : t('source.project')}</>;
    case 'written':
      return (
        <>
          {t('source.written')}{' '}
          {source.sources.map((ref, index) => (
            <span key={ref.id}>
              {index > 0 ? '; ' : null}
              {ref.href ? <ExternalDocLink href={ref.href}>{ref.title}</ExternalDocLink> : <cite>{ref.title}</cite>} ({ref.date})
            </span>
          ))}
        </>
      );
  }
}

type Original = { state: 'closed' } | { state: 'loading' } | { state: 'open'; content: Flow[] } | { state: 'failed' };

/** Where a paragraph came from, and its English original on request. */
export function SourceNote({ id }: { id: BlockId }) {
  const { t, lang } = useLocale();
  const catalog = useContext(BlockSourceContext);
  const block = useBlock(id);
  const [original, setOriginal] = useState<Original>({ state: 'closed' });
  const regionId = useId();
  const hydrated = useHydrated();
  const open = original.state === 'open';
  const hasOriginal = lang !== 'en' && block.source.kind !== 'written';
  const toggle = () => {
    if (original.state !== 'closed' && original.state !== 'failed') {
      setOriginal({ state: 'closed' });
      return;
    }
    setOriginal({ state: 'loading' });
    loadOriginals(lang, catalog!.originals).then(
      (originals) => setOriginal(originals[id] ? { state: 'open', content: originals[id] } : { state: 'failed' }),
      () => setOriginal({ state: 'failed' }),
    );
  };
  return (
    <div className="source-note">
      <span className="source-note__label">
        <SourceLabel source={block.source} />
      </span>
      {hasOriginal ? (
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
                <FlowContent content={original.content} />
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

/** One block of guide content with its source note. */
export function ContentBlock({ id }: { id: BlockId }) {
  const block = useBlock(id);
  return (
    <div className="content-block">
      <FlowContent content={block.content} />
      <SourceNote id={id} />
    </div>
  );
}

/** A block's text for inline use (a heading, a link label): its first paragraph. */
export function BlockText({ id }: { id: BlockId }) {
  const block = useBlock(id);
  const first = block.content[0];
  return first && first.type !== 'code' && first.type !== 'list' ? <RichText text={first.text} /> : null;
}
