/**
 * Short text fields in the editor: the `<input>` of a text or person field is
 * bound to the field's `short_field` node (see `SHORT_TEXT_KINDS`), so what
 * a person types reaches the Y.Doc as character changes and merges with
 * what others type in the same field at the same time.
 *
 * - Writing: each input event becomes one transaction that changes only the
 *   range that differs (`setShortText`); y-prosemirror turns it into
 *   character-level Yjs operations, and undo works as for rich text.
 * - The caret: y-prosemirror rebuilds the whole document on a remote change,
 *   so ProseMirror's position mapping says nothing about where the caret
 *   belongs. The caret is kept as Yjs relative positions in the field's
 *   text instead (`caretKeeper`), which follow the characters it sits
 *   between whatever others insert or delete around it.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { NODE } from '../shared/model/nodes.js';
import { caretAfter, textChange } from '../shared/ydoc/short-text.js';

/** The `short_field` child of a block holding field `name` (the first, as the model reader takes it), with its offset in the block. */
export function shortFieldOf(block: PMNode, name: string): { node: PMNode; offset: number } | undefined {
  let found: { node: PMNode; offset: number } | undefined;
  block.forEach((child, offset) => {
    if (!found && child.type.name === NODE.shortField && child.attrs.name === name) found = { node: child, offset };
  });
  return found;
}

/** The value a block shows for a short field: its `short_field` text when it has one (which wins, as in the model reader), else its attribute. */
export function fieldValue(block: PMNode, name: string): unknown {
  return shortFieldOf(block, name)?.node.textContent ?? block.attrs[name];
}

/**
 * Sets short text field `name` of the block at `pos` to `value` by the
 * smallest change to its `short_field` text. A field still held in the
 * block's attribute (a document written before short_field) moves into a
 * new child in the same transaction. Not applicable when nothing changes.
 */
export function setShortText(pos: number, name: string, value: string): Command {
  return (state, dispatch) => {
    const block = state.doc.nodeAt(pos);
    if (!block || block.type.name !== NODE.block) return false;
    const legacy = name in block.attrs && block.attrs[name] !== null;
    const found = shortFieldOf(block, name);
    const change = found ? textChange(found.node.textContent, value) : undefined;
    if (found ? !change && !legacy : value === '' && !legacy) return false;
    if (dispatch) {
      const tr = state.tr;
      if (found && change) {
        const start = pos + 1 + found.offset + 1 + change.from;
        if (change.insert) tr.insertText(change.insert, start, start + change.remove);
        else tr.delete(start, start + change.remove);
      } else if (!found) {
        tr.insert(pos + block.nodeSize - 1, shortFieldNode(state, name, value));
      }
      if (legacy) tr.setNodeAttribute(pos, name, null);
      dispatch(tr);
    }
    return true;
  };
}

/** A new `short_field` node holding `text`. */
export function shortFieldNode(state: Pick<EditorState, 'schema'>, name: string, text: string): PMNode {
  return state.schema.nodes[NODE.shortField].create({ name }, text ? state.schema.text(text) : null);
}

/** Remembers where a person's caret is in a short text field, in terms that survive other people's edits. */
export interface CaretKeeper {
  /** Notes the selection (offsets in the input's value) after a local change or move. */
  remember(start: number, end: number): void;
  /** The remembered selection in the field's text as it is now, or undefined when it cannot be known (then the caller estimates). */
  recall(): { start: number; end: number } | undefined;
}

/**
 * A caret keeper for the field whose node `field()` returns, through the
 * y-prosemirror binding of the view: the node's Yjs text is found in the
 * binding's mapping (Yjs type → ProseMirror node), and the caret kept as
 * relative positions in it. Without a binding (no sync plugin) it knows
 * nothing and the caller's estimate is used.
 */
export function caretKeeper(view: () => EditorView, field: () => PMNode | undefined): CaretKeeper {
  return textCaretKeeper(() => {
    const node = field();
    return node ? yTextOf(view(), node) : undefined;
  });
}

/** A caret keeper for an input bound to the Yjs text `text()` returns (the title, a document-level text field). */
export function textCaretKeeper(text: () => Y.Text | undefined): CaretKeeper {
  let kept: { start: Y.RelativePosition; end: Y.RelativePosition; doc: Y.Doc } | undefined;
  return {
    remember(start, end) {
      kept = undefined;
      const ytext = text();
      if (!ytext?.doc) return;
      // Tied to the character before the caret, so text another person inserts right after it stays after the caret.
      kept = { start: Y.createRelativePositionFromTypeIndex(ytext, start, -1), end: Y.createRelativePositionFromTypeIndex(ytext, end, -1), doc: ytext.doc };
    },
    recall() {
      if (!kept) return undefined;
      const start = Y.createAbsolutePositionFromRelativePosition(kept.start, kept.doc);
      const end = Y.createAbsolutePositionFromRelativePosition(kept.end, kept.doc);
      if (!start || !end || start.type !== end.type) return undefined;
      return { start: start.index, end: end.index };
    },
  };
}

/**
 * Shows `value` in an input. When the person is typing in it (it has the
 * focus), the caret stays between the same characters: where the keeper
 * recalls it, else estimated from the change (`caretAfter`).
 */
export function showValue(input: HTMLInputElement | HTMLTextAreaElement, value: string, caret: CaretKeeper | undefined): void {
  if (input.value === value) return;
  const active = input.ownerDocument.activeElement === input && (input.type === 'text' || input.type === 'textarea');
  const old = input.value;
  const [start, end] = [input.selectionStart, input.selectionEnd];
  input.value = value;
  if (!active || start === null || end === null) return;
  const kept = caret?.recall();
  if (kept && kept.start <= value.length && kept.end <= value.length) input.setSelectionRange(kept.start, kept.end);
  else input.setSelectionRange(caretAfter(old, value, start), caretAfter(old, value, end));
}

/** Remembers the input's selection in the keeper whenever the person types or moves the caret; call once per input. */
export function trackCaret(input: HTMLInputElement | HTMLTextAreaElement, caret: CaretKeeper | undefined): void {
  if (!caret) return;
  const remember = () => caret.remember(input.selectionStart ?? 0, input.selectionEnd ?? 0);
  // Registered after the input's own change handler, so the caret is remembered in the text as it is after the edit.
  for (const event of ['input', 'focus', 'select', 'keyup', 'mouseup']) input.addEventListener(event, remember);
}

/** The Yjs text behind a `short_field` node, found through the y-prosemirror binding's mapping, or undefined. */
function yTextOf(view: EditorView, node: PMNode): Y.XmlText | undefined {
  const binding = (ySyncPluginKey.getState(view.state) as { binding?: { mapping: Map<Y.AbstractType<unknown>, PMNode | PMNode[]> } } | undefined)?.binding;
  if (!binding) return undefined;
  for (const [type, mapped] of binding.mapping) {
    if (mapped !== node || !(type instanceof Y.XmlElement)) continue;
    const first = type.length ? type.get(0) : undefined;
    return first instanceof Y.XmlText ? first : undefined;
  }
  return undefined;
}
