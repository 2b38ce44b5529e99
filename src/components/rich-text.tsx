import { partLanguage, type Lang } from '../domain/languages';
import type { Flow, RichText as RichTextData } from '../domain/rich-text';
import { useLocale } from '../i18n/use-locale';
import { CommandBlock } from './command-block';
import { ExternalDocLink } from './external-doc-link';

/**
 * Renders catalog text as React elements; there is no HTML string anywhere on this path. `lang` is the page's
 * language (an English portal name on a Chinese or Japanese page is marked as English), passed in rather than read
 * here: a block has dozens of runs, and each would subscribe to language changes of its own.
 */
export function RichText({ text, lang }: { text: RichTextData; lang: Lang }) {
  return (
    <>
      {text.map((node, index) => {
        switch (node.type) {
          case 'code':
            // Cmdlets, parameters and NDR text are English in every language.
            return (
              <code key={index} lang="en">
                {node.value}
              </code>
            );
          case 'strong':
            return (
              <strong key={index} lang={partLanguage(node.value, lang)}>
                {node.value}
              </strong>
            );
          case 'emphasis':
            return (
              <em key={index} lang={partLanguage(node.value, lang)}>
                {node.value}
              </em>
            );
          case 'link':
            return (
              <ExternalDocLink key={index} href={node.href}>
                {node.value}
              </ExternalDocLink>
            );
          default:
            return node.value;
        }
      })}
    </>
  );
}

/** A block's body: paragraphs, sub-headings, lists and verbatim commands. */
export function FlowContent({ content }: { content: Flow[] }) {
  const { lang } = useLocale();
  return (
    <>
      {content.map((flow, index) => {
        switch (flow.type) {
          case 'paragraph':
            return (
              <p key={index}>
                <RichText text={flow.text} lang={lang} />
              </p>
            );
          case 'heading':
            return (
              <h3 key={index}>
                <RichText text={flow.text} lang={lang} />
              </h3>
            );
          case 'list':
            return (
              <ul key={index}>
                {flow.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <RichText text={item} lang={lang} />
                  </li>
                ))}
              </ul>
            );
          case 'code':
            return <CommandBlock key={index} value={flow.value} />;
        }
      })}
    </>
  );
}
