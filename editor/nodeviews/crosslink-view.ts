/**
 * A cross-link chip: the target's id and live title (re-read after every
 * change, here and in other documents), coloured by risk for threats, and
 * marked when the target cannot be found. The chip is one atomic piece of
 * the text: a click selects it (as a whole, so Backspace or Delete removes
 * the chip and nothing else) rather than following it. It is followed by
 * Ctrl/Cmd+click, by Enter while it is selected, or by its small "open"
 * control; its "×" control removes it. Following a link shows the target
 * without putting the caret in the target's text, so the next key cannot
 * edit it.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import { riskBand } from '../../shared/validate/risk.js';
import type { EditorContext, LiveView } from '../editor-context.js';
import { h, setAttr, setText } from '../dom.js';
import { shorten } from '../words.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorWords } from '../../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** How long a followed block stays highlighted (as the editor's own jumps do: styles/feedback.css). */
const FLASH_MS = 1600;

/**
 * Follows a link: a block of this document is scrolled to, unfolded,
 * highlighted and given focus on its fold button (never a caret in its
 * text); a block of another document is asked of the host (`openLink`).
 */
export function followLink(ctx: EditorContext, docId: string, blockId: string): void {
  if (!ctx.linkInfo(docId, blockId)?.own) {
    ctx.openLink(docId, blockId);
    return;
  }
  const block = Array.from(ctx.view().dom.querySelectorAll<HTMLElement>('.poc-block')).find((el) => el.dataset.bid === blockId);
  if (!block) return;
  block.dispatchEvent(new CustomEvent('poc-unfold'));
  block.scrollIntoView({ block: 'center' });
  block.querySelector<HTMLElement>('.poc-fold')?.focus({ preventScroll: true });
  block.classList.remove('poc-flash');
  void block.offsetWidth;
  block.classList.add('poc-flash');
  ctx.doc.defaultView?.setTimeout(() => block.classList.remove('poc-flash'), FLASH_MS);
}

/** The chip's tooltip: the target's id and title, its risk, and its document when it is in another. */
function chipTitle(id: string, doc: string, info: { title: string; risk?: number; own: boolean } | undefined): string {
  if (!info) return id;
  const external = !info.own;
  if (info.risk !== undefined) return external ? t('link.title.riskExternal', { id, title: info.title, risk: info.risk, doc }) : t('link.title.risk', { id, title: info.title, risk: info.risk });
  return external ? t('link.title.external', { id, title: info.title, doc }) : t('link.title', { id, title: info.title });
}

export class CrossLinkView implements NodeView, LiveView {
  dom: HTMLElement;
  private readonly idEl: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly openBtn: HTMLButtonElement;
  private readonly removeBtn?: HTMLButtonElement;
  private readonly unregister: () => void;
  private selected = false;

  constructor(
    private node: PMNode,
    private readonly ctx: EditorContext,
    private readonly getPos: () => number | undefined,
  ) {
    const doc = ctx.doc;
    this.idEl = h(doc, 'span', { class: 'poc-link-id' });
    this.titleEl = h(doc, 'span', { class: 'poc-link-title' });
    // Controls are reached by mouse (and named for screen readers); the keyboard uses Enter and Backspace on the selected chip.
    this.openBtn = h(doc, 'button', { class: 'poc-link-ctl poc-link-open', text: '↗', attrs: { type: 'button', tabindex: -1 } });
    this.openBtn.addEventListener('click', () => this.follow());
    this.controls = h(doc, 'span', { class: 'poc-link-controls' }, this.openBtn);
    if (!ctx.readOnly) {
      this.removeBtn = h(doc, 'button', { class: 'poc-link-ctl poc-link-remove', text: '×', attrs: { type: 'button', tabindex: -1 } });
      this.removeBtn.addEventListener('click', () => this.remove());
      this.controls.append(this.removeBtn);
    }
    // Keep the editor's focus and selection while pressing a control.
    this.controls.addEventListener('mousedown', (e) => e.preventDefault());
    this.dom = h(doc, 'span', { class: 'poc-chip poc-link', attrs: { contenteditable: 'false' } }, this.idEl, this.titleEl, this.controls);
    this.dom.addEventListener('click', (e) => {
      // A plain click selects the chip (ProseMirror does that); Ctrl/Cmd+click follows it, as in a browser.
      if ((e.ctrlKey || e.metaKey) && !this.controls.contains(e.target as Node)) {
        e.preventDefault();
        this.follow();
      }
    });
    this.unregister = ctx.register(this);
    this.refresh();
  }

  private target(): { docId: string; blockId: string } {
    return { docId: String(this.node.attrs.docId ?? ''), blockId: String(this.node.attrs.blockId ?? '') };
  }

  private follow(): void {
    const { docId, blockId } = this.target();
    followLink(this.ctx, docId, blockId);
  }

  private remove(): void {
    const pos = this.getPos();
    if (pos === undefined || this.ctx.readOnly) return;
    const view = this.ctx.view();
    view.dispatch(view.state.tr.delete(pos, pos + this.node.nodeSize));
    view.focus();
  }

  refresh(): void {
    const { docId, blockId } = this.target();
    const info = this.ctx.linkInfo(docId, blockId);
    // Links to other documents are only known broken when the host can resolve them.
    const broken = !info && (docId === this.ctx.snapshot()?.model.meta.id || !!this.ctx.options.resolveLink);
    const title = info && info.title !== blockId ? info.title : broken ? t('link.notFound') : '';
    setText(this.idEl, blockId);
    // A long title is shortened at a word boundary (the chip's tooltip holds it whole), never cut mid-word.
    setText(this.titleEl, info && info.title !== blockId ? shorten(info.title, 60) : title);
    const band = info?.risk !== undefined ? ` poc-risk-${riskBand(info.risk)}` : '';
    const cls = `poc-chip poc-link${band}${broken ? ' is-broken' : ''}${info && !info.own ? ' is-external' : ''}${this.selected ? ' ProseMirror-selectednode' : ''}`;
    if (this.dom.className !== cls) this.dom.className = cls;
    setAttr(this.dom, 'data-doc', docId);
    setAttr(this.dom, 'data-block', blockId);
    const named = `${blockId}${title ? ` ${title}` : ''}`;
    setAttr(this.openBtn, 'aria-label', t('link.open', { target: named }));
    setAttr(this.openBtn, 'title', t('link.open.title', { target: named }));
    if (this.removeBtn) {
      setAttr(this.removeBtn, 'aria-label', t('link.remove', { id: blockId }));
      setAttr(this.removeBtn, 'title', t('link.remove.title', { id: blockId }));
    }
    setAttr(this.dom, 'title', broken ? t(info ? 'link.broken' : 'link.brokenOrHidden', { id: blockId }) : chipTitle(blockId, docId, info));
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.refresh();
    return true;
  }

  selectNode(): void {
    this.selected = true;
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode(): void {
    this.selected = false;
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  stopEvent(e: Event): boolean {
    return !!e.target && this.controls.contains(e.target as Node);
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.unregister();
  }
}
