/**
 * Short text fields (a threat's location, a perpetrator, a title): which
 * fields are stored as text in a `short_field` child rather than as a block
 * attribute (see `SHORT_TEXT_KINDS`), and the smallest change that turns one
 * text into another. Both the editor's input and the file merge edit the
 * text through that change, so each writes only the characters it changed
 * and concurrent typing in the same field merges character by character.
 */
import * as Y from 'yjs';
import { isShortTextKind, NODE } from '../model/nodes.js';
import { blockTypeOf, type Template } from '../template/load.js';

/** Says whether a field of a block type is stored as short text. */
export type ShortTextRule = (blockType: string, field: string) => boolean;

/** The short-text rule of a template: its `text` and `person` fields of every block type. */
export function shortTextRule(template: Template): ShortTextRule {
  return (blockType, field) => {
    const spec = blockTypeOf(template, blockType)?.fields.find((f) => f.name === field);
    return spec !== undefined && isShortTextKind(spec.kind);
  };
}

/** A change of a text: remove `remove` characters at `from`, then insert `insert` there. */
export interface TextChange {
  from: number;
  remove: number;
  insert: string;
}

/**
 * The smallest change from `old` to `next` (their common prefix and suffix
 * kept), or undefined when they are equal. It never splits a surrogate
 * pair, so an emoji is removed or inserted whole.
 */
export function textChange(old: string, next: string): TextChange | undefined {
  if (old === next) return undefined;
  let p = 0;
  while (p < old.length && p < next.length && old.charCodeAt(p) === next.charCodeAt(p)) p++;
  if (p > 0 && isHighSurrogate(old.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < old.length - p && s < next.length - p && old.charCodeAt(old.length - 1 - s) === next.charCodeAt(next.length - 1 - s)) s++;
  if (s > 0 && isLowSurrogate(old.charCodeAt(old.length - s))) s--;
  return { from: p, remove: old.length - p - s, insert: next.slice(p, next.length - s) };
}

/**
 * Where a caret at `caret` in `old` goes once the text is `next`, when
 * nothing better is known: it keeps its place before the changed range,
 * moves by the length difference after it, and goes to the end of the
 * inserted text when it was inside the changed range.
 */
export function caretAfter(old: string, next: string, caret: number): number {
  const change = textChange(old, next);
  if (!change || caret <= change.from) return Math.min(caret, next.length);
  if (caret >= change.from + change.remove) return caret + change.insert.length - change.remove;
  return change.from + change.insert.length;
}

/** True for the first half of a surrogate pair. @internal */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** True for the second half of a surrogate pair. @internal */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A value of the `meta` or `fields` map as the model reads it: a shared text (short text, see `setMapText`) as its string, anything else as it is. */
export function mapValue(v: unknown): unknown {
  return v instanceof Y.Text ? v.toJSON() : v;
}

/**
 * Sets short text entry `key` of the `meta` or `fields` map (the title, a
 * document-level text field) to `next`: a Y.Text already there is edited by
 * the smallest change, so concurrent typing merges; a plain string (older
 * documents) or nothing is replaced by a new Y.Text holding `next`.
 */
export function setMapText(map: Y.Map<unknown>, key: string, next: string): void {
  const current = map.get(key);
  if (!(current instanceof Y.Text)) {
    map.set(key, new Y.Text(next));
    return;
  }
  const change = textChange(current.toJSON(), next);
  if (!change) return;
  if (change.remove) current.delete(change.from, change.remove);
  if (change.insert) current.insert(change.from, change.insert);
}

/** A new `short_field` element holding `text`, laid out as y-prosemirror lays out the node. @internal */
export function shortFieldToY(name: string, text: string): Y.XmlElement {
  const el = new Y.XmlElement(NODE.shortField);
  el.setAttribute('name', name);
  if (text) {
    const t = new Y.XmlText();
    t.insert(0, text);
    el.insert(0, [t]);
  }
  return el;
}

/** The `short_field` children of a block element holding field `name`, in order (the first is the field; see the model reader). @internal */
export function shortFieldElements(block: Y.XmlElement, name: string): Y.XmlElement[] {
  return block.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === NODE.shortField && c.getAttribute('name') === name);
}

/** Edits a `short_field` element's text into `next` in place, changing only what differs, so concurrent typing in it survives. @internal */
export function editShortField(el: Y.XmlElement, next: string): void {
  const texts = el.toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText);
  let target = texts[0];
  // Anything but the first text run is folded into it (y-prosemirror writes one run; a hostile client might write more).
  for (const extra of texts.slice(1)) el.delete(el.toArray().indexOf(extra), 1);
  if (!target) {
    if (!next) return;
    target = new Y.XmlText();
    el.insert(el.length, [target]);
  }
  const old = texts.slice(0, 1).map((t) => t.toDelta() as Array<{ insert: unknown }>).flat().map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  const change = textChange(old, next);
  if (!change) return;
  if (change.remove) target.delete(change.from, change.remove);
  if (change.insert) target.insert(change.from, change.insert);
}
