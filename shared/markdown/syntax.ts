/**
 * The Markdown dialect of the mirror, as parser configuration: CommonMark,
 * the GFM extensions (tables, strikethrough, task lists, footnotes) and
 * Obsidian wiki links.
 *
 * GFM literal autolinks (a bare `https://…` becoming a link) are left out on
 * purpose: the model keeps a bare URL as text, Obsidian still shows it as a
 * link, and micromark's literal-autolink construct is tried at every letter,
 * which made parsing about twice as slow. So the GFM extensions are taken one
 * by one rather than through `micromark-extension-gfm`, which would also put
 * the unused autolink code into the plugin's main.js (issue 6).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension } from 'micromark-util-types';
import { parsePlainMdast } from './plain-syntax.js';
import { wikiLinkFromMarkdown, wikiLinkSyntax } from './wikilink.js';

let syntax: Extension[] | undefined;
let mdast: MdastExtension[] | undefined;

/** Parses Markdown text into an mdast tree with positions, in the mirror's dialect. @internal */
export function parseMdast(text: string): Root {
  // GFM in the order `micromark-extension-gfm` combines it, minus literal autolinks (see above).
  syntax ??= [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), wikiLinkSyntax()];
  mdast ??= [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), wikiLinkFromMarkdown()];
  return fromMarkdown(text, { extensions: syntax, mdastExtensions: mdast });
}

/** A piece of a text parsed on its own. @internal */
export interface ParsedChunk {
  tree: Root;
  /** The text of the piece. */
  text: string;
  /** Lines of the whole text before this piece. */
  lineOffset: number;
}

/** Pieces smaller than this are not split further. */
const MIN_CHUNK = 8 * 1024;
// A line that starts a section heading or a typed-block callout at the left margin (see parse.ts and block.ts).
const CUT_LINE = /^(?:#{2,6}[ \t]+[A-Z0-9][A-Za-z0-9.-]* ·(?:[ \t]|$)|> ?\[!poc-)/i;

/**
 * Parses a text as a sequence of top-level pieces, each parsed on its own,
 * giving the same nodes as parsing the whole text at once.
 *
 * Why: micromark's cost grows faster than the size of the text (it splices
 * one array of events for the whole document), so a 1.4 MB threat matrix
 * took seconds at once and is linear in pieces.
 *
 * Why it is the same: a piece ends before a blank line followed by a
 * section heading or a `> [!poc-` callout line at the left margin (places
 * where the reader starts a new item anyway). Such a line closes
 * every open construct (paragraphs, lists, quotes, tables, indented code,
 * footnotes) except a fenced code block or an HTML block of kinds 1–5,
 * which the parser reports as the last node of the piece: then the piece
 * grows to the next cut and is parsed again. Link and footnote
 * definitions apply to the whole document, so when any piece holds one,
 * the whole text is parsed at once instead.
 *
 * Each piece is first read by plain-syntax.ts, which gives the same tree
 * for the plain Markdown the mirror writes, many times faster, and leaves
 * anything else to micromark.
 * @internal
 */
export function parseMdastChunked(text: string): ParsedChunk[] {
  if (text.length < 2 * MIN_CHUNK) return [{ tree: parsePiece(text), text, lineOffset: 0 }];
  const cuts = cutPoints(text);
  const chunks: ParsedChunk[] = [];
  let start = 0;
  let startLine = 0;
  let k = 0;
  while (start < text.length) {
    while (k < cuts.length && cuts[k].offset < start + MIN_CHUNK) k++;
    let chunk: ParsedChunk;
    for (;;) {
      const end = k < cuts.length ? cuts[k].offset : text.length;
      const piece = text.slice(start, end);
      chunk = { tree: parsePiece(piece), text: piece, lineOffset: startLine };
      if (end === text.length || closedAtEnd(chunk)) break;
      k++;
    }
    chunks.push(chunk);
    if (k >= cuts.length) break;
    start = cuts[k].offset;
    startLine = cuts[k].line;
    k++;
  }
  if (text.includes(']:') && chunks.some((c) => hasDefinition(c.tree))) return [{ tree: parseMdast(text), text, lineOffset: 0 }];
  return chunks;
}

/** A piece's tree: the plain reader's when it knows every line, else micromark's. */
function parsePiece(text: string): Root {
  return parsePlainMdast(text) ?? parseMdast(text);
}

function cutPoints(text: string): Array<{ offset: number; line: number }> {
  const cuts: Array<{ offset: number; line: number }> = [];
  let offset = 0;
  let line = 0;
  let prevBlank = false;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const l = text.slice(offset, end);
    if (prevBlank && CUT_LINE.test(l)) cuts.push({ offset, line });
    prevBlank = l.trim() === '';
    offset = end + 1;
    line++;
  }
  return cuts;
}

/** Whether the last top-level node of a piece is complete (not a fence or HTML block cut short by the end of the piece). */
function closedAtEnd(chunk: ParsedChunk): boolean {
  const last: RootContent | undefined = chunk.tree.children[chunk.tree.children.length - 1];
  if (!last?.position) return true;
  const src = chunk.text.slice(last.position.start.offset, last.position.end.offset);
  if (last.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(src);
    if (!open) return true;
    const lines = src.split('\n');
    const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]) : null;
    return !!close && close[1][0] === open[1][0] && close[1].length >= open[1].length;
  }
  if (last.type === 'html') {
    const head = src.trimStart();
    const rules: Array<[RegExp, RegExp]> = [
      [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
      [/^<!--/, /-->/],
      [/^<\?/, /\?>/],
      [/^<!\[CDATA\[/, /\]\]>/],
      [/^<![A-Za-z]/, />/],
    ];
    for (const [opens, closes] of rules) if (opens.test(head)) return closes.test(head.slice(2));
  }
  return true;
}

function hasDefinition(node: Nodes): boolean {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasDefinition);
}
