/**
 * Guide text as data: the importer turns the articles' inline markup into
 * these nodes and the app renders them as React elements, so no HTML string
 * or markdown parser ever reaches the browser.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; value: string }
  | { type: 'emphasis'; value: string }
  | { type: 'link'; value: string; href: string; doc: string };

export type RichText = Inline[];

export function plainText(text: RichText): string {
  return text.map((node) => node.value).join('');
}
