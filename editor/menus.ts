/**
 * The two keyboard menus. Typing "/" at the start of an empty paragraph of
 * a section opens the insert menu: the block types that section allows,
 * a bullet list, and a link. Typing "[[" anywhere in text opens the link
 * picker: a fuzzy search over this document's blocks and every linkable
 * block the host knows, limited to a link field's targets when the cursor
 * is in one. The query is what follows the trigger in the text itself,
 * so Escape on the link picker deletes "[[query" again.
 */
import type { EditorState } from 'prosemirror-state';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Template } from '../shared/template/load.js';
import { targetAllows } from '../shared/validate/link-rules.js';
import { BLOCK_ATTRS, NODE } from '../shared/model/nodes.js';
import { blockSpecOf } from './blocks.js';
import { allowedBlockTypes, insertCrossLink, sectionOf, toBulletList } from './commands.js';
import type { EditorContext } from './editor-context.js';
import { filterItems, type Popup, type PopupItem } from './popup.js';
import type { LinkCandidate } from './editor-contract.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const words = uiWords(editorWords);

export const menusKey = new PluginKey('poc-menus');

/** A menu trigger typed in the text: "/query" alone in a section paragraph, or "[[query" before the cursor. */
export interface Trigger {
  kind: 'insert' | 'link';
  from: number;
  to: number;
  query: string;
}

/** The trigger at the cursor, if any. */
export function detectTrigger(state: EditorState): Trigger | undefined {
  const { $from, empty } = state.selection;
  if (!empty || !$from.parent.inlineContent) return undefined;
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
  const link = /\[\[([^[\]\n\ufffc]{0,60})$/.exec(before);
  if (link) return { kind: 'link', from: $from.pos - link[0].length, to: $from.pos, query: link[1] };
  const atSectionLevel = $from.depth === 2 && $from.node(1).type.name === NODE.section && $from.parent.type.name === NODE.paragraph;
  const slash = /^\/([\w -]{0,30})$/.exec(before);
  if (atSectionLevel && slash && $from.parentOffset === $from.parent.content.size) return { kind: 'insert', from: $from.start(), to: $from.pos, query: slash[1] };
  return undefined;
}

/** The link field (and its targets) holding the cursor, if any. */
export function linkFieldAt(state: EditorState, template: Template | undefined): { targets?: string[] } | undefined {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 1; d--) {
    const node = $from.node(d);
    if (node.type.name !== NODE.field) continue;
    const block = $from.node(d - 1);
    const spec = blockSpecOf(template, String(block.attrs[BLOCK_ATTRS.type] ?? ''))?.fields.find((f) => f.name === node.attrs.name);
    return spec?.kind === 'link' ? { targets: spec.targets } : undefined;
  }
  return undefined;
}

/** The blocks a person may link to from the cursor: this document's own (except the block they are in), then the host's. */
export function linkChoices(ctx: EditorContext, state: EditorState): LinkCandidate[] {
  const snap = ctx.snapshot();
  const template = ctx.template();
  const here = state.selection.$from.depth >= 2 ? state.selection.$from.node(2) : undefined;
  const ownId = here?.type.name === NODE.block ? String(here.attrs[BLOCK_ATTRS.id]) : undefined;
  const own: LinkCandidate[] = [];
  if (snap) {
    for (const [blockId, b] of snap.ownBlocks)
      if (blockId !== ownId) own.push({ docId: snap.model.meta.id, blockId, type: b.type, title: b.title, docTitle: snap.model.meta.title || words('menu.thisDocument'), docType: snap.model.meta.type });
  }
  const others = (ctx.options.linkCandidates?.() ?? []).filter((c) => c.docId !== snap?.model.meta.id);
  const field = linkFieldAt(state, template);
  const all = [...own, ...others];
  if (!field?.targets?.length) return all;
  return all.filter((c) => targetAllows(field.targets!, c.type, c.docType));
}

/** The insert menu and link picker plugin. */
export function menusPlugin(ctx: EditorContext, popup: Popup): Plugin {
  let current: (Trigger & { explicit?: boolean }) | undefined;

  const caret = (view: EditorView, pos: number) => {
    const c = view.coordsAtPos(pos);
    return { left: c.left, top: c.top, bottom: c.bottom };
  };

  const insertItems = (view: EditorView, t: Trigger | undefined): PopupItem[] => {
    const template = ctx.template();
    const here = sectionOf(view.state.selection.$from);
    if (!template || !here) return [];
    const clear = () => {
      if (t) view.dispatch(view.state.tr.delete(t.from, t.to));
    };
    const items: PopupItem[] = allowedBlockTypes(template, here.sid).map((b) => ({
      label: b.label,
      detail: words('menu.blockDetail', { prefix: b.idPrefix }),
      keywords: b.type,
      run: () => {
        clear();
        ctx.insertBlockHere(b.type);
      },
    }));
    items.push({ label: words('menu.bulletList'), detail: words('menu.bulletList.detail'), keywords: 'list ul', run: () => (clear(), toBulletList(view.state, view.dispatch)) });
    items.push({
      label: words('menu.link'),
      detail: words('menu.link.detail'),
      keywords: 'link reference',
      run: () => {
        const from = t ? t.from : view.state.selection.from;
        view.dispatch(view.state.tr.insertText('[[', from, t ? t.to : view.state.selection.to));
      },
    });
    return items;
  };

  const linkItems = (view: EditorView, t: Trigger): PopupItem[] => {
    const choices = linkChoices(ctx, view.state).map((c) => ({
      label: `${c.blockId} · ${c.title}`,
      detail: c.docTitle,
      keywords: c.type,
      run: () => {
        insertCrossLink(c.docId, c.blockId, { from: t.from, to: t.to })(view.state, view.dispatch);
        view.focus();
      },
    }));
    return filterItems(choices, t.query, 40);
  };

  const show = (view: EditorView, t: Trigger) => {
    const items = t.kind === 'link' ? linkItems(view, t) : filterItems(insertItems(view, t), t.query);
    const title = t.kind === 'link' ? words('menu.linkTo') : words('menu.insert');
    if (popup.isOpen && current && current.kind === t.kind && current.from === t.from) popup.setItems(items);
    else popup.open(items, caret(view, t.from), { title, empty: t.kind === 'link' ? words('menu.noBlock') : words('menu.nothingToInsert'), onClose: () => (current = undefined) });
    current = t;
  };

  ctx.openInsertMenuAtCursor = () => {
    const view = ctx.view();
    const items = insertItems(view, undefined);
    popup.open(items, caret(view, view.state.selection.from), { title: words('menu.insert'), empty: words('menu.nothingToInsert'), onClose: () => (current = undefined) });
    current = { kind: 'insert', from: view.state.selection.from, to: view.state.selection.from, query: '', explicit: true };
  };

  return new Plugin({
    key: menusKey,
    view: () => ({
      update(view, prev) {
        if (ctx.readOnly || (view.state.doc === prev.doc && view.state.selection.eq(prev.selection))) return;
        const t = detectTrigger(view.state);
        if (t) show(view, t);
        else if (current) popup.close();
      },
      destroy: () => popup.close(),
    }),
    props: {
      handleKeyDown: (view, e) => {
        // Escape on the link picker takes back the "[[query" typed to open it, so no literal brackets stay behind.
        const t = e.key === 'Escape' && popup.isOpen ? detectTrigger(view.state) : undefined;
        if (t?.kind === 'link') {
          popup.close();
          view.dispatch(view.state.tr.delete(t.from, t.to));
          return true;
        }
        return popup.handleKey(e);
      },
      handleDOMEvents: {
        blur: () => {
          popup.close();
          return false;
        },
      },
    },
  });
}
