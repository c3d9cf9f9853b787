/**
 * The normal form of rich text. Two editors can hold the same words in
 * different shapes (split text runs, marks in another order, an empty
 * paragraph left by Enter); the model keeps one shape so that hashing,
 * Markdown and validation see equal content as equal.
 *
 * Normal form: marks sorted as in MARKS; adjacent runs with the same marks
 * merged; no empty runs; leading white space of a paragraph's (or list
 * item's) first run and trailing white space of its last run removed;
 * empty paragraphs, empty list items and empty lists dropped; empty raw
 * blocks dropped.
 */
import { type Inline, MARKS, type Mark, type RichBlock, type TextRun } from './types.js';

const markOrder = new Map<Mark, number>(MARKS.map((m, i) => [m, i]));

function sameMarks(a?: readonly Mark[], b?: readonly Mark[]): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m, i) => m === y[i]);
}

/** Inline content in normal form (see module comment). */
export function normalizeInlines(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of content) {
    if (item.t === 'link') {
      out.push({ t: 'link', docId: item.docId, blockId: item.blockId });
      continue;
    }
    if (!item.text) continue;
    const marks = item.marks?.length ? [...new Set(item.marks)].sort((a, b) => markOrder.get(a)! - markOrder.get(b)!) : undefined;
    const prev = out[out.length - 1];
    if (prev && prev.t === 'text' && sameMarks(prev.marks, marks)) {
      out[out.length - 1] = { ...prev, text: prev.text + item.text };
    } else {
      out.push(marks ? { t: 'text', text: item.text, marks } : { t: 'text', text: item.text });
    }
  }
  // Trim the edges: Markdown cannot keep white space at the start or end of a line.
  // A run of white space only goes entirely, and the run after it is trimmed in turn.
  while (out[0]?.t === 'text') {
    const first = out[0];
    const text = first.text.replace(/^\s+/, '');
    if (text) {
      out[0] = { ...first, text };
      break;
    }
    out.shift();
  }
  while (out[out.length - 1]?.t === 'text') {
    const last = out[out.length - 1] as TextRun;
    const text = last.text.replace(/\s+$/, '');
    if (text) {
      out[out.length - 1] = { ...last, text };
      break;
    }
    out.pop();
  }
  return out;
}

/** Rich text in normal form (see module comment). */
export function normalizeRichText(blocks: readonly RichBlock[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const b of blocks) {
    if (b.t === 'p') {
      const content = normalizeInlines(b.content);
      if (content.length) out.push({ t: 'p', content });
    } else if (b.t === 'ul') {
      const items = b.items.map(normalizeInlines).filter((i) => i.length > 0);
      if (items.length) out.push({ t: 'ul', items });
    } else if (b.markdown.trim()) {
      out.push({ t: 'raw', markdown: b.markdown });
    }
  }
  return out;
}

/** Whether rich text holds any content once normalised. */
export function isEmptyRichText(blocks: readonly RichBlock[]): boolean {
  return normalizeRichText(blocks).length === 0;
}

/** Plain text of inline content (links as their block id), for titles, search and word counts. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((i) => (i.t === 'text' ? i.text : i.blockId)).join('');
}

/** Plain text of rich text, one line per paragraph or list item. */
export function richTextToPlain(blocks: readonly RichBlock[]): string {
  return blocks
    .flatMap((b) => (b.t === 'p' ? [inlineText(b.content)] : b.t === 'ul' ? b.items.map(inlineText) : [b.markdown]))
    .join('\n');
}

/** A text run helper for builders and tests. */
export function text(value: string, ...marks: Mark[]): TextRun {
  return marks.length ? { t: 'text', text: value, marks } : { t: 'text', text: value };
}
