/**
 * "Errors when they help": the blocks this person added in this editor
 * session and has not left yet. Such a block shows what it needs as
 * guidance, not as errors, until the person moves out of it, asks for its
 * problems ("Check this row") or jumps to it from the problems panel. It
 * lives in the session only (never in the document): a colleague sees the
 * new row as it is, and a reload shows every problem again.
 * @internal
 */
import type { EditorView } from 'prosemirror-view';
import { BLOCK_ATTRS, NODE } from '../shared/model/nodes.js';

/** Block ids added here and not left yet; `onChange` runs when one stops being fresh. */
export class FreshBlocks {
  private readonly ids = new Set<string>();

  constructor(private readonly onChange: () => void) {}

  /** Whether a block is new and untouched-by-leaving, so its problems are shown as guidance. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Marks a block just added by this person. */
  add(id: string): void {
    this.ids.add(id);
  }

  /** Shows a block's problems from now on (the person left it or asked for them). */
  reveal(id: string): void {
    if (this.ids.delete(id)) this.onChange();
  }

  /**
   * Reveals every fresh block the person is no longer in: neither the editor's selection nor the
   * focused element (a short field's input sits outside ProseMirror's text) is inside it.
   */
  leaveOthers(view: EditorView): void {
    if (!this.ids.size) return;
    const here = new Set<string>();
    const { $from } = view.state.selection;
    for (let d = $from.depth; d > 0; d--) {
      const n = $from.node(d);
      if (n.type.name === NODE.block) here.add(String(n.attrs[BLOCK_ATTRS.id] ?? ''));
    }
    const active = view.dom.ownerDocument.activeElement;
    const focusedBlock = active && active !== view.dom ? active.closest<HTMLElement>('.poc-block') : null;
    // While focus is in a short field, the selection may still point at an older place: the focused block counts alone.
    const inside = focusedBlock ? new Set([focusedBlock.dataset.bid ?? '']) : view.hasFocus() ? here : new Set<string>();
    let changed = false;
    for (const id of [...this.ids]) {
      if (inside.has(id)) continue;
      this.ids.delete(id);
      changed = true;
    }
    if (changed) this.onChange();
  }
}
