/**
 * Editing text in a Y.Doc in place: the smallest change that turns a
 * paragraph (or a verbatim Markdown block) into the file's version. Used by
 * the block-by-block merge, so that someone typing in the same paragraph at
 * the same time keeps their characters.
 */
import * as Y from 'yjs';
import { type Inline, MARKS, type SectionItem } from '../model/types.js';
import { elementCodec } from './layout.js';
import { NODE } from '../model/nodes.js';
import { isHighSurrogate, isLowSurrogate } from './short-text.js';

type Child = Y.XmlElement | Y.XmlText | Y.XmlHook;

/**
 * Replaces one child of a section or field with the file's version, editing
 * its text in place when the shapes allow (a paragraph of plain runs, or
 * verbatim Markdown), so that concurrent typing in it survives. @internal
 */
export function updateItem(parent: Y.XmlElement, index: number, node: Child, item: SectionItem): void {
  const text = node instanceof Y.XmlElement && node.length === 1 ? node.get(0) : undefined;
  if (text instanceof Y.XmlText && node instanceof Y.XmlElement) {
    if (item.t === 'p' && node.nodeName === NODE.paragraph && item.content.every((i) => i.t === 'text')) {
      applyTextDiff(text, item.content);
      return;
    }
    if (item.t === 'raw' && node.nodeName === NODE.raw) {
      applyTextDiff(text, [{ t: 'text', text: item.markdown }]);
      return;
    }
  }
  parent.delete(index, 1);
  parent.insert(index, [elementCodec.itemToY(item)]);
}

/** Edits a Y.XmlText into the given text runs, changing only the middle that differs. */
function applyTextDiff(ytext: Y.XmlText, runs: readonly Inline[]): void {
  const old = charsOf(
    (ytext.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>).flatMap((op) =>
      typeof op.insert === 'string' ? [{ text: op.insert, marks: MARKS.filter((m) => op.attributes?.[m] != null) }] : [],
    ),
  );
  const next = charsOf(runs.flatMap((r) => (r.t === 'text' ? [{ text: r.text, marks: r.marks ?? [] }] : [])));
  let p = 0;
  while (p < old.text.length && p < next.text.length && old.text[p] === next.text[p] && old.marks[p] === next.marks[p]) p++;
  if (p > 0 && isHighSurrogate(next.text.charCodeAt(p - 1))) p--; // never split a surrogate pair
  let s = 0;
  while (s < old.text.length - p && s < next.text.length - p && old.text[old.text.length - 1 - s] === next.text[next.text.length - 1 - s] && old.marks[old.text.length - 1 - s] === next.marks[next.text.length - 1 - s]) s++;
  if (s > 0 && isLowSurrogate(next.text.charCodeAt(next.text.length - s))) s--;
  const removed = old.text.length - p - s;
  if (removed > 0) ytext.delete(p, removed);
  let at = p;
  let i = p;
  const end = next.text.length - s;
  while (i < end) {
    let k = i + 1;
    while (k < end && next.marks[k] === next.marks[i]) k++;
    const attributes: Record<string, object> = {};
    for (const m of next.marks[i] ? next.marks[i].split(',') : []) attributes[m] = {};
    ytext.insert(at, next.text.slice(i, k), attributes);
    at += k - i;
    i = k;
  }
}

function charsOf(runs: ReadonlyArray<{ text: string; marks: readonly string[] }>): { text: string; marks: string[] } {
  let text = '';
  const marks: string[] = [];
  for (const r of runs) {
    text += r.text;
    const key = [...r.marks].sort().join(',');
    for (let i = 0; i < r.text.length; i++) marks.push(key);
  }
  return { text, marks };
}

