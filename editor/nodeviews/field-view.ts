/**
 * A rich-text field of a block: its label from the template (with a
 * required mark and, for link fields, a button to pick a link) above its
 * content. The content is a keyboard stop, so Tab reaches it like an input,
 * and a labelled multi-line text box for screen readers: its name is the
 * block's id and the field's label ("T-3 Location / priorities"), so each
 * row's fields can be told apart.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorView, NodeView } from 'prosemirror-view';
import { BLOCK_ATTRS, NODE } from '../../shared/model/nodes.js';
import { blockSpecOf } from '../blocks.js';
import type { EditorContext } from '../editor-context.js';
import { h } from '../dom.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorWords } from '../../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

export class FieldView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private readonly label: HTMLElement;
  private readonly labelText: string;

  constructor(
    private node: PMNode,
    view: EditorView,
    private readonly ctx: EditorContext,
    private readonly getPos: () => number | undefined,
  ) {
    const doc = ctx.doc;
    const name = String(node.attrs.name ?? '');
    const pos = getPos();
    // The view is passed in: node views are also built while the EditorView constructor runs.
    const parent = pos === undefined ? undefined : view.state.doc.resolve(pos).parent;
    const type = parent?.type.name === NODE.block ? String(parent.attrs[BLOCK_ATTRS.type] ?? '') : '';
    const spec = blockSpecOf(ctx.template(), type)?.fields.find((f) => f.name === name);
    this.labelText = spec?.label ?? name;
    this.dom = h(doc, 'div', { class: `poc-field${spec?.kind === 'link' ? ' poc-field-link' : ''}`, attrs: { 'data-name': name } });
    this.label = h(
      doc,
      'div',
      { class: 'poc-field-label', attrs: { contenteditable: 'false' }, title: spec?.guidance },
      h(doc, 'span', { text: spec?.label ?? name }),
      spec?.required ? h(doc, 'span', { class: 'poc-req', text: '*', title: t('field.required') }) : null,
    );
    if (spec?.kind === 'link' && !ctx.readOnly) {
      const pick = h(doc, 'button', { class: 'poc-link-pick', text: t('field.link.add'), title: t('field.link.add.title'), attrs: { type: 'button' } });
      pick.addEventListener('mousedown', (e) => e.preventDefault());
      pick.addEventListener('click', () => {
        const p = getPos();
        if (p === undefined) return;
        const view = ctx.view();
        // Put the cursor at the end of the field's text, then open the picker there.
        const end = p + this.node.nodeSize - 1;
        view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(Math.max(p + 1, end - 1)), -1)));
        view.focus();
        ctx.openLinkPicker(pick);
      });
      this.label.append(pick);
    }
    this.contentDOM = h(doc, 'div', {
      class: 'poc-field-content',
      attrs: { 'data-stop': 'content', 'data-field': name, role: 'textbox', 'aria-multiline': 'true', 'aria-readonly': ctx.readOnly ? 'true' : undefined },
    });
    this.dom.append(this.label, this.contentDOM);
    this.name(parent?.type.name === NODE.block ? String(parent.attrs[BLOCK_ATTRS.id] ?? '') : '');
  }

  /** Names the text box after its block and label; the block's id can change (a copy gets a new one). */
  private name(blockId: string): void {
    const label = blockId ? `${blockId} ${this.labelText}` : this.labelText;
    if (this.contentDOM.getAttribute('aria-label') !== label) this.contentDOM.setAttribute('aria-label', label);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type || node.attrs.name !== this.node.attrs.name) return false;
    this.node = node;
    const pos = this.getPos();
    const parent = pos === undefined ? undefined : this.ctx.view().state.doc.resolve(pos).parent;
    if (parent?.type.name === NODE.block) this.name(String(parent.attrs[BLOCK_ATTRS.id] ?? ''));
    return true;
  }

  stopEvent(e: Event): boolean {
    return !!e.target && this.label.contains(e.target as Node);
  }

  ignoreMutation(m: MutationRecord | { type: 'selection'; target: Node }): boolean {
    return !this.contentDOM.contains(m.target) || (m.type === 'attributes' && m.target === this.contentDOM);
  }
}
