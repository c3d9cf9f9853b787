/**
 * Inline content (text runs with marks, cross-links) to and from Markdown.
 *
 * Writing has a fast path and a safe path. The fast path escapes text
 * itself: it handles plain runs and simple marked runs (one mark, starting
 * and ending with a letter or digit, not touching another marked run),
 * which is nearly all real text, at a small fraction of the cost of
 * mdast-util-to-markdown. Anything else (nested or adjacent marks, marked
 * runs that start or end with punctuation or spaces, control characters)
 * goes through mdast-util-to-markdown, which knows every flanking rule.
 * The round-trip property tests cover both paths.
 *
 * Reading accepts text, strong, emphasis, inline code and block wiki links
 * (without marks); anything else means the line is not expressible in the
 * model, and the caller keeps it as raw Markdown.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { normalizeInlines } from '../model/normalize.js';
import type { Inline, LinkRef, Mark } from '../model/types.js';
import { parseWikiTarget, type WikiLink, wikiLinkToMarkdown } from './wikilink.js';

/** Where a line of inline content sits: escaping differs slightly. @internal */
export type InlinePlace = 'paragraph' | 'heading' | 'cell';

/** Writes a link inline as the inside of a wiki link. @internal */
export type LinkWriter = (link: LinkRef) => string;
/** Reads the inside of a wiki link back into a link inline; undefined if it is not a block link. @internal */
export type LinkReader = (inside: string) => LinkRef | undefined;

const MARK_DELIMITER: Record<Mark, string> = { strong: '**', em: '*', code: '`' };
const WORD_EDGE = /^[\p{L}\p{N}]$/u;
// Line endings and control characters other than tab: the safe path encodes them.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;
// Characters escapeText may act on anywhere, and at the start of a line.
const MAYBE_SPECIAL = /[\\`*_[~|<&#]/;
const LINE_START_SPECIAL = /^[#>+\-\d]/;

/**
 * Markdown for one line of inline content (a paragraph, a list item, a
 * heading's text or a table cell). `strongMarker` lets a caller write a
 * whole-line strong run as `__…__` where `**…**` would mean something else.
 * @internal
 */
export function inlinesToMarkdown(content: readonly Inline[], place: InlinePlace, writeLinkInside: LinkWriter, strongMarker: '*' | '_' = '*'): string {
  const runs = normalizeInlines(content);
  const fast = strongMarker === '*' ? fastPath(runs, place, writeLinkInside) : undefined;
  return fast ?? safePath(runs, place, writeLinkInside, strongMarker);
}

/** Markdown for a plain string in a line (a title, a label, a short field value). @internal */
export function plainToMarkdown(text: string, place: InlinePlace): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (!flat) return '';
  return inlinesToMarkdown([{ t: 'text', text: flat }], place, () => '');
}

function fastPath(runs: readonly Inline[], place: InlinePlace, writeLinkInside: LinkWriter): string | undefined {
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.t === 'link') {
      out += `[[${writeLinkInside(run)}]]`;
      continue;
    }
    const text = run.text;
    if (CONTROL.test(text)) return undefined;
    if (i === 0 && /^\s/.test(text)) return undefined;
    if (i === runs.length - 1 && /\s$/.test(text)) return undefined;
    const next = runs[i + 1];
    const beforeLink = next?.t === 'link';
    if (!run.marks?.length) {
      out += escapeText(text, i === 0, i === runs.length - 1, place, beforeLink);
      continue;
    }
    if (run.marks.length > 1) return undefined;
    const prev = runs[i - 1];
    if ((prev?.t === 'text' && prev.marks?.length) || (next?.t === 'text' && next.marks?.length)) return undefined;
    const mark = run.marks[0];
    if (mark === 'code') {
      if (text.includes('`') || /^[ \t]|[ \t]$/.test(text)) return undefined;
      out += '`' + text + '`';
    } else {
      if (!WORD_EDGE.test(text[0]) || !WORD_EDGE.test(text[text.length - 1])) return undefined;
      const d = MARK_DELIMITER[mark];
      out += d + escapeText(text, false, false, place, false) + d;
    }
  }
  return out;
}

/**
 * Backslash-escapes what could start Markdown syntax in a text run. Always:
 * `\` `` ` `` `*` `_` `[` `~`; `|` in table cells; `<` and `&` when they
 * could start HTML, an autolink or a character reference; `!` just before a
 * wiki link (it would make an embed). At the start of a line: heading, quote
 * and list markers. At the end of a heading: a closing `#` sequence.
 * `#tag` and other Obsidian syntax stay as written.
 */
function escapeText(text: string, lineStart: boolean, lineEnd: boolean, place: InlinePlace, beforeLink: boolean): string {
  // Most text has nothing to escape: check once rather than walk it.
  if (!MAYBE_SPECIAL.test(text) && !(lineStart && LINE_START_SPECIAL.test(text)) && !(beforeLink && text.endsWith('!'))) return text;
  let out = '';
  let i = 0;
  if (lineStart) {
    const m = /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-(?=-)|\d{1,9}(?=[.)](?:[ \t]|$)))/.exec(text);
    if (m) {
      if (/^\d/.test(m[0])) {
        // "1." or "1)" would start an ordered list: escape the delimiter.
        out = m[0] + '\\' + text[m[0].length];
        i = m[0].length + 1;
      } else {
        out = '\\' + text[0];
        i = 1;
      }
    }
  }
  for (; i < text.length; i++) {
    const c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case '~':
        out += '\\' + c;
        break;
      case '|':
        out += place === 'cell' ? '\\|' : c;
        break;
      case '<':
        out += /[!/?A-Za-z]/.test(text[i + 1] ?? '') ? '\\<' : c;
        break;
      case '&':
        out += /[#A-Za-z]/.test(text[i + 1] ?? '') ? '\\&' : c;
        break;
      case '!':
        out += beforeLink && i === text.length - 1 ? '\\!' : c;
        break;
      case '#':
        // A run of # at the very end of a heading would be read as its closing sequence.
        out += place === 'heading' && lineEnd && /^#+$/.test(text.slice(i)) && (i === 0 || text[i - 1] !== '#') ? '\\#' : c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

let safeOptions: Parameters<typeof toMarkdown>[1] | undefined;

function safePath(runs: readonly Inline[], place: InlinePlace, writeLinkInside: LinkWriter, strongMarker: '*' | '_'): string {
  const children = toPhrasing(runs, 0, writeLinkInside);
  safeOptions ??= {
    emphasis: '*',
    bullet: '-',
    handlers: { wikiLink: wikiLinkToMarkdown },
    // GFM strikethrough: a tilde could start one. Pipes only matter in cells (below).
    unsafe: [{ character: '~', inConstruct: 'phrasing' }],
  };
  const node: Paragraph | { type: 'heading'; depth: 1; children: PhrasingContent[] } =
    place === 'heading' ? { type: 'heading', depth: 1, children } : { type: 'paragraph', children };
  let md = toMarkdown({ type: 'root', children: [node] }, { ...safeOptions, strong: strongMarker }).replace(/\n+$/, '');
  if (place === 'heading') md = md.replace(/^# ?/, '');
  if (place === 'cell') md = md.replace(/\n/g, ' ').replace(/\|/g, '\\|');
  return md;
}

const NEST_ORDER: Mark[] = ['strong', 'em', 'code'];

/** mdast phrasing for runs: strong outside emphasis outside code, adjacent runs sharing a mark share one node. */
function toPhrasing(runs: readonly Inline[], level: number, writeLinkInside: LinkWriter): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const mark = NEST_ORDER[level];
  for (let i = 0; i < runs.length; ) {
    const run = runs[i];
    if (run.t === 'link') {
      out.push({ type: 'wikiLink', value: writeLinkInside(run), embed: false } satisfies WikiLink);
      i++;
      continue;
    }
    if (mark === undefined) {
      out.push({ type: 'text', value: run.text });
      i++;
      continue;
    }
    if (!run.marks?.includes(mark)) {
      out.push(...toPhrasing([run], level + 1, writeLinkInside));
      i++;
      continue;
    }
    let j = i;
    while (j < runs.length && runs[j].t === 'text' && (runs[j] as { marks?: Mark[] }).marks?.includes(mark)) j++;
    const group = runs.slice(i, j);
    if (mark === 'code') {
      // Code is innermost and normal form merges equal neighbours, so each run is its own code span.
      for (const r of group) out.push({ type: 'inlineCode', value: (r as { text: string }).text });
    } else {
      out.push({ type: mark === 'strong' ? 'strong' : 'emphasis', children: toPhrasing(group, level + 1, writeLinkInside) });
    }
    i = j;
  }
  return out;
}

/**
 * The inline content of parsed phrasing nodes, in normal form, or
 * undefined when the nodes hold anything the model cannot express
 * (links, images, HTML, line breaks, strikethrough, footnotes, embeds,
 * formatted cross-links, wiki links that do not point at a block).
 * @internal
 */
export function inlinesFromMdast(nodes: readonly PhrasingContent[], readLinkInside: LinkReader): Inline[] | undefined {
  const out: Inline[] = [];
  const walk = (list: readonly PhrasingContent[], marks: Mark[]): boolean => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
          // A soft line break inside a paragraph: the model has no line breaks in text.
          if (n.value.includes('\n') || n.value.includes('\r')) return false;
          out.push(marks.length ? { t: 'text', text: n.value, marks: [...marks] } : { t: 'text', text: n.value });
          break;
        case 'strong':
        case 'emphasis': {
          const m: Mark = n.type === 'strong' ? 'strong' : 'em';
          if (!walk(n.children, marks.includes(m) ? marks : [...marks, m])) return false;
          break;
        }
        case 'inlineCode':
          if (n.value.includes('\n')) return false;
          out.push({ t: 'text', text: n.value, marks: marks.includes('code') ? [...marks] : [...marks, 'code'] });
          break;
        case 'wikiLink': {
          if (n.embed || marks.length) return false;
          const link = readLinkInside(n.value);
          if (!link) return false;
          out.push(link);
          break;
        }
        default:
          return false;
      }
    }
    return true;
  };
  return walk(nodes, []) ? normalizeInlines(out) : undefined;
}

/** Plain text of parsed phrasing, wiki links written as in the source. @internal */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'wikiLink') s += `${n.embed ? '!' : ''}[[${n.value}]]`;
    else if ('value' in n) s += n.value;
    else if ('children' in n) s += phrasingText(n.children);
  }
  return s;
}

/** A link reader for wiki-link insides, given how to map a parsed target. @internal */
export function linkReader(map: (w: ReturnType<typeof parseWikiTarget>) => LinkRef | undefined): LinkReader {
  return (inside) => map(parseWikiTarget(inside));
}
