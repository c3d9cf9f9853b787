/**
 * A typed block (a threat row, an action, an option card, a consultation,
 * a table row…), laid out from its template spec: a head line with its id
 * and main short fields, a details grid with the other short fields, its
 * rich-text fields (ProseMirror content, so they merge character by
 * character), buttons to add rich-text fields it lacks, its problems, and
 * who links to it. Short fields write node attributes through transactions,
 * so they sync through y-prosemirror like typing does.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView, NodeView } from 'prosemirror-view';
import type { TypedBlock } from '../../shared/model/types.js';
import type { BlockTypeSpec, FieldSpec } from '../../shared/template/template-schema.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { BLOCK_ATTRS, isShortTextKind, NODE } from '../../shared/model/nodes.js';
import { riskBand, THREAT_BLOCK } from '../../shared/validate/risk.js';
import { blockSpecOf, hasRiskRatings, isShortKind, layoutOf, riskWord } from '../blocks.js';
import { addContentField, deleteBlock, moveBlock, setBlockField } from '../commands.js';
import type { EditorContext, LiveView } from '../editor-context.js';
import { h, setAttr, setChildren, setText, svg, toggleClass } from '../dom.js';
import { type Control, createControl } from '../inputs.js';
import { caretKeeper, fieldValue, setShortText, shortFieldOf } from '../short-text.js';
import type { Snapshot } from '../live.js';
import type { Diagnostic } from '../../shared/validate/index.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorWords } from '../../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

const linkTargetsOf = new WeakMap<TemplateSet, ReadonlySet<string>>();

/**
 * The block types a link field of ANOTHER document type points to, as
 * "<document type>/<block type>" ("threat-matrix/threat", addressed by the
 * action plan's tasks): the blocks other documents are meant to cover, so an
 * unlinked one is worth showing. A link within one document picks one block
 * among several (a brief's recommended option), so the others being unlinked
 * says nothing.
 */
export function linkTargetTypes(templates: TemplateSet): ReadonlySet<string> {
  const cached = linkTargetsOf.get(templates);
  if (cached) return cached;
  const out = new Set<string>();
  for (const t of templates.all()) {
    for (const b of t.blockTypes) {
      for (const f of b.fields) {
        if (f.kind !== 'link') continue;
        for (const target of f.targets ?? []) if (target.includes('/') && !target.startsWith(`${t.id}/`)) out.add(target);
      }
    }
  }
  linkTargetsOf.set(templates, out);
  return out;
}

export class BlockView implements NodeView, LiveView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private readonly chrome: HTMLElement[] = [];
  private readonly idChip: HTMLElement;
  private readonly controls = new Map<string, Control>();
  private readonly details?: HTMLElement;
  private readonly problems: HTMLElement;
  private readonly missing: HTMLElement;
  private readonly backlinks: HTMLElement;
  private readonly risk?: HTMLElement;
  private readonly status?: HTMLElement;
  private readonly foldButton: HTMLButtonElement;
  /** The row's buttons and controls, whose accessible names say which row (its id can change). */
  private readonly named: Array<{ el: HTMLElement; name: (id: string) => string }> = [];
  private readonly spec?: BlockTypeSpec;
  private readonly unregister: () => void;
  private lastKey = '';

  constructor(
    private node: PMNode,
    private readonly ctx: EditorContext,
    private readonly getPos: () => number | undefined,
  ) {
    const doc = ctx.doc;
    const type = String(node.attrs[BLOCK_ATTRS.type] ?? '');
    this.spec = blockSpecOf(ctx.template(), type);
    const layout = this.spec ? layoutOf(this.spec) : { variant: 'card' as const, head: [] };
    this.dom = h(doc, 'div', { class: `poc-block poc-block--${layout.variant}`, attrs: { 'data-type': type, 'data-bid': String(node.attrs[BLOCK_ATTRS.id] ?? '') } });

    this.foldButton = h(doc, 'button', { class: 'poc-fold', attrs: { type: 'button', 'aria-expanded': 'true' } });
    this.named.push({ el: this.foldButton, name: (id) => t('block.fold', { id }) });
    this.foldButton.addEventListener('click', () => this.setFolded(!this.dom.classList.contains('is-folded')));
    this.idChip = h(doc, 'span', { class: 'poc-block-id', title: this.spec?.label ?? type });
    const head = h(doc, 'div', { class: 'poc-block-head', attrs: { contenteditable: 'false' } }, this.foldButton, this.idChip);
    if (layout.variant === 'card' || !this.spec) head.append(h(doc, 'span', { class: 'poc-block-type', text: this.spec?.label ?? t('block.unknownType', { type }) }));

    const short = (this.spec?.fields ?? []).filter((f) => isShortKind(f.kind));
    for (const name of layout.head) {
      const f = short.find((s) => s.name === name)!;
      head.append(this.cell(f, true));
      // NEW_BLOCK_TYPE_EDIT_REQUIRED: a block type with a chip of its own in the head line (the risk of a threat, the status of a consultation below): add it here and fill it in refresh().
      if (name === 'impact' && hasRiskRatings(this.spec)) {
        this.risk = h(doc, 'span', { class: 'poc-risk' });
        head.append(this.risk);
      }
    }
    if (this.spec && this.spec.type === ctx.template()?.consultation?.blockType) {
      this.status = h(doc, 'span', { class: 'poc-status-chip' });
      head.append(this.status);
    }
    // Row actions float at the block's top right, so they never take a line of their own.
    // "Comment" comes first and stays for a read-only person who may comment (a commenter).
    const actions = [...(ctx.options.onComment ? [this.commentButton()] : []), ...(ctx.readOnly ? [] : this.actions())];
    if (actions.length) head.append(h(doc, 'span', { class: 'poc-block-actions' }, ...actions));
    this.chrome.push(head);

    const rest = short.filter((f) => !layout.head.includes(f.name));
    if (rest.length) {
      this.details = h(doc, 'div', { class: 'poc-block-details', attrs: { contenteditable: 'false' } });
      for (const f of rest) this.details.append(this.cell(f, false));
      this.chrome.push(this.details);
    }
    const unknown = this.spec ? undefined : this.unknownAttrs(doc);
    if (unknown) this.chrome.push(unknown);
    this.problems = h(doc, 'ul', { class: 'poc-block-problems', attrs: { contenteditable: 'false', hidden: true } });
    this.contentDOM = h(doc, 'div', { class: 'poc-block-fields' });
    this.missing = h(doc, 'div', { class: 'poc-block-missing', attrs: { contenteditable: 'false' } });
    this.backlinks = h(doc, 'div', { class: 'poc-backlinks', attrs: { contenteditable: 'false', hidden: true } });
    this.chrome.push(this.problems, this.missing, this.backlinks);
    this.dom.append(head, ...(this.details ? [this.details] : []), ...(unknown ? [unknown] : []), this.problems, this.contentDOM, this.missing, this.backlinks);

    this.setFolded(ctx.folded.has(this.bid()));
    this.dom.addEventListener('poc-unfold', () => this.setFolded(false));
    this.dom.addEventListener('poc-fold', (e) => this.setFolded((e as CustomEvent<boolean>).detail));
    this.sync();
    this.unregister = ctx.register(this);
    this.refresh(ctx.snapshot());
  }

  private bid(): string {
    return String(this.node.attrs[BLOCK_ATTRS.id] ?? '');
  }

  private view(): EditorView {
    return this.ctx.view();
  }

  /** A labelled control for a short field; head cells show their label as a column caption. */
  private cell(spec: FieldSpec, inHead: boolean): HTMLElement {
    const control = createControl(
      {
        doc: this.ctx.doc,
        readOnly: this.ctx.readOnly,
        moveFocus: (from, dir) => this.ctx.moveFocus(from, dir),
        onEnter: () => {
          const pos = this.getPos();
          if (pos !== undefined && this.spec) this.ctx.newRowAfter(pos, this.spec.type);
        },
        caret: isShortTextKind(spec.kind) ? caretKeeper(() => this.view(), () => shortFieldOf(this.node, spec.name)?.node) : undefined,
      },
      spec,
      fieldValue(this.node, spec.name),
      (value) => {
        const pos = this.getPos();
        if (pos === undefined) return;
        // Short text is edited character by character so it merges with others' typing; choices replace the value.
        const command = isShortTextKind(spec.kind) ? setShortText(pos, spec.name, typeof value === 'string' ? value : '') : setBlockField(pos, spec.name, value);
        command(this.view().state, this.view().dispatch);
      },
    );
    this.controls.set(spec.name, control);
    this.named.push({ el: control.el, name: (id) => `${id} ${spec.label}` });
    // A yes/no toggle carries its label on the button itself.
    const caption =
      spec.kind === 'boolean'
        ? null
        : h(this.ctx.doc, 'span', { class: 'poc-col-label', text: spec.label }, spec.required ? h(this.ctx.doc, 'span', { class: 'poc-req', text: '*', title: t('field.required') }) : null);
    return h(this.ctx.doc, inHead ? 'span' : 'label', { class: `poc-cell${spec.name === this.spec?.titleField ? ' poc-cell-title' : ''}`, attrs: { 'data-col': spec.name } }, caption, control.el);
  }

  /** The button that starts a comment on this row (in the comments panel, through `EditorOptions.onComment`). */
  private commentButton(): HTMLElement {
    const doc = this.ctx.doc;
    // A speech bubble drawn here: an emoji would depend on the device's fonts.
    const bubble = svg(doc, 'svg', { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true' }, svg(doc, 'path', { d: 'M2.5 3h11v7.5H7L4 13.5v-3H2.5z', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.4, 'stroke-linejoin': 'round' }));
    const el = h(doc, 'button', {
      class: 'poc-icon-btn poc-comment-btn',
      title: t('block.comment.title'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          const pos = this.getPos();
          if (pos === undefined) return;
          const $pos = this.view().state.doc.resolve(pos);
          for (let d = $pos.depth; d >= 0; d--) {
            const sid: unknown = $pos.node(d).attrs.sid;
            if ($pos.node(d).type.name === NODE.section && typeof sid === 'string') {
              this.ctx.options.onComment?.({ section: sid, block: this.bid() });
              return;
            }
          }
        },
      },
    });
    el.append(bubble);
    this.named.push({ el, name: (id) => t('block.comment.label', { id }) });
    return el;
  }

  private actions(): HTMLElement[] {
    const doc = this.ctx.doc;
    const run = (cmd: (pos: number) => (s: EditorView['state'], d: EditorView['dispatch']) => boolean) => () => {
      const pos = this.getPos();
      if (pos !== undefined) cmd(pos)(this.view().state, this.view().dispatch);
    };
    const buttons = [
      { el: h(doc, 'button', { class: 'poc-icon-btn', text: '↑', title: t('block.moveUp.title'), attrs: { type: 'button' }, on: { click: run((p) => moveBlock(p, -1)) } }), name: (id: string) => t('block.moveUp.label', { id }) },
      { el: h(doc, 'button', { class: 'poc-icon-btn', text: '↓', title: t('block.moveDown.title'), attrs: { type: 'button' }, on: { click: run((p) => moveBlock(p, 1)) } }), name: (id: string) => t('block.moveDown.label', { id }) },
      { el: h(doc, 'button', { class: 'poc-icon-btn poc-delete', text: '×', title: t('block.delete.title'), attrs: { type: 'button' }, on: { click: run(deleteBlock) } }), name: (id: string) => t('block.delete.label', { id }) },
    ];
    this.named.push(...buttons);
    return buttons.map((b) => b.el);
  }

  private unknownAttrs(doc: Document): HTMLElement {
    const list = h(doc, 'dl', { class: 'poc-block-details poc-unknown', attrs: { contenteditable: 'false' } });
    for (const [k, v] of Object.entries(this.node.attrs)) {
      if (k === BLOCK_ATTRS.type || k === BLOCK_ATTRS.id || v === null || v === '') continue;
      list.append(h(doc, 'dt', { text: k }), h(doc, 'dd', { text: String(v) }));
    }
    return list;
  }

  private setFolded(folded: boolean): void {
    toggleClass(this.dom, 'is-folded', folded);
    setText(this.foldButton, folded ? '▸' : '▾');
    setAttr(this.foldButton, 'aria-expanded', folded ? 'false' : 'true');
    if (folded) this.ctx.folded.add(this.bid());
    else this.ctx.folded.delete(this.bid());
    this.dom.dispatchEvent(new CustomEvent('poc-folded', { bubbles: true }));
  }

  /** Reflects the node's attributes and the fields it lacks. */
  private sync(): void {
    const bid = this.bid();
    setText(this.idChip, bid || t('block.noId'));
    setAttr(this.dom, 'data-bid', bid);
    for (const n of this.named) setAttr(n.el, 'aria-label', n.name(bid || this.spec?.label || t('block.thisRow')));
    for (const [name, c] of this.controls) c.set(fieldValue(this.node, name));
    const present = new Set<string>();
    this.node.forEach((child) => {
      if (child.type.name === NODE.field) present.add(String(child.attrs.name ?? ''));
    });
    const absent = (this.spec?.fields ?? []).filter((f) => !isShortKind(f.kind) && !present.has(f.name));
    const key = absent.map((f) => f.name).join(',');
    if (this.missing.dataset.key !== key) {
      this.missing.dataset.key = key;
      setChildren(
        this.missing,
        ...(this.ctx.readOnly
          ? []
          : absent.map((f) =>
              h(this.ctx.doc, 'button', {
                class: 'poc-add-field',
                text: `+ ${f.label}`,
                title: f.guidance,
                attrs: { type: 'button', 'data-add-field': f.name },
                on: {
                  click: () => {
                    const pos = this.getPos();
                    const t = this.ctx.template();
                    if (pos !== undefined && t && addContentField(t, pos, f.name)(this.view().state, this.view().dispatch)) this.view().focus();
                  },
                },
              }),
            )),
      );
    }
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type || node.attrs[BLOCK_ATTRS.type] !== this.node.attrs[BLOCK_ATTRS.type]) return false;
    const idChanged = node.attrs[BLOCK_ATTRS.id] !== this.node.attrs[BLOCK_ATTRS.id];
    this.node = node;
    this.sync();
    if (idChanged) this.refresh(this.ctx.snapshot());
    return true;
  }

  refresh(snapshot: Snapshot | undefined): void {
    const bid = this.bid();
    // Notes (a threat's rank, say) are shown by the block itself; only problems are listed and marked.
    const diags = (snapshot?.byBlock.get(bid) ?? []).filter((d) => d.severity !== 'info');
    // A row this person just added shows what it needs as guidance until they leave it or ask (editor/fresh-blocks.ts).
    const fresh = this.ctx.fresh.has(bid);
    const threat = snapshot?.threats.get(bid);
    const back = this.ctx.backlinksOf(bid);
    const outcome = this.status && snapshot ? this.modelBlock(snapshot, bid)?.fields.outcome : undefined;
    const recorded = Array.isArray(outcome) && outcome.length > 0;
    const key = JSON.stringify([fresh, diags.map((d) => [d.severity, d.message, d.location.field]), threat, back, recorded]);
    if (key === this.lastKey) return;
    this.lastKey = key;

    const shown = fresh ? [] : diags;
    const errors = shown.filter((d) => d.severity === 'error').length;
    toggleClass(this.dom, 'poc-has-error', errors > 0);
    toggleClass(this.dom, 'poc-has-warning', errors === 0 && shown.length > 0);
    toggleClass(this.dom, 'is-fresh', fresh);
    this.problems.hidden = diags.length === 0;
    setChildren(
      this.problems,
      ...(fresh ? [this.guidance(diags)] : []),
      ...shown.slice(0, 6).map((d) => h(this.ctx.doc, 'li', { class: `poc-sev-${d.severity}`, text: d.message })),
      shown.length > 6 ? h(this.ctx.doc, 'li', { class: 'poc-more', text: t('block.moreProblems', { count: shown.length - 6 }) }) : null,
    );
    const byField = new Map<string, string>();
    for (const d of shown) if (d.location.field && !byField.has(d.location.field)) byField.set(d.location.field, d.message);
    for (const [name, c] of this.controls) c.setProblem(byField.get(name));
    for (const el of Array.from(this.contentDOM.children)) {
      const name = (el as HTMLElement).dataset.name;
      if (name) toggleClass(el, 'poc-invalid', byField.has(name));
    }

    if (this.risk) {
      const band = riskBand(threat?.risk);
      this.risk.className = `poc-risk poc-risk-${band}${threat?.highRisk || threat?.priorityImpact ? ' is-high' : ''}`;
      setText(this.risk, threat?.risk !== undefined ? `${threat.risk}${threat.rank ? ` · #${threat.rank}` : ''}` : '–');
      this.risk.title =
        threat?.risk !== undefined
          ? t(threat.priorityImpact && !threat.highRisk ? 'block.risk.title.catastrophic' : 'block.risk.title', { risk: threat.risk, band: riskWord(band), rank: threat.rank ?? '' })
          : t('block.risk.unrated');
    }
    if (this.status) {
      this.status.className = `poc-status-chip ${recorded ? 'is-done' : 'is-open'}`;
      setText(this.status, recorded ? t('block.outcome.recorded') : t('block.outcome.missing'));
    }
    // A block other documents are meant to cover (a threat actions address) says so when nothing does yet, but only
    // where the host can see the other documents: a host that cannot (the web page today) must not claim "not yet".
    const docType = this.ctx.template()?.id;
    const awaited =
      back.length === 0 && !!this.spec && !!docType && !!this.ctx.options.backlinks && linkTargetTypes(this.ctx.options.templates).has(`${docType}/${this.spec.type}`);
    this.backlinks.hidden = back.length === 0 && !awaited;
    // NEW_BLOCK_TYPE_EDIT_REQUIRED: a block type that other documents address (as actions address threats): name it here for the "Addressed by" wording.
    const addressed = this.spec?.type === THREAT_BLOCK;
    setChildren(
      this.backlinks,
      awaited
        ? h(this.ctx.doc, 'span', {
            // An unaddressed threat is a gap in the plan; an objective nothing links to yet is only information.
            class: `poc-unaddressed${addressed ? '' : ' is-neutral'}`,
            text: addressed ? t('block.notAddressed') : t('block.notLinked'),
            title: addressed ? t('block.notAddressed.title') : t('block.notLinked.title'),
          })
        : h(this.ctx.doc, 'span', { class: 'poc-backlinks-label', text: addressed ? t('block.addressedBy') : t('block.linkedFrom') }),
      ...back.map((b) =>
        h(this.ctx.doc, 'button', {
          class: `poc-chip poc-backlink${b.own ? '' : ' is-external'}`,
          text: b.label,
          title: b.title,
          attrs: { type: 'button' },
          on: { click: () => (b.own && b.blockId ? this.ctx.jumpTo({ block: b.blockId }) : b.docId && this.ctx.openLink(b.docId, b.blockId ?? '')) },
        }),
      ),
    );
  }

  /** What a new row still needs, in a neutral voice, with a way to see its problems now. */
  private guidance(diags: readonly Diagnostic[]): HTMLElement | null {
    if (!diags.length) return null;
    const labels = [...new Set(diags.map((d) => this.spec?.fields.find((f) => f.name === d.location.field)?.label).filter((l): l is string => !!l))];
    const text = labels.length ? t('block.guidance.fields', { fields: labels.join(', ') }) : t('block.guidance.unfinished');
    return h(
      this.ctx.doc,
      'li',
      { class: 'poc-guidance' },
      h(this.ctx.doc, 'span', { text }),
      ' ',
      h(this.ctx.doc, 'button', {
        class: 'poc-link-btn poc-check-row',
        text: t('block.checkRow'),
        attrs: { type: 'button', 'data-check-row': this.bid() },
        on: { click: () => this.ctx.fresh.reveal(this.bid()) },
      }),
    );
  }

  private modelBlock(snapshot: Snapshot, bid: string): TypedBlock | undefined {
    const section = snapshot.model.sections.find((s) => s.id === snapshot.ownBlocks.get(bid)?.section);
    return section?.content.find((i): i is TypedBlock => i.t === 'block' && i.id === bid);
  }

  stopEvent(e: Event): boolean {
    const t = e.target as Node | null;
    return !!t && this.chrome.some((c) => c.contains(t));
  }

  ignoreMutation(m: MutationRecord | { type: 'selection'; target: Node }): boolean {
    if (m.target === this.dom) return true;
    return !this.contentDOM.contains(m.target) || (m.type === 'attributes' && m.target === this.contentDOM);
  }

  destroy(): void {
    this.unregister();
  }
}
