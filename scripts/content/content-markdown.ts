import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang } from '../../src/domain/languages';
import { LANGUAGE_INFO } from '../../src/domain/languages';
import type { Flow, Inline, RichText } from '../../src/domain/rich-text';
import { ImportError } from './import-error';
import type { LinkResolver } from './link-registry';

/**
 * A content file (docs/content-format.md): front matter, then blocks that each
 * start with `## <name> {key="value" …}`. Block bodies are Markdown, parsed by
 * the same unified/remark pipeline as the articles into the app's rich text.
 */
export interface ContentFile {
  file: string;
  fields: Record<string, string | string[]>;
  blocks: ContentBlock[];
}

export interface ContentBlock {
  name: string;
  attrs: Record<string, string>;
  line: number;
  /** The body as Markdown, with the file's line numbers kept (blank lines before it). */
  markdown: string;
}

const BLOCK_HEADING = /^## +(\S+)(?: +\{(.*)\})? *$/;
const ATTR = /(\w+)="([^"]*)"/g;

/** Front matter of `key: value` and `key: [a, b]` lines; nothing else is needed, so nothing else is accepted. */
function readFields(file: string, lines: string[]): { fields: ContentFile['fields']; end: number } {
  if (lines[0]?.trim() !== '---') return { fields: {}, end: -1 };
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new ImportError(file, 1, 'front matter is not closed with ---');
  const fields: ContentFile['fields'] = {};
  lines.slice(1, end).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const match = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!match) throw new ImportError(file, index + 2, `front matter line is not "key: value": ${line}`);
    const value = match[2].trim();
    fields[match[1]] = value.startsWith('[')
      ? value
          .replace(/^\[|\]$/g, '')
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : value.replace(/^"(.*)"$/, '$1');
  });
  return { fields, end };
}

export function readContentFile(file: string, text: string): ContentFile {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { fields, end } = readFields(file, lines);
  const blocks: ContentBlock[] = [];
  let fence: string | undefined;
  let current: { name: string; attrs: Record<string, string>; line: number; body: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const padding = Array.from({ length: current.line }, () => '');
    blocks.push({ name: current.name, attrs: current.attrs, line: current.line, markdown: [...padding, ...current.body].join('\n') });
  };
  lines.forEach((line, index) => {
    if (index <= end) return;
    const fenceMatch = /^(```+|~~~+)/.exec(line);
    if (fenceMatch) fence = fence === undefined ? fenceMatch[1] : line.startsWith(fence) ? undefined : fence;
    const heading = fence === undefined ? BLOCK_HEADING.exec(line) : null;
    if (heading) {
      close();
      const attrs: Record<string, string> = {};
      for (const attr of (heading[2] ?? '').matchAll(ATTR)) attrs[attr[1]] = attr[2];
      if (heading[2] && !Object.keys(attrs).length) throw new ImportError(file, index + 1, `unreadable attributes {${heading[2]}}`);
      if (blocks.some((block) => block.name === heading[1])) throw new ImportError(file, index + 1, `block ${heading[1]} appears twice`);
      current = { name: heading[1], attrs, line: index + 1, body: [] };
      return;
    }
    if (/^## /.test(line) && fence === undefined) throw new ImportError(file, index + 1, `unreadable block heading: ${line}`);
    if (current) current.body.push(line);
    else if (line.trim()) throw new ImportError(file, index + 1, 'text before the first "## " block heading');
  });
  if (fence !== undefined) throw new ImportError(file, lines.length, 'a code block is not closed');
  close();
  return { file, fields, blocks };
}

/** Turns a block's Markdown into the app's flow, resolving `doc:` links for the reader's language. */
export function toFlow(block: ContentBlock, file: string, lang: Lang, links: LinkResolver): Flow[] {
  const tree = unified().use(remarkParse).parse(block.markdown) as Root;
  const cjk = LANGUAGE_INFO[lang].script === 'cjk';
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? block.line;

  const inline = (nodes: PhrasingContent[]): RichText => {
    const out: Inline[] = [];
    const push = (node: Inline) => {
      const last = out[out.length - 1];
      if (last && last.type === node.type && node.type !== 'link') last.value += node.value;
      else out.push(node);
    };
    const walk = (children: PhrasingContent[], kind: 'text' | 'strong' | 'emphasis', link?: { href: string; doc: string }) => {
      for (const node of children) {
        if (node.type === 'text' || node.type === 'break') {
          // A line break inside a paragraph is a space in Latin script and nothing in Chinese or Japanese.
          const value = node.type === 'break' ? (cjk ? '' : ' ') : node.value.replace(/\s*\n\s*/g, cjk ? '' : ' ');
          if (link) out.push({ type: 'link', value, ...link });
          else push({ type: kind, value });
        } else if (node.type === 'inlineCode') {
          if (link) throw new ImportError(file, lineOf(node), 'code inside a link is not supported');
          push({ type: 'code', value: node.value });
        } else if (node.type === 'strong' || node.type === 'emphasis') {
          walk(node.children, node.type, link);
        } else if (node.type === 'link') {
          if (link) throw new ImportError(file, lineOf(node), 'a link inside a link');
          const doc = links.resolve(node.url, file, lineOf(node));
          if (!node.url.startsWith('doc:')) throw new ImportError(file, lineOf(node), `links are written [text](doc:<id>): ${node.url}`);
          walk(node.children, 'text', { href: links.href(doc, lang), doc });
        } else {
          throw new ImportError(file, lineOf(node), `unsupported Markdown: ${node.type}`);
        }
      }
    };
    walk(nodes, 'text');
    return out.filter((node) => node.value !== '');
  };

  const listItems = (list: List): RichText[] =>
    list.children.map((item) => {
      const [first, ...rest] = item.children;
      if (!first || first.type !== 'paragraph' || rest.length) throw new ImportError(file, lineOf(item), 'a list item must be one paragraph');
      return inline(first.children);
    });

  const flow = (node: RootContent): Flow => {
    switch (node.type) {
      case 'paragraph':
        return { type: 'paragraph', text: inline(node.children) };
      case 'heading':
        if (node.depth < 3) throw new ImportError(file, lineOf(node), 'use ### for a heading inside a block');
        return { type: 'heading', text: inline(node.children) };
      case 'list':
        return { type: 'list', items: listItems(node) };
      case 'code':
        return { type: 'code', value: node.value };
      default:
        throw new ImportError(file, lineOf(node), `unsupported Markdown: ${node.type}`);
    }
  };
  const content = tree.children.map(flow);
  if (!content.length) throw new ImportError(file, block.line, `block ${block.name} is empty`);
  return content;
}
