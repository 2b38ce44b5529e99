/**
 * Guide text as data: the content compiler turns Markdown and the articles'
 * inline markup into these nodes and the app renders them as React elements,
 * so no HTML string or Markdown parser ever reaches the browser.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; value: string }
  | { type: 'emphasis'; value: string }
  | { type: 'link'; value: string; href: string; doc: string };

export type RichText = Inline[];

/** One piece of a block's body, in reading order. Commands (`code`) are verbatim English. */
export type Flow =
  | { type: 'paragraph'; text: RichText }
  | { type: 'heading'; text: RichText }
  | { type: 'list'; items: RichText[] }
  | { type: 'code'; value: string };

export function plainText(text: RichText): string {
  return text.map((node) => node.value).join('');
}

/** The text of a block's first paragraph, heading or list item: for titles and link previews. */
export function leadText(content: readonly Flow[]): string {
  for (const flow of content) {
    if (flow.type === 'paragraph' || flow.type === 'heading') return plainText(flow.text);
    if (flow.type === 'list' && flow.items[0]) return plainText(flow.items[0]);
  }
  return '';
}
