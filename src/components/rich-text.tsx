import type { RichText as RichTextData } from '../domain/rich-text';
import { ExternalDocLink } from './external-doc-link';

/** Renders catalog text as React elements; there is no HTML string anywhere on this path. */
export function RichText({ text }: { text: RichTextData }) {
  return (
    <>
      {text.map((node, index) => {
        switch (node.type) {
          case 'code':
            return <code key={index}>{node.value}</code>;
          case 'strong':
            return <strong key={index}>{node.value}</strong>;
          case 'emphasis':
            return <em key={index}>{node.value}</em>;
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
