/**
 * Keyboard-first editing. Every field is a stop (`data-stop`): inputs,
 * pickers, rich-text fields, the "Write…"/"+ Add" buttons of empty
 * sections. Tab and Shift-Tab walk the stops in page order, and past the
 * last (or before the first) hand over to the page's own order, so Tab
 * goes on from the editor to the panels and out; Mod-Enter adds
 * a block of the same type after the current one (or opens the insert
 * menu); Alt-↑/↓ move a block; Mod-/ opens the insert menu, Mod-K the link
 * picker; Mod-Z/Mod-Shift-Z undo and redo this user's own changes.
 */
import { baseKeymap, chainCommands, splitBlock, toggleMark } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { redo, undo } from 'y-prosemirror';
import { BLOCK_ATTRS, NODE } from '../shared/model/nodes.js';
import { blockOf, exitEmptyListItem, moveBlock } from './commands.js';
import type { EditorContext } from './editor-context.js';
import { followLink } from './nodeviews/crosslink-view.js';

function visible(el: HTMLElement): boolean {
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.closest('[hidden]')) return false;
  return el.getClientRects().length > 0;
}

/** The keyboard stops under `root`, in page order. */
export function stopsIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-stop]')).filter(visible);
}

/**
 * Moves focus from `from` (a stop, or any element inside the editor) to the
 * next (dir 1) or previous (dir -1) stop. A rich-text stop gets the cursor
 * at its start; others get DOM focus. False when there is no stop that way.
 */
export function moveFocus(view: EditorView, root: HTMLElement, from: Element, dir: 1 | -1): boolean {
  const stops = stopsIn(root);
  const here = from.closest<HTMLElement>('[data-stop]');
  const index = here ? stops.indexOf(here) : -1;
  let target: HTMLElement | undefined;
  if (index >= 0) target = stops[index + dir];
  else {
    // Not on a stop (e.g. in a section's text): the first stop after it (or before it).
    const after = stops.filter((s) => from.compareDocumentPosition(s) & (dir === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING));
    target = dir === 1 ? after[0] : after[after.length - 1];
  }
  if (!target) return leaveEditor(root, dir);
  focusStop(view, target);
  return true;
}

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

/**
 * Focuses the first element outside `root` that Tab (dir 1) or Shift-Tab
 * (dir -1) reaches next in the page's order: the problems and sign-off
 * panels after the editor, say. Done by hand because the browser's own
 * step from inside the editable text goes to the first control within it,
 * which made Tab wrap around the editor. False when nothing is there.
 */
function leaveEditor(root: HTMLElement, dir: 1 | -1): boolean {
  const side = dir === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  const candidates = Array.from(root.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => !root.contains(el) && root.compareDocumentPosition(el) & side && el.tabIndex >= 0 && !el.closest('[inert]') && visible(el),
  );
  const next = dir === 1 ? candidates[0] : candidates[candidates.length - 1];
  if (!next) return false;
  next.focus();
  return true;
}

/** Focuses a stop: the cursor at the start of a rich-text field, or DOM focus for a control. */
export function focusStop(view: EditorView, stop: HTMLElement): void {
  if (stop.dataset.stop === 'content') {
    const pos = view.posAtDOM(stop, 0);
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))).scrollIntoView());
    view.focus();
  } else {
    stop.focus();
    stop.scrollIntoView?.({ block: 'nearest' });
  }
}

/** The element holding the cursor. */
function cursorElement(view: EditorView): Element {
  const { node } = view.domAtPos(view.state.selection.from);
  return node.nodeType === 1 ? (node as Element) : (node.parentElement ?? view.dom);
}

/** Enter on a selected cross-link chip follows it instead of replacing it with a line break. */
function followSelectedLink(ctx: EditorContext): Command {
  return (state) => {
    const sel = state.selection;
    if (!(sel instanceof NodeSelection) || sel.node.type.name !== NODE.crosslink) return false;
    followLink(ctx, String(sel.node.attrs.docId ?? ''), String(sel.node.attrs.blockId ?? ''));
    return true;
  };
}

/** The editor's key bindings (before the base keymap). */
export function editorKeymap(ctx: EditorContext, root: () => HTMLElement): Plugin {
  const tab = (dir: 1 | -1) => (_s: unknown, _d: unknown, view?: EditorView) => (view ? moveFocus(view, root(), cursorElement(view), dir) : false);
  const markKey = (name: string) => toggleMark(ctx.schema.marks[name]);
  return keymap({
    Tab: tab(1),
    'Shift-Tab': tab(-1),
    'Mod-z': (state) => undo(state),
    'Mod-y': (state) => redo(state),
    'Mod-Shift-z': (state) => redo(state),
    'Mod-b': markKey('strong'),
    'Mod-i': markKey('em'),
    'Mod-e': markKey('code'),
    'Mod-Enter': (state) => {
      const block = blockOf(state.selection.$from);
      if (block) {
        ctx.newRowAfter(block.pos, String(block.node.attrs[BLOCK_ATTRS.type]));
        return true;
      }
      ctx.openInsertMenuAtCursor();
      return true;
    },
    'Mod-/': () => {
      ctx.openInsertMenuAtCursor();
      return true;
    },
    'Mod-k': () => {
      ctx.openLinkPicker();
      return true;
    },
    'Alt-ArrowUp': (state, dispatch) => {
      const block = blockOf(state.selection.$from);
      return !!block && moveBlock(block.pos, -1)(state, dispatch);
    },
    'Alt-ArrowDown': (state, dispatch) => {
      const block = blockOf(state.selection.$from);
      return !!block && moveBlock(block.pos, 1)(state, dispatch);
    },
    Enter: chainCommands(followSelectedLink(ctx), exitEmptyListItem, splitBlock),
  });
}

/** The base keymap (typing, deleting, joining), kept separate so ours wins. */
export function baseKeys(): Plugin {
  return keymap(baseKeymap);
}
