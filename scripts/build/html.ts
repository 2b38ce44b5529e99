/**
 * The one HTML escaper of the build: every text and attribute value the
 * prerender step writes into a page goes through it.
 */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type Attributes = Record<string, string | undefined>;

/** `<name a="…" …>` with escaped values; attributes without a value are left out. */
export function tag(name: string, attributes: Attributes = {}, selfClosing = false): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('');
  return `<${name}${attrs}${selfClosing ? ' /' : ''}>`;
}

/** An element with escaped text content. */
export const element = (name: string, attributes: Attributes, text: string) => `${tag(name, attributes)}${escapeHtml(text)}</${name}>`;
