/**
 * A fast reader for the plain Markdown the mirror itself writes, giving the
 * very tree micromark gives (same nodes, same positions) or nothing.
 *
 * Why: micromark costs about a millisecond per kilobyte, and a 1.4 MB
 * threat matrix spent nine tenths of its reading time there, although
 * almost all of it is a handful of shapes: `> [!poc-…]` callouts holding a
 * two-column table, `**Label**` lines, one-line paragraphs and tight bullet
 * lists of plain words, wiki links and simple bold, italic or code runs,
 * `^id` lines and `## id · title` headings. This module reads exactly those
 * shapes, line by line, and answers `undefined` at the first thing outside
 * them (a tab, a trailing space, a line that continues a paragraph, any
 * character that could start other syntax…), for the caller to hand the
 * text to micromark. Every rule below is the CommonMark or GFM rule
 * restricted to a case where it has one outcome; the tests compare both
 * readers node for node on generated and real documents.
 */
import type { Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { WikiLink } from './wikilink.js';

/** A line of the text as a container sees it: its content and where that content starts in the text. */
interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  /** 1-based column (UTF-16 code units, as micromark counts) of `text[0]`. */
  column: number;
  /** Offset of `text[0]` in the whole text. */
  offset: number;
}

type Point = { line: number; column: number; offset: number };

const at = (l: Line, i: number): Point => ({ line: l.line, column: l.column + i, offset: l.offset + i });
const span = (l: Line, from: number, to: number) => ({ start: at(l, from), end: at(l, to) });

// Characters micromark treats specially in some context (carriage returns, tabs and NUL change columns or text).
// eslint-disable-next-line no-control-regex -- NUL is what this pattern is for
const WHOLE_TEXT_BAIL = /[\r\t\u0000]|(?:^|\n)\uFEFF| (?:\n|$)/;
// Characters that may start inline syntax: `*`, `` ` ``, `[[` and `!` are read below, the others are left to micromark.
const NEXT_SPECIAL = /[\\_<&~\][!`*]/g;
// A callout's type at the start of its first line: `[!poc-threat]`, then a space or the end.
const CALLOUT_LABEL = /^\[![A-Za-z0-9-]+\](?= |$)/;
// Characters a table cell may not hold here: every inline construct, and the escaped pipe.
const CELL_SPECIAL = /[\\`*_[\]<&~!]/;
// A line whose first characters may start a block construct other than a paragraph (or be a link definition); `*` or
// `**` before a letter or digit is emphasis, never a list or a thematic break. Letters of every script: French labels
// start with É or À ("**Éléments liés**"), and reading them with micromark made a French matrix twenty times slower.
const BLOCK_START = /^(?:[ #>\-+_=`~<|]|\*(?!\*?[\p{L}\p{N}])|\d{1,9}[.)]|\[(?!\[|![A-Za-z0-9-]+\](?: |$)))/u;
// A letter or digit of any script: neither whitespace nor punctuation, for CommonMark's flanking rules.
const ALNUM = /^[\p{L}\p{N}]$/u;
// What may follow a closing `*`/`**` so that it can only close: the end, a space or closing punctuation.
const AFTER_CLOSER = /^[ .,;:?)]?$/;

/**
 * The mdast tree of `text` as `parseMdast` (syntax.ts) would build it, or
 * undefined when the text holds anything outside the plain shapes this
 * reader knows. The text must have no link definitions elsewhere in the
 * document that could apply to it (see parseMdastChunked).
 * @internal
 */
export function parsePlainMdast(text: string): Root | undefined {
  if (WHOLE_TEXT_BAIL.test(text)) return undefined;
  const lines: Line[] = [];
  let offset = 0;
  for (let n = 1; ; n++) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(offset, end), line: n, column: 1, offset });
    if (nl < 0) break;
    offset = nl + 1;
  }
  const children = flow(lines, false);
  if (!children) return undefined;
  const last = lines[lines.length - 1];
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: at(last, last.text.length) } };
}

/** The block nodes of a run of lines (top level, or the inside of a block quote when `quoted`). */
function flow(lines: readonly Line[], quoted: boolean): RootContent[] | undefined {
  const out: RootContent[] = [];
  // Every construct here starts after a blank line (or at the start) and is followed by one, so none continues another.
  const blankOrEnd = (i: number) => i >= lines.length || lines[i].text === '';
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    const s = l.text;
    if (s === '') {
      i++;
      continue;
    }
    if (i > 0 && lines[i - 1].text !== '') return undefined;
    let node: RootContent | undefined;
    let next = i + 1;
    if (s[0] === '>') {
      if (quoted) return undefined;
      next = quoteEnd(lines, i);
      node = blockquote(lines.slice(i, next));
    } else if (s[0] === '#') {
      node = heading(l);
    } else if (s[0] === '|') {
      next = runEnd(lines, i);
      node = table(lines.slice(i, next));
    } else if ((s[0] === '-' || s[0] === '*' || s[0] === '+') && s[1] === ' ') {
      next = runEnd(lines, i);
      const list = bulletList(lines.slice(i, next), s[0]);
      if (!list) return undefined;
      // A list followed by another of the same bullet after blank lines would be one loose list.
      let k = next;
      while (k < lines.length && lines[k].text === '') k++;
      if (k < lines.length && lines[k].text.startsWith(`${s[0]} `)) return undefined;
      // Inside a block quote micromark ends a list after the blank quote line that follows it, when more content follows;
      // after two, it also makes the list loose.
      if (quoted && k < lines.length && k > next) {
        if (k > next + 1) return undefined;
        list.position!.end = at(lines[next], 0);
      }
      node = list;
    } else {
      node = paragraph(l);
    }
    if (!node || !blankOrEnd(next)) return undefined;
    out.push(node);
    i = next;
  }
  return out;
}

/** The index after the last non-blank line of the run starting at `i`. */
function runEnd(lines: readonly Line[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j].text !== '') j++;
  return j;
}

/** The index after the last `>` line of the quote starting at `i`. */
function quoteEnd(lines: readonly Line[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j].text.startsWith('>')) j++;
  return j;
}

function blockquote(lines: readonly Line[]): Blockquote | undefined {
  const last = lines[lines.length - 1];
  if (last.text === '>') return undefined;
  const inner: Line[] = lines.map((l) => {
    // The marker, then one optional space; a second space would be indentation of the content.
    const skip = l.text[1] === ' ' ? 2 : 1;
    return { text: l.text.slice(skip), line: l.line, column: l.column + skip, offset: l.offset + skip };
  });
  if (inner.some((l) => l.text.startsWith(' '))) return undefined;
  const children = flow(inner, true);
  if (!children) return undefined;
  return { type: 'blockquote', children: children as Blockquote['children'], position: { start: at(lines[0], 0), end: at(last, last.text.length) } };
}

function heading(l: Line): Heading | undefined {
  const m = /^(#{1,6}) (?! )/.exec(l.text);
  // A trailing `#` could be a closing sequence.
  if (!m || l.text.endsWith('#')) return undefined;
  const depth = m[1].length as Heading['depth'];
  const children = inlines(l, m[0].length);
  return children && { type: 'heading', depth, children, position: span(l, 0, l.text.length) };
}

function paragraph(l: Line): Paragraph | undefined {
  if (BLOCK_START.test(l.text)) return undefined;
  const children = inlines(l, 0);
  return children && { type: 'paragraph', children, position: span(l, 0, l.text.length) };
}

/** A tight bullet list, one line of inline content per item, all with the same bullet. */
function bulletList(lines: readonly Line[], bullet: string): List | undefined {
  const items: ListItem[] = [];
  for (const l of lines) {
    if (l.text[0] !== bullet || l.text[1] !== ' ') return undefined;
    const content: Line = { text: l.text.slice(2), line: l.line, column: l.column + 2, offset: l.offset + 2 };
    const p = content.text ? paragraph(content) : undefined;
    if (!p) return undefined;
    items.push({ type: 'listItem', spread: false, checked: null, children: [p], position: span(l, 0, l.text.length) });
  }
  const last = lines[lines.length - 1];
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position: { start: at(lines[0], 0), end: at(last, last.text.length) } };
}

/** A GFM table of plain-text cells: head row, a delimiter row without alignment, body rows of as many cells. */
function table(lines: readonly Line[]): Table | undefined {
  if (lines.length < 2) return undefined;
  const delimiter = cellBounds(lines[1].text);
  if (!delimiter || delimiter.some(([a, b]) => !/^ *-+ *$/.test(lines[1].text.slice(a, b)))) return undefined;
  const rows: TableRow[] = [];
  for (const l of [lines[0], ...lines.slice(2)]) {
    const bounds = cellBounds(l.text);
    if (!bounds || bounds.length !== delimiter.length || CELL_SPECIAL.test(l.text)) return undefined;
    const cells = bounds.map(([a, b], k): TableCell => {
      const raw = l.text.slice(a, b);
      const from = a + raw.length - raw.trimStart().length;
      const to = b - (raw.length - raw.trimEnd().length);
      // A cell runs from its opening pipe to the next one; the last one takes the closing pipe too.
      const end = k === bounds.length - 1 ? l.text.length : b;
      return { type: 'tableCell', children: from < to ? [{ type: 'text', value: l.text.slice(from, to), position: span(l, from, to) }] : [], position: span(l, a - 1, end) };
    });
    rows.push({ type: 'tableRow', children: cells, position: span(l, 0, l.text.length) });
  }
  const last = lines[lines.length - 1];
  return { type: 'table', align: delimiter.map(() => null), children: rows, position: { start: at(lines[0], 0), end: at(last, last.text.length) } };
}

/** The [start, end) of each cell's content between the pipes of a row written `| a | b |`, or undefined. */
function cellBounds(row: string): Array<[number, number]> | undefined {
  if (row.length < 2 || row[0] !== '|' || row[row.length - 1] !== '|') return undefined;
  const out: Array<[number, number]> = [];
  let from = 1;
  for (let p = row.indexOf('|', 1); p >= 0; p = row.indexOf('|', p + 1)) {
    out.push([from, p]);
    from = p + 1;
  }
  return out;
}

/**
 * The phrasing content of `l.text` from `from` to its end: text, wiki
 * links, and `**strong**`, `*emphasis*` or `` `code` `` runs whose
 * delimiters can only open or only close; undefined for anything else.
 */
function inlines(l: Line, from: number): PhrasingContent[] | undefined {
  const s = l.text;
  const out: PhrasingContent[] = [];
  let textStart = from;
  const flush = (end: number) => {
    if (end > textStart) out.push({ type: 'text', value: s.slice(textStart, end), position: span(l, textStart, end) });
  };
  // A callout's `[!type]` at the start of a paragraph is a label without a definition, hence text.
  let i = from === 0 ? (CALLOUT_LABEL.exec(s)?.[0].length ?? 0) : from;
  for (;;) {
    NEXT_SPECIAL.lastIndex = i;
    const found = NEXT_SPECIAL.exec(s);
    if (!found) break;
    i = found.index;
    const c = s[i];
    if (c === '!' || c === '&') {
      // An embed, or a character reference (`&amp;`, `&#32;`); a lone `&` or `!` is text.
      if (c === '!' ? s[i + 1] === '[' : /[#A-Za-z0-9]/.test(s[i + 1] ?? '')) return undefined;
      i++;
    } else if (c === '[') {
      const close = s.indexOf(']]', i + 2);
      if (s[i + 1] !== '[' || close < 0) return undefined;
      const value = s.slice(i + 2, close);
      if (!value || value.includes('[') || value.includes(']')) return undefined;
      flush(i);
      out.push({ type: 'wikiLink', value, embed: false, position: span(l, i, close + 2) } satisfies WikiLink);
      i = textStart = close + 2;
    } else if (c === '`') {
      const close = s.indexOf('`', i + 1);
      if (s[i + 1] === '`' || close < 0 || s[close + 1] === '`') return undefined;
      const value = s.slice(i + 1, close);
      // Code content keeps its spaces unless both ends have one; leave either case to micromark.
      if (!value || value.startsWith(' ') || value.endsWith(' ')) return undefined;
      flush(i);
      out.push({ type: 'inlineCode', value, position: span(l, i, close + 1) });
      i = textStart = close + 1;
    } else if (c === '*') {
      const size = s[i + 1] === '*' ? 2 : 1;
      const open = i + size;
      const close = s.indexOf('*', open);
      if (close < 0 || s.slice(close, close + size) !== '**'.slice(0, size) || s[close + size] === '*') return undefined;
      const inner = s.slice(open, close);
      // Opener at the start or after a space, before a non-space: it can only open. Closer after a non-space and before
      // the end or a space, or after a letter or digit and before closing punctuation: it can only close. So the run is
      // emphasis whatever the delimiter rules say about runs that could do both.
      const first = inner[0] ?? ' ';
      const last = inner[inner.length - 1] ?? ' ';
      const after = s[close + size] ?? '';
      if ((i > from && s[i - 1] !== ' ') || /\s/.test(first) || /\s/.test(last) || /[\\_<&~\][!`]/.test(inner)) return undefined;
      if (!(after === '' || after === ' ' || (ALNUM.test(last) && AFTER_CLOSER.test(after)))) return undefined;
      flush(i);
      const children: PhrasingContent[] = [{ type: 'text', value: inner, position: span(l, open, close) }];
      out.push(size === 2 ? { type: 'strong', children, position: span(l, i, close + 2) } : { type: 'emphasis', children, position: span(l, i, close + 1) });
      i = textStart = close + size;
    } else {
      return undefined;
    }
  }
  flush(s.length);
  return out;
}
