import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SECTION_ANCHORS, type Section } from './block-specs';
import { ImportError } from './import-error';

/** A piece of inline text before it is merged into rich text; `link` is the raw URL of the article. */
export interface Leaf {
  kind: 'text' | 'code' | 'strong' | 'emphasis';
  value: string;
  link?: string;
}

/** One translated sentence with its English original, as the article pairs them. */
export interface SentencePair {
  id: string;
  section: Section;
  line: number;
  target: Leaf[];
  english: Leaf[];
}

export interface ParsedArticle {
  file: string;
  locale: string;
  locfileid: string;
  /** ISO date of the revision (ms.lasthandoff). */
  date: string;
  sentences: SentencePair[];
  /** Inline-code paragraphs (the NDR lines), by section. */
  codeLines: { section: Section; value: string; line: number }[];
}

interface FrontMatter {
  fields: Record<string, string>;
  /** The markdown body with the front matter blanked, so line numbers stay those of the file. */
  body: string;
}

function readFrontMatter(file: string, text: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') throw new ImportError(file, 1, 'missing front matter');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new ImportError(file, 1, 'front matter is not closed');
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith(' ') && !line.startsWith('-')) {
      fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim().replace(/^"|"$/g, '');
    }
  }
  const body = lines.map((line, index) => (index <= end ? '' : line)).join('\n');
  return { fields, body };
}

function isoDate(file: string, usDate: string | undefined): string {
  const parts = (usDate ?? '').split('/');
  if (parts.length !== 3) throw new ImportError(file, 1, `ms.lasthandoff is not a date: ${usDate ?? '(missing)'}`);
  const [month, day, year] = parts;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

type SpanFrame =
  | { kind: 'target'; id: string }
  | { kind: 'lookup' }
  | { kind: 'english'; id: string }
  | { kind: 'anchor'; name: string };

/** Reads the attribute value of a single HTML tag such as `<span data-ttu-id="x">`. */
function attribute(tag: string, name: string): string | undefined {
  const marker = `${name}="`;
  const start = tag.indexOf(marker);
  if (start < 0) return undefined;
  const end = tag.indexOf('"', start + marker.length);
  return end < 0 ? undefined : tag.slice(start + marker.length, end);
}

/** Splits an inline-HTML node's value into its tags (micromark may give several in one node). */
function tagsOf(value: string): string[] {
  const tags: string[] = [];
  let index = 0;
  while (index < value.length) {
    const open = value.indexOf('<', index);
    if (open < 0) {
      if (value.slice(index).trim()) tags.push(value.slice(index));
      break;
    }
    if (value.slice(index, open).trim()) tags.push(value.slice(index, open));
    const close = value.indexOf('>', open);
    if (close < 0) {
      tags.push(value.slice(open));
      break;
    }
    tags.push(value.slice(open, close + 1));
    index = close + 1;
  }
  return tags;
}

/**
 * Walks the inline content of one block (heading, paragraph) and pairs each
 * `data-ttu-id` span (the translation) with the `sxs-lookup` span that holds
 * its English original. Links may sit inside a span or around both spans.
 */
class SentenceCollector {
  private stack: SpanFrame[] = [];
  private target: Leaf[] = [];
  private english: Leaf[] = [];
  private pendingTarget: { id: string; leaves: Leaf[] } | undefined;
  readonly pairs: SentencePair[] = [];

  constructor(
    private readonly file: string,
    private readonly line: number,
    private readonly section: () => Section,
  ) {}

  private fail(message: string): never {
    throw new ImportError(this.file, this.line, message);
  }

  private top(): SpanFrame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private openTag(tag: string): void {
    if (tag.startsWith('<a ')) {
      this.stack.push({ kind: 'anchor', name: attribute(tag, 'name') ?? '' });
      return;
    }
    if (!tag.startsWith('<span')) this.fail(`unexpected HTML tag ${tag}`);
    const ttu = attribute(tag, 'data-ttu-id');
    const stu = attribute(tag, 'data-stu-id');
    const cls = attribute(tag, 'class');
    if (ttu !== undefined) {
      if (this.stack.length) this.fail(`translation span ${ttu} is nested in another span`);
      if (this.pendingTarget) this.fail(`translation span ${this.pendingTarget.id} has no English original`);
      this.stack.push({ kind: 'target', id: ttu });
      this.target = [];
    } else if (cls === 'sxs-lookup') {
      if (this.stack.length) this.fail('English-original span is nested in another span');
      this.stack.push({ kind: 'lookup' });
    } else if (stu !== undefined) {
      if (this.top()?.kind !== 'lookup') this.fail(`span ${stu} is not inside an sxs-lookup span`);
      this.stack.push({ kind: 'english', id: stu });
      this.english = [];
    } else {
      this.fail(`unknown span ${tag}`);
    }
  }

  private closeTag(tag: string): void {
    const frame = this.stack.pop();
    if (!frame) this.fail(`${tag} closes nothing`);
    if (tag === '</a>' && frame.kind !== 'anchor') this.fail('</a> closes a span');
    if (tag === '</span>' && frame.kind === 'anchor') this.fail('</span> closes an anchor');
    if (frame.kind === 'target') this.pendingTarget = { id: frame.id, leaves: this.target };
    if (frame.kind === 'english') {
      if (!this.pendingTarget) this.fail(`English original ${frame.id} has no translation before it`);
      if (this.pendingTarget.id !== frame.id) {
        this.fail(`English original ${frame.id} follows translation ${this.pendingTarget.id}`);
      }
      this.pairs.push({
        id: frame.id,
        section: this.section(),
        line: this.line,
        target: this.pendingTarget.leaves,
        english: this.english,
      });
      this.pendingTarget = undefined;
    }
  }

  html(value: string): void {
    for (const tag of tagsOf(value)) {
      if (!tag.startsWith('<')) this.leaf({ kind: 'text', value: tag });
      else if (tag.startsWith('</')) this.closeTag(tag);
      else this.openTag(tag);
    }
  }

  leaf(leaf: Leaf): void {
    const frame = this.top();
    if (frame?.kind === 'target') this.target.push(leaf);
    else if (frame?.kind === 'english') this.english.push(leaf);
    else if (leaf.value.trim() && leaf.value.trim() !== '[!TIP]') {
      this.fail(`text outside a translation span: "${leaf.value.trim().slice(0, 60)}"`);
    }
  }

  finish(): void {
    if (this.stack.length) this.fail(`unbalanced spans: ${this.stack.map((frame) => frame.kind).join(' > ')} left open`);
    if (this.pendingTarget) this.fail(`translation span ${this.pendingTarget.id} has no English original`);
  }
}

function walkInline(nodes: PhrasingContent[], collector: SentenceCollector, link?: string, kind: Leaf['kind'] = 'text'): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'html':
        collector.html(node.value);
        break;
      case 'text':
        collector.leaf({ kind, value: node.value, link });
        break;
      case 'inlineCode':
        collector.leaf({ kind: 'code', value: node.value, link });
        break;
      case 'strong':
      case 'emphasis':
        walkInline(node.children, collector, link, node.type);
        break;
      case 'link':
        walkInline(node.children, collector, node.url, kind);
        break;
      case 'break':
        collector.leaf({ kind: 'text', value: ' ', link });
        break;
      default:
        throw new ImportError('', node.position?.start.line ?? 0, `unsupported inline ${node.type}`);
    }
  }
}

const lineOf = (node: Nodes): number => node.position?.start.line ?? 0;

export function parseArticle(file: string, text: string): ParsedArticle {
  const { fields, body } = readFrontMatter(file, text);
  const locale = fields['ms.contentlocale'];
  const locfileid = fields['ms.locfileid'];
  if (!locale || !locfileid) throw new ImportError(file, 1, 'front matter lacks ms.contentlocale or ms.locfileid');
  const date = isoDate(file, fields['ms.lasthandoff']);

  const tree = unified().use(remarkParse).parse(body) as Root;
  const sentences: SentencePair[] = [];
  const codeLines: ParsedArticle['codeLines'] = [];
  let section: Section | undefined;
  const currentSection = (line: number) => (): Section => {
    if (!section) throw new ImportError(file, line, 'text before the first heading');
    return section;
  };

  const inlineBlock = (children: PhrasingContent[], line: number): SentenceCollector => {
    const collector = new SentenceCollector(file, line, currentSection(line));
    try {
      walkInline(children, collector);
      collector.finish();
    } catch (error) {
      if (error instanceof ImportError && !error.file) throw new ImportError(file, line, error.reason);
      throw error;
    }
    sentences.push(...collector.pairs);
    return collector;
  };

  const block = (node: RootContent): void => {
    const line = lineOf(node);
    switch (node.type) {
      case 'heading': {
        // The anchor decides the section before the heading's own sentence is collected.
        const anchorNode = node.children.find((child) => child.type === 'html' && child.value.startsWith('<a '));
        const name = anchorNode && anchorNode.type === 'html' ? attribute(anchorNode.value, 'name') : undefined;
        const known = name ? SECTION_ANCHORS[name] : undefined;
        if (!known) throw new ImportError(file, line, `unknown section "${name ?? '(no anchor)'}"`);
        section = known;
        inlineBlock(node.children, line);
        break;
      }
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only?.type === 'inlineCode') {
          codeLines.push({ section: currentSection(line)(), value: only.value, line });
        } else {
          inlineBlock(node.children, line);
        }
        break;
      }
      case 'list':
        for (const item of node.children) item.children.forEach(block);
        break;
      case 'blockquote':
        node.children.forEach(block);
        break;
      case 'html':
        if (node.value.trim()) throw new ImportError(file, line, 'unexpected HTML block');
        break;
      default:
        throw new ImportError(file, line, `unsupported markdown ${node.type}`);
    }
  };
  tree.children.forEach(block);

  return { file, locale, locfileid, date, sentences, codeLines };
}
