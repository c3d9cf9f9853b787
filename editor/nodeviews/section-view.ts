/**
 * A section: its number and title from the template (headings sized by
 * level), a problem badge, buttons to add the block types it allows, the
 * risk chart when it holds threats, the tiers × phases table when it holds
 * objectives with a tier and a phase (the strategy's A.2.2), and its content. The title is not
 * editable: sections are the template's.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import type { SectionSpec } from '../../shared/template/load.js';
import { blockSpecOf, hasRiskRatings } from '../blocks.js';
import { allowedBlockTypes } from '../commands.js';
import type { EditorContext, LiveView } from '../editor-context.js';
import { h, setAttr, setText, toggleClass } from '../dom.js';
import { type HeatPoint, renderHeatMap } from '../heatmap.js';
import { tierPhaseMatrix } from '../../shared/validate/response-model.js';
import type { BlockTypeSpec } from '../../shared/template/template-schema.js';
import { renderTierPhase } from '../tier-phase.js';
import type { Snapshot } from '../live.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorWords } from '../../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

export class SectionView implements NodeView, LiveView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private readonly head: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly foldAll: HTMLButtonElement;
  private readonly heat?: HTMLElement;
  private heatKey = '';
  /** The tiers × phases table, and the block type it counts, when the section holds objectives with a tier and a phase. */
  private readonly tierPhase?: { host: HTMLElement; spec: BlockTypeSpec };
  private tierPhaseKey = '';
  private readonly unregister: () => void;
  private readonly sid: string;

  constructor(
    private node: PMNode,
    private readonly ctx: EditorContext,
  ) {
    const doc = ctx.doc;
    this.sid = String(node.attrs.sid ?? '');
    const template = ctx.template();
    const spec: SectionSpec | undefined = template?.sections.find((s) => s.id === this.sid);
    const level = Math.min(spec?.level ?? 1, 3);
    const title = spec?.title ?? (String(node.attrs.title ?? '') || t('section.untitled'));
    this.dom = h(doc, 'section', { class: `poc-section poc-level-${level}`, attrs: { 'data-sid': this.sid } });
    const heading = h(doc, level === 1 ? 'h2' : level === 2 ? 'h3' : 'h4', { class: 'poc-section-title', title: spec?.guidance }, h(doc, 'span', { class: 'poc-section-num', text: this.sid }), ' ', title);
    this.badge = h(doc, 'button', { class: 'poc-problem-badge', attrs: { type: 'button', hidden: true } });
    this.badge.addEventListener('click', () => {
      const first = this.ctx.snapshot()?.bySection.get(this.sid)?.[0];
      if (first) this.ctx.jumpTo(first.location);
    });
    const tags: HTMLElement[] = [];
    if (spec?.required) tags.push(h(doc, 'span', { class: 'poc-tag', text: t('section.required'), title: t('section.required.title') }));
    if (template && !spec) tags.push(h(doc, 'span', { class: 'poc-tag poc-tag-warn', text: t('section.notInTemplate') }));
    const adds = template && !ctx.readOnly ? allowedBlockTypes(template, this.sid) : [];
    const addButtons = adds.map((b) =>
      h(doc, 'button', {
        class: 'poc-add-block',
        text: `+ ${b.label}`,
        title: b.guidance ?? t('section.add.title', { type: b.label.toLowerCase() }),
        attrs: { type: 'button', 'data-add': b.type },
        on: { click: () => ctx.insertBlockIn(this.sid, b.type) },
      }),
    );
    // Long matrices read better folded to one line per row; folding is local to this window.
    this.foldAll = h(doc, 'button', { class: 'poc-fold-all', attrs: { type: 'button', hidden: true } });
    this.foldAll.addEventListener('click', () => {
      const fold = this.foldAll.dataset.next === 'fold';
      for (const el of Array.from(this.contentDOM.children)) if (el.classList.contains('poc-block')) el.dispatchEvent(new CustomEvent('poc-fold', { detail: fold }));
      this.updateFoldAll();
    });
    this.head = h(doc, 'header', { class: 'poc-section-head', attrs: { contenteditable: 'false' } }, heading, ...tags, this.badge, h(doc, 'span', { class: 'poc-spacer' }), this.foldAll, ...addButtons);
    this.dom.append(this.head);
    if (template && adds.some((b) => hasRiskRatings(blockSpecOf(template, b.type)))) {
      this.heat = h(doc, 'div', { class: 'poc-heatmap', attrs: { contenteditable: 'false' } });
      this.dom.append(this.heat);
    }
    // From the section's own block list, so a reader without edit rights sees the table too.
    const tpSpec = (spec?.blocks ?? []).map((b) => blockSpecOf(template, b.type)).find((b) => b && tierPhaseMatrix([], b));
    if (tpSpec) {
      this.tierPhase = { host: h(doc, 'div', { class: 'poc-tier-phase', attrs: { contenteditable: 'false' } }), spec: tpSpec };
      this.dom.append(this.tierPhase.host);
    }
    this.contentDOM = h(doc, 'div', { class: 'poc-section-body' });
    this.contentDOM.addEventListener('poc-folded', () => this.updateFoldAll());
    this.dom.append(this.contentDOM);
    this.unregister = ctx.register(this);
    this.refresh(ctx.snapshot());
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type || node.attrs.sid !== this.node.attrs.sid) return false;
    this.node = node;
    return true;
  }

  refresh(snapshot: Snapshot | undefined): void {
    const problems = snapshot?.bySection.get(this.sid) ?? [];
    const errors = problems.filter((d) => d.severity === 'error').length;
    const warnings = problems.length - errors;
    this.badge.hidden = problems.length === 0;
    setText(this.badge, errors ? t('section.errors', { count: errors }) : t('section.warnings', { count: warnings }));
    setAttr(this.badge, 'title', problems.map((d) => d.message).join('\n') || null);
    toggleClass(this.badge, 'is-error', errors > 0);
    toggleClass(this.dom, 'poc-has-error', errors > 0);
    toggleClass(this.dom, 'poc-has-warning', errors === 0 && warnings > 0);
    if (this.heat && snapshot) this.drawHeat(snapshot);
    if (this.tierPhase && snapshot) this.drawTierPhase(snapshot);
    this.updateFoldAll();
  }

  private updateFoldAll(): void {
    const rows = Array.from(this.contentDOM.children).filter((el) => el.classList.contains('poc-block'));
    this.foldAll.hidden = rows.length < 3;
    const allFolded = rows.every((el) => el.classList.contains('is-folded'));
    this.foldAll.dataset.next = allFolded ? 'unfold' : 'fold';
    setText(this.foldAll, allFolded ? t('section.unfoldAll') : t('section.foldAll'));
  }

  private drawHeat(snapshot: Snapshot): void {
    const section = snapshot.model.sections.find((s) => s.id === this.sid);
    const points: HeatPoint[] = [];
    for (const item of section?.content ?? []) {
      if (item.t !== 'block' || !hasRiskRatings(blockSpecOf(snapshot.template, item.type))) continue;
      const l = item.fields.likelihood;
      const i = item.fields.impact;
      points.push({
        id: item.id,
        title: snapshot.ownBlocks.get(item.id)?.title ?? item.id,
        likelihood: typeof l === 'number' ? l : undefined,
        impact: typeof i === 'number' ? i : undefined,
        imminent: item.fields.imminent === true,
        rank: snapshot.threats.get(item.id)?.rank,
      });
    }
    const key = JSON.stringify(points);
    if (key === this.heatKey) return;
    this.heatKey = key;
    renderHeatMap(this.ctx.doc, this.heat!, points, (id) => this.ctx.jumpTo({ section: this.sid, block: id }));
  }

  private drawTierPhase(snapshot: Snapshot): void {
    const { host, spec } = this.tierPhase!;
    const section = snapshot.model.sections.find((s) => s.id === this.sid);
    const blocks = (section?.content ?? []).filter((i) => i.t === 'block');
    const m = tierPhaseMatrix(blocks, spec);
    const key = JSON.stringify(m);
    if (!m || key === this.tierPhaseKey) return;
    this.tierPhaseKey = key;
    renderTierPhase(this.ctx.doc, host, m, (id) => this.ctx.jumpTo({ section: this.sid, block: id }));
  }

  stopEvent(e: Event): boolean {
    const t = e.target as Node | null;
    return !!t && (this.head.contains(t) || !!this.heat?.contains(t) || !!this.tierPhase?.host.contains(t));
  }

  ignoreMutation(m: MutationRecord | { type: 'selection'; target: Node }): boolean {
    return !this.contentDOM.contains(m.target) || (m.type === 'attributes' && m.target === this.contentDOM);
  }

  destroy(): void {
    this.unregister();
  }
}
