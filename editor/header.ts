/**
 * The document header above the sections: the document type and policy
 * source, its status, its title, and the template's document-level fields
 * (area, review cadence, last review…). These live in the Y.Doc's "meta"
 * and "fields" maps rather than in the ProseMirror content; they are
 * written with the editor's local origin so undo covers them too.
 */
import * as Y from 'yjs';
import { isShortTextKind } from '../shared/model/nodes.js';
import { mapValue, setMapText } from '../shared/ydoc/short-text.js';
import { showValue, textCaretKeeper, trackCaret } from './short-text.js';
import type { FieldSpec } from '../shared/template/template-schema.js';
import { personMoves } from '../shared/signoff/workflow.js';
import { FIELDS, META, readSignoffs } from '../shared/ydoc/layout.js';
import type { EditorContext, LiveView } from './editor-context.js';
import { h, setChildren, setText } from './dom.js';
import { type Control, createControl, type ShortValue } from './inputs.js';
import type { Snapshot } from './live.js';
import { standingOf, statusWord, wellFormedPayloads } from './panels/signoff-readiness.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** Origin of the editor's own direct Y.Doc writes (header fields), tracked by its undo manager. */
export const LOCAL_ORIGIN = { source: 'poc-editor-local' } as const;

/** The shared text held in a map entry, or undefined (a plain string of an older document, or nothing). */
function sharedText(v: unknown): Y.Text | undefined {
  return v instanceof Y.Text ? v : undefined;
}

/** A metadata value as text (a remote client may have stored something odd). */
function text(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback;
}

/** The status control's words for each move a person may make (the moves themselves: shared/signoff/workflow.ts). */
function moveWords(to: string): { text: string; title?: string } {
  if (to === 'in-review') return { text: t('header.move.inReview'), title: t('header.move.inReview.title') };
  if (to === 'draft') return { text: t('header.move.draft'), title: t('header.move.draft.title') };
  return { text: t('header.move.other', { status: statusWord(to) }) };
}

export class DocumentHeader implements LiveView {
  readonly el: HTMLElement;
  private readonly kicker: HTMLElement;
  private readonly title: HTMLTextAreaElement;
  /** Makes the title as tall as its text after a change that came from elsewhere (a no-op where CSS does it). */
  private readonly fitTitle: () => void;
  private readonly fields: HTMLElement;
  private readonly missing: HTMLElement;
  private controls = new Map<string, Control>();
  private shownTemplate?: Snapshot['template'];

  constructor(
    private readonly ctx: EditorContext,
    private readonly ydoc: Y.Doc,
  ) {
    const doc = ctx.doc;
    this.kicker = h(doc, 'div', { class: 'poc-doc-kicker' });
    // A one-line text that wraps: a long title (French runs a fifth longer than English) stays whole at phone width,
    // where an <input> would hide its end. Line breaks are refused: the title is one line in Markdown.
    this.title = h(doc, 'textarea', { class: 'poc-doc-title', attrs: { rows: '1', enterkeyhint: 'done', 'aria-label': t('header.title.label'), placeholder: t('header.title.placeholder'), 'data-stop': 'title', 'data-field': 'title' } });
    this.title.readOnly = ctx.readOnly;
    this.title.addEventListener('input', () => {
      if (/[\r\n]/.test(this.title.value)) oneLine(this.title);
      this.writeText(META, 'title', this.title.value);
    });
    trackCaret(this.title, this.titleCaret);
    this.fitTitle = growWithText(this.title);
    this.title.addEventListener('keydown', (e) => {
      if (e.key === 'Tab' && !e.altKey && ctx.moveFocus(this.title, e.shiftKey ? -1 : 1)) e.preventDefault();
      // Not while an input method composes: its Enter chooses the characters.
      if (e.key === 'Enter' && !e.isComposing) e.preventDefault();
    });
    this.fields = h(doc, 'div', { class: 'poc-doc-fields' });
    this.missing = h(doc, 'div', { class: 'poc-missing-sections', attrs: { hidden: true } });
    this.el = h(doc, 'div', { class: 'poc-doc-header' }, this.kicker, this.title, this.fields, this.missing);
    // Shown as soon as they change, not at the next refresh: the next keystroke edits the shared text by its difference from the input.
    for (const name of [META, FIELDS]) ydoc.getMap(name).observeDeep(() => this.showTexts());
  }

  private readonly titleCaret = textCaretKeeper(() => sharedText(this.ydoc.getMap(META).get('title')));
  /** Document-level short text fields (see SHORT_TEXT_KINDS), bound to shared text like the title. */
  private textFields = new Set<string>();

  /** Writes short text as a shared text edited by its smallest change (a plain string of older documents becomes one). */
  private writeText(map: string, key: string, value: string): void {
    this.ydoc.transact(() => setMapText(this.ydoc.getMap(map), key, value), LOCAL_ORIGIN);
  }

  /** Shows the title and the short text fields as they are in the Y.Doc, keeping the caret of the person typing in one. */
  private showTexts(): void {
    if (!this.el.isConnected) return;
    const shown = this.title.value;
    showValue(this.title, text(mapValue(this.ydoc.getMap(META).get('title')), ''), this.titleCaret);
    // Measured only when the title changed: this runs on every change of any document-level field.
    if (this.title.value !== shown) this.fitTitle();
    const values = this.ydoc.getMap(FIELDS);
    for (const name of this.textFields) this.controls.get(name)?.set(mapValue(values.get(name)));
  }

  private write(map: string, key: string, value: ShortValue): void {
    const m = this.ydoc.getMap(map);
    if (m.get(key) === value || (value === null && !m.has(key))) return;
    this.ydoc.transact(() => (value === null || value === '' ? m.delete(key) : m.set(key, value)), LOCAL_ORIGIN);
  }

  /** Focuses a document-level field (or the title); false when there is none by that name. */
  focusField(name: string): boolean {
    if (name === 'title') {
      this.title.focus();
      return true;
    }
    const c = this.controls.get(name);
    c?.focus();
    return !!c;
  }

  refresh(snapshot: Snapshot | undefined): void {
    const template = snapshot?.template;
    const meta = this.ydoc.getMap(META);
    const values = this.ydoc.getMap(FIELDS);
    if (!template) {
      setText(this.kicker, t('header.loading'));
      delete this.kicker.dataset.key;
      return;
    }
    const id = text(meta.get('id'), '');
    const status = text(meta.get('status'), 'draft');
    const moves = this.statusMoves(snapshot);
    // Redrawn only when it changes: a status button someone is on keeps its focus while others type.
    const kickerKey = JSON.stringify([template.title, template.source, status, moves.map((m) => m.dataset.to), id]);
    if (this.kicker.dataset.key !== kickerKey) {
      this.kicker.dataset.key = kickerKey;
      setChildren(
        this.kicker,
        h(this.ctx.doc, 'span', { class: 'poc-doc-type', text: template.title }),
        h(this.ctx.doc, 'span', { class: 'poc-doc-source', text: template.source }),
        h(this.ctx.doc, 'span', { class: `poc-chip poc-doc-status is-${status}`, text: statusWord(status), attrs: { 'data-status': status } }),
        ...moves,
        id ? h(this.ctx.doc, 'span', { class: 'poc-doc-id', text: id }) : null,
      );
    }
    showValue(this.title, text(mapValue(meta.get('title')), ''), this.titleCaret);
    // Rebuilt when the template or the document's language changes (each language's template is one object: editor/document-template.ts).
    if (this.shownTemplate !== template) {
      this.shownTemplate = template;
      this.buildFields(template.fields);
    }
    for (const [name, c] of this.controls) c.set(mapValue(values.get(name)));
    for (const open of Array.from(this.fields.querySelectorAll<HTMLElement>('[data-open-field]'))) {
      const id = mapValue(values.get(open.dataset.openField ?? ''));
      open.hidden = !(typeof id === 'string' && id.trim());
    }
    const byField = new Map<string, string>();
    for (const d of snapshot.documentLevel) if (d.location.field && !byField.has(d.location.field)) byField.set(d.location.field, d.message);
    for (const [name, c] of this.controls) c.setProblem(byField.get(name));
    this.showMissing(snapshot);
  }

  /** The buttons that move the status as a person may (draft → in review, and back while nothing is approved); none when read-only. The server sets "approved". */
  private statusMoves(snapshot: Snapshot): HTMLElement[] {
    if (this.ctx.readOnly) return [];
    const standing = standingOf(wellFormedPayloads(readSignoffs(this.ydoc)), snapshot.model, snapshot.template);
    return personMoves(snapshot.model.meta.status, standing).map((to) =>
      h(this.ctx.doc, 'button', {
        class: 'poc-status-move',
        text: moveWords(to).text,
        title: moveWords(to).title,
        attrs: { type: 'button', 'data-to': to },
        on: { click: () => this.write(META, 'status', to) },
      }),
    );
  }

  /** Focuses the button that adds a missing section; false when the section is not missing. */
  focusMissing(sid: string): boolean {
    const b = Array.from(this.missing.querySelectorAll<HTMLElement>('button')).find((x) => x.dataset.sid === sid);
    b?.focus();
    return !!b;
  }

  /** Sections of the template the document lacks (written elsewhere, or deleted), each with a button that adds it back. */
  private showMissing(snapshot: Snapshot): void {
    const present = new Set(snapshot.model.sections.map((s) => s.id));
    const absent = snapshot.template.sections.filter((s) => !present.has(s.id));
    const key = absent.map((s) => s.id).join(',');
    if (this.missing.dataset.key === key) return;
    this.missing.dataset.key = key;
    this.missing.hidden = absent.length === 0;
    setChildren(
      this.missing,
      h(this.ctx.doc, 'span', { class: 'poc-muted', text: t('header.missingSections', { count: absent.length }) }),
      ...absent.map((s) =>
        h(this.ctx.doc, 'button', {
          class: 'poc-add-block',
          text: `+ ${s.id} ${s.title}`,
          attrs: { type: 'button', 'data-sid': s.id, disabled: this.ctx.readOnly },
          on: { click: () => this.ctx.addSection(s.id) },
        }),
      ),
    );
  }

  private buildFields(specs: FieldSpec[]): void {
    const doc = this.ctx.doc;
    this.controls = new Map();
    this.textFields = new Set(specs.filter((s) => isShortTextKind(s.kind)).map((s) => s.name));
    const cells = specs.map((spec) => {
      // Document-level link fields hold the linked document's id.
      const asText: FieldSpec = spec.kind === 'link' || spec.kind === 'richtext' ? { ...spec, kind: 'text', label: spec.kind === 'link' ? t('header.linkField', { label: spec.label }) : spec.label } : spec;
      const shortText = isShortTextKind(spec.kind);
      const control = createControl(
        {
          doc,
          readOnly: this.ctx.readOnly,
          moveFocus: (from, dir) => this.ctx.moveFocus(from, dir),
          caret: shortText ? textCaretKeeper(() => sharedText(this.ydoc.getMap(FIELDS).get(spec.name))) : undefined,
        },
        asText,
        undefined,
        (v) => (shortText ? this.writeText(FIELDS, spec.name, typeof v === 'string' ? v : '') : this.write(FIELDS, spec.name, v)),
      );
      this.controls.set(spec.name, control);
      const cell = h(
        doc,
        'label',
        { class: 'poc-cell', attrs: { 'data-col': spec.name } },
        h(doc, 'span', { class: 'poc-col-label', text: spec.label }, spec.required ? h(doc, 'span', { class: 'poc-req', text: '*', title: t('field.required') }) : null),
        control.el,
      );
      // A related document is something to go to, not only an id to read: "Open" asks the host to open it.
      if (spec.kind !== 'link') return cell;
      const open = h(doc, 'button', {
        class: 'poc-link-btn poc-open-doc',
        text: t('header.openLinked', { label: spec.label }),
        attrs: { type: 'button', 'data-open-field': spec.name },
        on: {
          click: () => {
            const id = this.ydoc.getMap(FIELDS).get(spec.name);
            if (typeof id === 'string' && id.trim()) this.ctx.openLink(id.trim(), '');
          },
        },
      });
      return h(doc, 'div', { class: 'poc-cell poc-cell-doc-link' }, cell, open);
    });
    setChildren(this.fields, ...cells);
  }
}

/** Puts a pasted or dropped multi-line title on one line (each line break a space), keeping the caret where it was. */
function oneLine(area: HTMLTextAreaElement): void {
  const caret = area.selectionStart;
  area.value = area.value.replace(/[\r\n]/g, ' ');
  area.setSelectionRange(caret, caret);
}

/**
 * Makes a textarea as tall as its text where CSS cannot (`field-sizing: content` is missing from Safari, so from
 * Obsidian on iOS): measured again when its text or its width changes.
 */
function growWithText(area: HTMLTextAreaElement): () => void {
  const view = area.ownerDocument.defaultView;
  if (!view || view.CSS?.supports?.('field-sizing', 'content')) return () => {};
  const fit = () => {
    area.style.removeProperty('--poc-fit-height');
    area.style.setProperty('--poc-fit-height', `${area.scrollHeight}px`);
  };
  area.addEventListener('input', fit);
  if (typeof view.ResizeObserver === 'function') new view.ResizeObserver(fit).observe(area);
  return fit;
}
