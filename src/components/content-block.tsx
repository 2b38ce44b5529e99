import { createContext, useContext, useId, useMemo, useState, type ReactNode } from 'react';
import type { Block, BlockId, OriginalsCatalog, Provenance, SourceRef } from '../domain/guides';
import type { Flow } from '../domain/rich-text';
import { loadOriginals } from '../i18n/load-originals';
import { useLocale } from '../i18n/use-locale';
import { ExternalDocLink } from './external-doc-link';
import { FlowContent } from './rich-text';
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
          {/* English pages correct the article's English original, which is no translation: no locale to name. */}
          {source.machineTranslated ? t('source.corrected', { locale: source.locale, date: source.date }) : t('source.correctedEnglish', { date: source.date })}
          {' ('}
          <span className="visually-hidden">{t('source.correctedReason')}: </span>
          {/* The reason is the project's note, written in English. */}
          <span lang="en">{source.reason}</span>
          {')'}
        </>
      );
    case 'translated':
      if (source.sources) return <SourceList label={t('source.translatedWritten')} sources={source.sources} english />;
      return <>{source.from === 'project' ? t('source.translatedProject') : t('source.project')}</>;
    case 'written':
      return <SourceList label={t('source.written')} sources={source.sources} />;
  }
}

/** Named sources; in a translation their titles are the English ones (`english`), their pages in the reader's language. */
function SourceList({ label, sources, english }: { label: string; sources: SourceRef[]; english?: boolean }) {
  return (
    <>
      {label}{' '}
      {sources.map((ref, index) => (
        <span key={ref.id}>
          {index > 0 ? '; ' : null}
          {ref.href ? (
            <ExternalDocLink href={ref.href}>{english ? <span lang="en">{ref.title}</span> : ref.title}</ExternalDocLink>
          ) : (
            <cite lang={english ? 'en' : undefined}>{ref.title}</cite>
          )}
          {ref.date ? ` (${ref.date})` : null}
        </span>
      ))}
    </>
  );
}

type Original = { state: 'closed' } | { state: 'loading' } | { state: 'open'; originals: OriginalsCatalog } | { state: 'failed' };

/** Opens and closes English originals, loading the catalog's originals file on the first request. */
function useOriginals() {
  const { lang } = useLocale();
  const catalog = useContext(BlockSourceContext);
  const [original, setOriginal] = useState<Original>({ state: 'closed' });
  const toggle = () => {
    if (original.state !== 'closed' && original.state !== 'failed') {
      setOriginal({ state: 'closed' });
      return;
    }
    setOriginal({ state: 'loading' });
    loadOriginals(lang, catalog!.originals).then(
      (originals) => setOriginal({ state: 'open', originals }),
      () => setOriginal({ state: 'failed' }),
    );
  };
  return { original, toggle };
}

function OriginalText({ content }: { content: Flow[] | undefined }) {
  const { t } = useLocale();
  // A paragraph with no English original of its own (written in English by the project) shows none.
  if (!content) return null;
  return (
    <blockquote lang="en" className="source-note__original" aria-label={t('source.englishOriginal')}>
      <FlowContent content={content} />
    </blockquote>
  );
}

function OriginalToggle({ original, toggle, regionId, show, hide }: { original: Original; toggle: () => void; regionId: string; show: string; hide: string }) {
  const { t } = useLocale();
  const hydrated = useHydrated();
  return (
    <>
      <span className="source-note__separator" aria-hidden="true">
        {' · '}
      </span>
      <button type="button" className="link-button" aria-expanded={original.state === 'open'} aria-controls={regionId} disabled={!hydrated} onClick={toggle}>
        {original.state === 'open' ? hide : show}
      </button>
      {original.state === 'loading' ? <span role="status">{t('app.loading')}</span> : null}
      {original.state === 'failed' ? <span role="alert">{t('app.loadError')}</span> : null}
    </>
  );
}

// A translation's sources differ from paragraph to paragraph; who translated it does not: that is said once a page.
const withoutSources = (source: Provenance): Provenance => (source.kind === 'translated' ? { kind: source.kind, from: source.from } : source);
const provenanceKey = (source: Provenance) => JSON.stringify(withoutSources(source));
const hasOriginal = (lang: string, source: Provenance) => lang !== 'en' && source.kind !== 'written';

/** Where a paragraph came from, and its English original on request. */
export function SourceNote({ id }: { id: BlockId }) {
  const { t, lang } = useLocale();
  const block = useBlock(id);
  const { original, toggle } = useOriginals();
  const regionId = useId();
  return (
    <div className="source-note">
      <span className="source-note__label">
        <SourceLabel source={block.source} />
      </span>
      {hasOriginal(lang, block.source) ? (
        <>
          <OriginalToggle original={original} toggle={toggle} regionId={regionId} show={t('source.showEnglish')} hide={t('source.hideEnglish')} />
          <div id={regionId}>{original.state === 'open' ? <OriginalText content={original.originals[id]} /> : null}</div>
        </>
      ) : null}
    </div>
  );
}

/**
 * One source line for a page: the provenance most of its paragraphs share is
 * said once, after them, and only paragraphs from elsewhere carry their own
 * note (so a page of project translations is not a column of identical notes).
 */
interface Scope {
  shared?: Provenance;
  originals?: OriginalsCatalog;
}
const ScopeContext = createContext<Scope>({});

export function ProvenanceScope({ ids, children }: { ids: BlockId[]; children: ReactNode }) {
  const { t, lang } = useLocale();
  const source = useContext(BlockSourceContext);
  const { original, toggle } = useOriginals();
  const regionId = useId();
  const shared = useMemo(() => {
    const counts = new Map<string, { source: Provenance; count: number }>();
    for (const id of ids) {
      const provenance = source?.blocks[id]?.source;
      if (!provenance) continue;
      const entry = counts.get(provenanceKey(provenance)) ?? { source: withoutSources(provenance), count: 0 };
      entry.count += 1;
      counts.set(provenanceKey(provenance), entry);
    }
    const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
    return top && top.count >= 2 ? top.source : undefined;
  }, [ids, source]);
  const scope = useMemo(() => ({ shared, originals: original.state === 'open' ? original.originals : undefined }), [shared, original]);
  return (
    <ScopeContext.Provider value={scope}>
      <div id={regionId}>{children}</div>
      {shared ? (
        <p className="source-note source-note--page">
          <span className="source-note__label">
            {t('source.pageNote')} <SourceLabel source={shared} />
          </span>
          {hasOriginal(lang, shared) ? (
            <OriginalToggle original={original} toggle={toggle} regionId={regionId} show={t('source.showEnglishAll')} hide={t('source.hideEnglishAll')} />
          ) : null}
        </p>
      ) : null}
    </ScopeContext.Provider>
  );
}

/** A block's own note, unless its provenance is the one its page states once; then its sources, and its original when shown. */
export function BlockNote({ id }: { id: BlockId }) {
  const { shared, originals } = useContext(ScopeContext);
  const block = useBlock(id);
  if (!shared || provenanceKey(block.source) !== provenanceKey(shared)) return <SourceNote id={id} />;
  return (
    <>
      {/* The page says who translated it; the paragraph still names its sources. */}
      {block.source.kind === 'translated' && block.source.sources ? (
        <p className="source-note">
          <span className="source-note__label">
            <SourceLabel source={block.source} />
          </span>
        </p>
      ) : null}
      {originals ? <OriginalText content={originals[id]} /> : null}
    </>
  );
}

/** One block of guide content with its source note. */
export function ContentBlock({ id }: { id: BlockId }) {
  const block = useBlock(id);
  return (
    <div className="content-block">
      <FlowContent content={block.content} />
      <BlockNote id={id} />
    </div>
  );
}
