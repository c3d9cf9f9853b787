/**
 * A cross-link chip: the target's id and live title (re-read after every
 * change, here and in other documents), coloured by risk for threats, and
 * marked when the target cannot be found. Clicking it goes to the target.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { shorten } from '../words.js';
import type { NodeView } from 'prosemirror-view';
import { riskBand } from '../../shared/validate/risk.js';
import type { EditorContext, LiveView } from '../editor-context.js';
import { h, setAttr, setText } from '../dom.js';

export class CrossLinkView implements NodeView, LiveView {
  dom: HTMLElement;
  private readonly idEl: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly unregister: () => void;

  constructor(
    private node: PMNode,
    private readonly ctx: EditorContext,
  ) {
    const doc = ctx.doc;
    this.idEl = h(doc, 'span', { class: 'poc-link-id' });
    this.titleEl = h(doc, 'span', { class: 'poc-link-title' });
    this.dom = h(doc, 'span', { class: 'poc-chip poc-link', attrs: { contenteditable: 'false', role: 'link', tabindex: -1 } }, this.idEl, this.titleEl);
    this.dom.addEventListener('click', (e) => {
      if (e.detail > 1) return;
      const { docId, blockId } = this.node.attrs as { docId: string; blockId: string };
      const own = this.ctx.linkInfo(docId, blockId)?.own;
      if (own) this.ctx.jumpTo({ block: blockId });
      else this.ctx.openLink(docId, blockId);
    });
    this.unregister = ctx.register(this);
    this.refresh();
  }

  refresh(): void {
    const docId = String(this.node.attrs.docId ?? '');
    const blockId = String(this.node.attrs.blockId ?? '');
    const info = this.ctx.linkInfo(docId, blockId);
    // Links to other documents are only known broken when the host can resolve them.
    const broken = !info && (docId === this.ctx.snapshot()?.model.meta.id || !!this.ctx.options.resolveLink);
    setText(this.idEl, blockId);
    // A long title is shortened at a word boundary (the chip's tooltip holds it whole), never cut mid-word.
    setText(this.titleEl, info && info.title !== blockId ? shorten(info.title, 60) : broken ? 'not found' : '');
    const band = info?.risk !== undefined ? ` poc-risk-${riskBand(info.risk)}` : '';
    const cls = `poc-chip poc-link${band}${broken ? ' is-broken' : ''}${info && !info.own ? ' is-external' : ''}`;
    if (this.dom.className !== cls) this.dom.className = cls;
    setAttr(this.dom, 'data-doc', docId);
    setAttr(this.dom, 'data-block', blockId);
    setAttr(
      this.dom,
      'title',
      broken ? `Broken link: ${blockId} does not exist${info ? '' : ' (or you cannot see it)'}` : `${blockId}${info ? `: ${info.title}` : ''}${info?.risk !== undefined ? ` — risk ${info.risk}` : ''}${info && !info.own ? ` (document ${docId})` : ''}`,
    );
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.refresh();
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.unregister();
  }
}
