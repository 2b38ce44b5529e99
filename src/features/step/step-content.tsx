import { use } from 'react';
import { BlockNote, BlockSourceContext, ContentBlock, ProvenanceScope, useBlock } from '../../components/content-block';
import { ExternalDocLink } from '../../components/external-doc-link';
import { PageHeading } from '../../components/page-heading';
import { FlowContent } from '../../components/rich-text';
import { useDocumentTitle } from '../../components/use-document-title';
import type { BlockId, GuideCode, StepId } from '../../domain/guides';
import { pageCatalogThenable } from '../../i18n/i18n';
import { pageTitle } from '../../i18n/page-meta';
import { useLocale } from '../../i18n/use-locale';
import { DoneCheckbox } from './done-checkbox';

function Tip({ id }: { id: BlockId }) {
  const { t } = useLocale();
  return (
    <aside className="tip" aria-label={t('step.tip')}>
      <p className="tip__label">{t('step.tip')}</p>
      <FlowContent content={useBlock(id).content} />
      <BlockNote id={id} />
    </aside>
  );
}

/** One part of "how to act": where, check, bad result, change; each under its own heading. */
function ActPart({ id, heading, kind }: { id: BlockId; heading: string; kind: string }) {
  const htmlId = `act-${kind}`;
  return (
    <section aria-labelledby={htmlId} className={`act act--${kind}`}>
      <h2 id={htmlId}>{heading}</h2>
      <ContentBlock id={id} />
    </section>
  );
}

/**
 * The step itself, from its catalog: title, text, "how to act" parts, its checkbox. Inside <Suspense>: on a
 * prerendered page the HTML stays as it is until this chunk and the catalog arrive (both fetched while the app
 * starts), while the rest of the page (language, navigation) is already live; so a step link's first view carries
 * neither the step's text twice nor the code that shows it.
 */
export function StepContent({ code, step, counter }: { code: GuideCode; step: StepId; counter: string }) {
  const { t, lang, common } = useLocale();
  const catalog = use(pageCatalogThenable(lang, { kind: 'step', id: step }));
  const model = catalog.model;
  useDocumentTitle(pageTitle({ kind: 'step', code, step }, t, common, catalog));
  return (
    <BlockSourceContext.Provider value={{ blocks: catalog.blocks, originals: `step-${step}` }}>
      <PageHeading caption={counter}>{catalog.title}</PageHeading>
      <ProvenanceScope ids={[...model.body, model.tip, ...Object.values(model.act)].filter((id): id is string => Boolean(id))}>
        {model.body.map((id) => (
          <ContentBlock key={id} id={id} />
        ))}
        {model.tip ? <Tip id={model.tip} /> : null}
        {model.act.where ? <ActPart id={model.act.where} heading={t('step.act.where')} kind="where" /> : null}
        {model.act.check ? <ActPart id={model.act.check} heading={t('step.act.check')} kind="check" /> : null}
        {model.act.badResult ? <ActPart id={model.act.badResult} heading={t('step.act.badResult')} kind="bad-result" /> : null}
        {model.act.change ? <ActPart id={model.act.change} heading={t('step.act.change')} kind="change" /> : null}
      </ProvenanceScope>

      {model.docs.length ? (
        <section aria-labelledby="docs-heading" className="docs">
          <h2 id="docs-heading">{t('step.docsHeading')}</h2>
          <ul className="link-list">
            {model.docs.map((doc) => (
              <li key={doc}>
                <ExternalDocLink href={catalog.docs[doc].href}>{catalog.docs[doc].title}</ExternalDocLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <DoneCheckbox code={code} step={step} title={catalog.title} />
    </BlockSourceContext.Provider>
  );
}
