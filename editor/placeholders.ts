/**
 * Guidance as placeholders: an empty section shows the template's guidance
 * (and how to start: write, or add the blocks it allows); a section or a
 * rich-text field holding one empty paragraph shows its guidance in grey.
 * These are decorations, never content: nothing here reaches the document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Template } from '../shared/template/load.js';
import { BLOCK_ATTRS, NODE } from '../shared/model/nodes.js';
import { blockSpecOf } from './blocks.js';
import { allowedBlockTypes, sections } from './commands.js';
import type { EditorContext } from './editor-context.js';
import { h } from './dom.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

interface PlaceholderState {
  doc: PMNode;
  template: Template | undefined;
  set: DecorationSet;
}

export const placeholdersKey = new PluginKey<PlaceholderState>('poc-placeholders');

function soleEmptyParagraph(node: PMNode): boolean {
  return node.childCount === 1 && node.firstChild!.type.name === NODE.paragraph && node.firstChild!.content.size === 0;
}

/** The placeholder decorations of a document under a template (widgets are drawn by `widget`). */
export function placeholderDecorations(doc: PMNode, template: Template | undefined, widget: (sid: string) => (() => HTMLElement) | undefined): DecorationSet {
  if (!template) return DecorationSet.empty;
  const decos: Decoration[] = [];
  for (const s of sections(doc)) {
    const spec = template.sections.find((x) => x.id === s.sid);
    if (s.node.childCount === 0) {
      const draw = widget(s.sid);
      if (draw) decos.push(Decoration.widget(s.pos + 1, draw, { key: `empty-${s.sid}`, side: -1, ignoreSelection: true, stopEvent: () => true }));
      continue;
    }
    if (soleEmptyParagraph(s.node)) {
      const at = s.pos + 1;
      decos.push(Decoration.node(at, at + 2, { class: 'poc-placeholder', 'data-placeholder': spec?.guidance ?? t('placeholder.write') }));
    }
    s.node.forEach((child, offset) => {
      if (child.type.name !== NODE.block) return;
      const blockPos = s.pos + 1 + offset;
      const type = blockSpecOf(template, String(child.attrs[BLOCK_ATTRS.type] ?? ''));
      child.forEach((field, fo) => {
        if (field.type.name !== NODE.field || !soleEmptyParagraph(field)) return;
        const fspec = type?.fields.find((f) => f.name === field.attrs.name);
        const at = blockPos + 1 + fo + 1;
        const text = fspec?.kind === 'link' ? t('placeholder.link', { guidance: fspec.guidance ?? fspec.label }) : (fspec?.guidance ?? fspec?.label ?? '');
        if (text) decos.push(Decoration.node(at, at + 2, { class: 'poc-placeholder', 'data-placeholder': text }));
      });
    });
  }
  return DecorationSet.create(doc, decos);
}

/** The placeholders plugin; decorations are recomputed when the document or the template changes. */
export function placeholdersPlugin(ctx: EditorContext): Plugin<PlaceholderState> {
  const widget = (sid: string) => {
    const template = ctx.template();
    const spec = template?.sections.find((s) => s.id === sid);
    if (!template) return undefined;
    return () => emptySection(ctx, template, sid, spec?.guidance, spec?.text ?? true);
  };
  const compute = (state: EditorState) => ({ doc: state.doc, template: ctx.template(), set: placeholderDecorations(state.doc, ctx.template(), widget) });
  return new Plugin({
    key: placeholdersKey,
    state: {
      init: (_, state) => compute(state),
      apply: (tr, prev, _old, state) => (tr.docChanged || prev.template !== ctx.template() || tr.getMeta(placeholdersKey) ? compute(state) : prev),
    },
    props: {
      decorations: (state) => placeholdersKey.getState(state)?.set,
    },
  });
}

/** What an empty section shows: its guidance and the ways to start it (a section that only groups sub-sections shows its guidance alone). */
function emptySection(ctx: EditorContext, template: Template, sid: string, guidance: string | undefined, text: boolean): HTMLElement {
  const doc = ctx.doc;
  if (!text && allowedBlockTypes(template, sid).length === 0) {
    return h(doc, 'div', { class: 'poc-container-guidance', attrs: { contenteditable: 'false' } }, guidance ? h(doc, 'p', { class: 'poc-guidance', text: guidance }) : null);
  }
  const box = h(doc, 'div', { class: 'poc-empty-section', attrs: { contenteditable: 'false' } });
  box.append(h(doc, 'p', { class: 'poc-guidance', text: guidance ?? t('placeholder.empty') }));
  if (ctx.readOnly) return box;
  const row = h(doc, 'div', { class: 'poc-empty-actions' });
  if (text) {
    row.append(
      h(doc, 'button', {
        class: 'poc-start-writing',
        text: t('placeholder.start'),
        attrs: { type: 'button', 'data-stop': 'start', 'data-sid': sid },
        on: { click: () => ctx.startWriting(sid) },
      }),
    );
  }
  for (const b of allowedBlockTypes(template, sid)) {
    row.append(
      h(doc, 'button', {
        class: 'poc-add-block',
        text: `+ ${b.label}`,
        attrs: { type: 'button', 'data-stop': 'start', 'data-add': b.type },
        on: { click: () => ctx.insertBlockIn(sid, b.type) },
      }),
    );
  }
  if (row.childElementCount) box.append(row);
  return box;
}
