/**
 * Rich text (paragraphs, bullet lists, raw Markdown) to and from Markdown
 * lines, shared by section bodies and the long fields inside block
 * callouts.
 *
 * Reading: a paragraph or a simple bullet list (one line of inline content
 * per item, no task boxes, no nesting) becomes model content; any other
 * node — and any paragraph or list holding something the model cannot
 * express — is kept verbatim as raw Markdown, taken line for line from the
 * source. Neighbouring raw nodes form one raw item, blank lines between
 * them included.
 *
 * Writing: a bullet list picks `-`, `*` or `+` so that it cannot merge with
 * a neighbouring list, and an empty comment `<!---->` (the separator
 * mdast-util-to-markdown also uses) is written where the next raw Markdown
 * would otherwise continue the list. Readers skip that separator next to a
 * list.
 */
import type { List, Paragraph, RootContent } from 'mdast';
import type { RichBlock } from '../model/types.js';
import { type LinkReader, type LinkWriter, inlinesFromMdast, inlinesToMarkdown } from './inline.js';

/** The separator written between a list and raw Markdown that would continue it. @internal */
export const LIST_SEPARATOR = '<!---->';

/** Access to the source text a tree was parsed from. @internal */
export interface Source {
  /** The text that was parsed. */
  text: string;
  /** Line number to add to a tree line to get a file line. */
  lineBase: number;
  /** Lines of `text`, split lazily. */
  lines(): string[];
}

/** The source of a parsed text. @internal */
export function sourceOf(text: string, lineBase: number): Source {
  let lines: string[] | undefined;
  return { text, lineBase, lines: () => (lines ??= text.split('\n').map((l) => l.replace(/\r$/, ''))) };
}

/** The file line where a node starts. @internal */
export function lineOf(node: { position?: { start: { line: number } } }, src: Source): number {
  return (node.position?.start.line ?? 1) + src.lineBase;
}

/**
 * The source lines of nodes from `first` to `last`, with block-quote
 * markers removed when `quoted`. Inside containers micromark may end a node
 * where the next one starts (a list swallows the blank lines after it), so
 * the end is cut before the line where `next` starts.
 */
function rawLines(first: RootContent, last: RootContent, next: RootContent | undefined, src: Source, quoted: boolean): string {
  let end = last.position!.end.line;
  const nextStart = next?.position?.start.line;
  if (nextStart !== undefined && nextStart <= end) end = nextStart - 1;
  const lines = src.lines().slice(first.position!.start.line - 1, end);
  return trimRaw((quoted ? lines.map((l) => l.replace(/^ {0,3}> ?/, '')) : lines).join('\n'));
}

/** A paragraph's inline content, or undefined when it is not expressible. */
function paragraphContent(p: Paragraph, readLink: LinkReader) {
  const content = inlinesFromMdast(p.children, readLink);
  return content && content.length ? content : undefined;
}

function listItems(list: List, readLink: LinkReader) {
  if (list.ordered) return undefined;
  const items = [];
  for (const item of list.children) {
    if (item.checked !== null && item.checked !== undefined) return undefined;
    if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
    const content = paragraphContent(item.children[0], readLink);
    if (!content) return undefined;
    items.push(content);
  }
  return items.length ? items : undefined;
}

/**
 * Rich text from a run of parsed block nodes (in order). `quoted` says the
 * nodes sit inside a block quote (a callout), whose markers are stripped
 * from raw lines; `following` is the node after the run, if any.
 * @internal
 */
export function richTextFromNodes(nodes: readonly RootContent[], src: Source, readLink: LinkReader, quoted: boolean, following?: RootContent): RichBlock[] {
  type Item = RichBlock | { t: 'sep' };
  const items: Array<{ item: Item; node: RootContent }> = [];
  for (const node of nodes) {
    let item: Item | undefined;
    if (node.type === 'paragraph') {
      const content = paragraphContent(node, readLink);
      if (content) item = { t: 'p', content };
    } else if (node.type === 'list') {
      const list = listItems(node, readLink);
      if (list) item = { t: 'ul', items: list };
    } else if (node.type === 'html' && node.value.trim() === LIST_SEPARATOR) {
      item = { t: 'sep' };
    }
    items.push({ item: item ?? { t: 'raw', markdown: '' }, node });
  }
  const out: RichBlock[] = [];
  let rawStart: RootContent | undefined;
  let rawEnd: RootContent | undefined;
  const flush = (next: RootContent | undefined) => {
    if (rawStart && rawEnd) out.push({ t: 'raw', markdown: rawLines(rawStart, rawEnd, next, src, quoted) });
    rawStart = rawEnd = undefined;
  };
  items.forEach(({ item, node }, i) => {
    if (item.t === 'sep') {
      const besideList = items[i - 1]?.item.t === 'ul' || items[i + 1]?.item.t === 'ul';
      if (besideList) {
        flush(node);
        return;
      }
      item = { t: 'raw', markdown: '' };
    }
    if (item.t === 'raw') {
      rawStart ??= node;
      rawEnd = node;
      return;
    }
    flush(node);
    out.push(item);
  });
  flush(following);
  return out;
}

const BULLETS = ['-', '*', '+'] as const;

function firstLine(md: string): string {
  const nl = md.indexOf('\n');
  return nl < 0 ? md : md.slice(0, nl);
}

/** Raw Markdown without blank lines at its start and end (white space at the start of its first line is kept). @internal */
export function trimRaw(md: string): string {
  return md.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '').replace(/\r\n/g, '\n');
}

/**
 * Markdown chunks (to be joined by blank lines) for rich text. `labels`
 * are lower-cased field labels a whole-line bold paragraph must not be
 * mistaken for (inside a callout).
 * @internal
 */
export function richTextToChunks(blocks: readonly RichBlock[], writeLink: LinkWriter, labels?: ReadonlySet<string>): string[] {
  const chunks: string[] = [];
  let prevBullet: string | undefined;
  blocks.forEach((b, i) => {
    if (b.t === 'p') {
      const only = b.content.length === 1 ? b.content[0] : undefined;
      const looksLikeLabel =
        labels !== undefined && only?.t === 'text' && only.marks?.length === 1 && only.marks[0] === 'strong' && labels.has(only.text.trim().toLowerCase());
      const md = inlinesToMarkdown(b.content, 'paragraph', writeLink, looksLikeLabel ? '_' : '*');
      if (md) chunks.push(md);
      prevBullet = undefined;
      return;
    }
    if (b.t === 'raw') {
      const md = trimRaw(b.markdown);
      if (md) chunks.push(md);
      prevBullet = undefined;
      return;
    }
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    const forbidden = new Set<string>();
    if (prev?.t === 'ul' && prevBullet) forbidden.add(prevBullet);
    if (prev?.t === 'raw') for (const m of prev.markdown.matchAll(/^[ \t>]*([-*+])(?:[ \t]|$)/gm)) forbidden.add(m[1]);
    const nextFirst = next?.t === 'raw' ? firstLine(trimRaw(next.markdown)) : undefined;
    const nextBullet = nextFirst !== undefined ? /^ {0,3}([-*+])(?:[ \t]|$)/.exec(nextFirst)?.[1] : undefined;
    if (nextBullet) forbidden.add(nextBullet);
    const free = BULLETS.find((c) => !forbidden.has(c));
    const bullet = free ?? '-';
    if (!free && prev?.t === 'raw') chunks.push(LIST_SEPARATOR);
    const lines: string[] = [];
    for (const item of b.items) {
      const md = inlinesToMarkdown(item, 'paragraph', writeLink);
      if (md) lines.push(`${bullet} ${md.replace(/\n/g, '\n  ')}`);
    }
    if (!lines.length) return;
    chunks.push(lines.join('\n'));
    prevBullet = bullet;
    if (nextFirst !== undefined && (!free || /^[ \t]/.test(nextFirst))) chunks.push(LIST_SEPARATOR);
  });
  return chunks;
}
