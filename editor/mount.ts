/**
 * `mountEditor`: binds a ProseMirror view to the Y.Doc's body through
 * y-prosemirror (sync, remote cursors, an undo manager that tracks only
 * this user's changes), renders the document header and the template-driven
 * node views, and keeps the live model: after every change, local or
 * remote, it recomputes the model and diagnostics once, refreshes the live
 * views and notifies subscribers.
 */
import { EditorState, NodeSelection, type Plugin, TextSelection } from 'prosemirror-state';
import { EditorView, type NodeViewConstructor } from 'prosemirror-view';
import { defaultDeleteFilter, defaultProtectedNodes, redo, undo, yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from 'y-prosemirror';
import * as Y from 'yjs';
import { buildSchema } from '../shared/prosemirror/prosemirror-schema.js';
import type { Template } from '../shared/template/load.js';
import { BODY, FIELDS, META, readMeta } from '../shared/ydoc/layout.js';
import { undeclaredBlockAttributes } from '../shared/ydoc/block-attributes.js';
import { BLOCK_ATTRS, NODE } from '../shared/model/nodes.js';
import { blockSpecOf } from './blocks.js';
import { clipboardParser, clipboardSerializer } from './clipboard.js';
import { FreshBlocks } from './fresh-blocks.js';
import { blockOf, findBlock, findSection, INSERTED_BLOCK, insertBlock, insertCrossLink, type InsertOptions, insertSection, startWritingIn } from './commands.js';
import type { EditorContext, LiveView } from './editor-context.js';
import { h } from './dom.js';
import { DocumentHeader, LOCAL_ORIGIN } from './header.js';
import { blockIdsPlugin } from './block-ids.js';
import { baseKeys, editorKeymap, focusStop, moveFocus, stopsIn } from './keyboard.js';
import { LiveModel, type LiveOptions, type Snapshot } from './live.js';
import { menusPlugin } from './menus.js';
import { BlockView } from './nodeviews/block-view.js';
import { CrossLinkView } from './nodeviews/crosslink-view.js';
import { FieldView } from './nodeviews/field-view.js';
import { SectionView } from './nodeviews/section-view.js';
import { placeholdersKey, placeholdersPlugin } from './placeholders.js';
import { Popup } from './popup.js';
import { fieldPresence } from './presence.js';
import type { EditorHandle, EditorOptions } from './editor-contract.js';
import { templateForDocument } from './document-template.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** Shortest time between two refreshes of the model, diagnostics and views. */
const FLUSH_INTERVAL_MS = 30;

/** Mounts the structured editor for `opts.ydoc` into `host` and returns its handle. */
export function mountEditor(host: HTMLElement, opts: EditorOptions): EditorHandle {
  const doc = host.ownerDocument;
  const win = doc.defaultView ?? window;
  // Attributes no template declares are declared for this document, so the editor keeps them (block-attributes.ts).
  const schema = buildSchema(opts.templates, undeclaredBlockAttributes(opts.ydoc, opts.templates));
  const readOnly = !!opts.readOnly;
  const { ydoc } = opts;

  const root = h(doc, 'div', { class: `poc-editor${readOnly ? ' is-readonly' : ''}` });
  const body = h(doc, 'div', { class: 'poc-editor-body' });
  host.append(root);

  let view: EditorView | undefined;
  const head = readMeta(ydoc, opts.templates);
  // In the document's language, as the live model's snapshots give it (the same object, so nothing redraws for it).
  let template: Template | undefined = head ? templateForDocument(head.template, { lang: ydoc.getMap(META).get('lang') }) : undefined;
  const liveViews = new Set<LiveView>();
  const listeners = new Set<() => void>();
  let timer: number | undefined;
  let lastFlush = 0;

  // Kept as an object the live model reads on each computation, so `setPublicKey` can hand it a key after mount.
  const liveOptions: LiveOptions = { today: opts.today, resolveLink: opts.resolveLink, unreadableDocument: opts.unreadableDocument, publicKey: opts.publicKey };
  const live = new LiveModel(ydoc, opts.templates, liveOptions, () => schedule());
  const snapshot = (): Snapshot | undefined => (view ? live.snapshot(view.state.doc) : undefined);
  const theView = () => {
    if (!view) throw new Error(t('editor.notReady'));
    return view;
  };

  /** Focuses the first field of a block after it was inserted. */
  const focusBlock = (bid: string | undefined) => {
    if (!bid || !view) return;
    const b = findBlock(view.state.doc, bid);
    const el = b ? (view.nodeDOM(b.pos) as HTMLElement | null) : null;
    const first = el ? stopsIn(el)[0] : undefined;
    if (first) focusStop(view, first);
  };
  const runInsert = (type: string, where: InsertOptions) => {
    const v = theView();
    if (!template) return false;
    let inserted: string | undefined;
    const ok = insertBlock(template, type, where)(v.state, (tr) => {
      inserted = tr.getMeta(INSERTED_BLOCK) as string | undefined;
      v.dispatch(tr);
    });
    focusBlock(inserted);
    return ok;
  };

  // A new row's problems show once the person leaves it (editor/fresh-blocks.ts): its views then re-read the snapshot.
  const fresh = new FreshBlocks(() => {
    const snap = snapshot();
    for (const v of [...liveViews]) v.refresh(snap);
  });
  const ctx: EditorContext = {
    doc,
    schema,
    options: opts,
    readOnly,
    fresh,
    folded: new Set(),
    view: theView,
    template: () => template,
    snapshot,
    register(v) {
      liveViews.add(v);
      return () => liveViews.delete(v);
    },
    linkInfo(docId, blockId) {
      const snap = snapshot();
      if (snap && docId === snap.model.meta.id) {
        const own = snap.ownBlocks.get(blockId);
        return own ? { title: own.title, type: own.type, risk: own.risk, own: true } : undefined;
      }
      const r = opts.resolveLink?.(docId, blockId);
      return r ? { ...r, own: false } : undefined;
    },
    backlinksOf(blockId) {
      const snap = snapshot();
      const out: ReturnType<EditorContext['backlinksOf']> = [];
      for (const from of snap?.internalBacklinks.get(blockId) ?? []) out.push({ label: from, title: snap?.ownBlocks.get(from)?.title ?? from, blockId: from, own: true });
      if (snap && opts.backlinks) {
        for (const b of opts.backlinks(snap.model.meta.id, blockId)) {
          if (b.docId === snap.model.meta.id) continue;
          out.push({ label: [b.blockId, b.docTitle].filter(Boolean).join(', ') || b.docId, title: b.title ?? b.docTitle ?? b.docId, docId: b.docId, blockId: b.blockId, own: false });
        }
      }
      return out;
    },
    insertBlockIn: (sid, type) => void runInsert(type, { section: sid }),
    newRowAfter: (pos, type) => void runInsert(type, { after: pos }),
    insertBlockHere: (type) => runInsert(type, {}),
    addSection(sid) {
      const v = theView();
      if (template && insertSection(template, sid)(v.state, v.dispatch)) jumpTo({ section: sid });
    },
    startWriting(sid) {
      const v = theView();
      if (startWritingIn(sid)(v.state, v.dispatch)) v.focus();
    },
    openInsertMenuAtCursor: () => undefined,
    openLinkPicker() {
      const v = theView();
      if (!v.state.selection.$from.parent.inlineContent) return;
      v.dispatch(v.state.tr.insertText('[['));
      v.focus();
    },
    moveFocus: (from, dir) => moveFocus(theView(), root, from, dir),
    jumpTo: (loc) => jumpTo(loc),
    openLink(docId, blockId) {
      root.dispatchEvent(new CustomEvent('poc-open-link', { bubbles: true, detail: { docId, blockId } }));
    },
  };

  const header = new DocumentHeader(ctx, ydoc);
  // Said in words, not only by missing carets: a person who cannot type should know why at a glance.
  if (readOnly && opts.readOnlyNote) root.append(h(doc, 'div', { class: 'poc-readonly-note', attrs: { role: 'note' }, text: opts.readOnlyNote }));
  root.append(header.el, body);
  const popup = new Popup(doc, root);

  const nodeViews = (): Record<string, NodeViewConstructor> => ({
    [NODE.section]: (node) => new SectionView(node, ctx),
    [NODE.block]: (node, _v, getPos) => new BlockView(node, ctx, getPos),
    [NODE.field]: (node, v, getPos) => new FieldView(node, v, ctx, getPos),
    [NODE.crosslink]: (node, _v, getPos) => new CrossLinkView(node, ctx, getPos),
  });

  const fragment = ydoc.getXmlFragment(BODY);
  // One undo manager for the body and the header's maps, tracking only this editor's own origins.
  const undoManager = new Y.UndoManager([fragment, ydoc.getMap(META), ydoc.getMap(FIELDS)], {
    trackedOrigins: new Set<unknown>([ySyncPluginKey, LOCAL_ORIGIN]),
    deleteFilter: (item) => defaultDeleteFilter(item, defaultProtectedNodes),
    captureTransaction: (tr) => tr.meta.get('addToHistory') !== false,
  });
  if (opts.awareness) opts.awareness.setLocalStateField('user', { name: opts.user.name, color: opts.user.color });

  const cursors: Plugin[] = opts.awareness
    ? [yCursorPlugin(opts.awareness, { cursorBuilder: (u: { name: string; color: string }) => remoteCursor(doc, u), selectionBuilder: remoteSelection }) as Plugin]
    : [];
  const plugins = [
    ySyncPlugin(fragment),
    ...cursors,
    yUndoPlugin({ undoManager }),
    menusPlugin(ctx, popup),
    editorKeymap(ctx, () => root),
    baseKeys(),
    blockIdsPlugin((type) => blockSpecOf(template, type)?.idPrefix),
    placeholdersPlugin(ctx),
  ];

  view = new EditorView(body, {
    state: EditorState.create({ schema, plugins }),
    editable: () => !readOnly,
    nodeViews: nodeViews(),
    attributes: { class: 'poc-prosemirror', spellcheck: 'true', 'aria-label': t('editor.content') },
    clipboardSerializer: clipboardSerializer(schema),
    clipboardParser: clipboardParser(schema),
    // Called with the view as `this`, also while the constructor runs (y-prosemirror renders the Y.Doc then).
    dispatchTransaction(this: EditorView, tr) {
      this.updateState(this.state.apply(tr));
      if (tr.docChanged) schedule();
      const inserted = tr.getMeta(INSERTED_BLOCK) as string | undefined;
      if (inserted) fresh.add(inserted);
      else if (tr.selectionSet) fresh.leaveOthers(this);
    },
  });
  // Focus moving between short fields, panels and the text decides which new row the person is still in.
  const leaveLater = () => void win.setTimeout(() => view && fresh.leaveOthers(view), 0);
  root.addEventListener('focusin', leaveLater);
  root.addEventListener('focusout', leaveLater);

  // Who is working in which short field, for everyone else.
  const presence = opts.awareness ? fieldPresence(root, opts.awareness) : undefined;

  function schedule(): void {
    if (timer !== undefined) return;
    // At most one refresh per FLUSH_INTERVAL_MS while someone types fast; the first change of a burst shows at once.
    timer = win.setTimeout(flush, Math.max(0, lastFlush + FLUSH_INTERVAL_MS - Date.now()));
  }

  function flush(): void {
    timer = undefined;
    lastFlush = Date.now();
    if (!view) return;
    const snap = live.snapshot(view.state.doc);
    if (snap && snap.template !== template) {
      // The metadata arrived (or the type changed): redraw everything with the template's node views.
      template = snap.template;
      view.setProps({ nodeViews: nodeViews() });
      view.dispatch(view.state.tr.setMeta(placeholdersKey, true).setMeta('addToHistory', false));
    }
    header.refresh(snap);
    for (const v of [...liveViews]) v.refresh(snap);
    presence?.refresh();
    for (const l of [...listeners]) l();
    if (snap) opts.onModel?.(snap.model, snap.diagnostics);
  }

  function flash(el: Element): void {
    el.classList.remove('poc-flash');
    void (el as HTMLElement).offsetWidth;
    el.classList.add('poc-flash');
    win.setTimeout(() => el.classList.remove('poc-flash'), 1600);
  }

  function jumpTo(loc: { section?: string; block?: string; field?: string }): void {
    const v = theView();
    // Going to a row's problem (from the problems panel, say) is asking to see them.
    if (loc.block) fresh.reveal(loc.block);
    if (loc.block) {
      const b = findBlock(v.state.doc, loc.block);
      const el = b ? (v.nodeDOM(b.pos) as HTMLElement | null) : null;
      if (el) {
        el.dispatchEvent(new CustomEvent('poc-unfold'));
        el.scrollIntoView({ block: 'center' });
        const stops = stopsIn(el);
        const target = (loc.field && stops.find((s) => s.dataset.field === loc.field)) || (loc.field && el.querySelector<HTMLElement>(`[data-add-field="${cssEscape(loc.field)}"]`)) || stops[0];
        if (target) focusStop(v, target);
        flash(el);
        return;
      }
    }
    if (loc.section !== undefined) {
      const s = findSection(v.state.doc, loc.section);
      const el = s ? (v.nodeDOM(s.pos) as HTMLElement | null) : null;
      if (el) {
        el.scrollIntoView({ block: 'start' });
        const first = stopsIn(el)[0];
        if (first) focusStop(v, first);
        else {
          // A section of plain text: the cursor goes to the start of its text.
          v.dispatch(v.state.tr.setSelection(TextSelection.near(v.state.doc.resolve(s!.pos + 1))));
          v.focus();
        }
        flash(el);
        return;
      }
    }
    if (loc.section !== undefined && header.focusMissing(loc.section)) flash(header.el);
    else if (loc.field && header.focusField(loc.field)) flash(header.el);
  }

  schedule();

  return {
    view,
    ydoc,
    destroy() {
      if (timer !== undefined) win.clearTimeout(timer);
      timer = undefined;
      live.destroy();
      presence?.destroy();
      popup.destroy();
      view?.destroy();
      view = undefined;
      liveViews.clear();
      listeners.clear();
      root.remove();
    },
    undo: () => undo(theView().state),
    redo: () => redo(theView().state),
    jumpTo,
    blockAtCursor() {
      // A field's own input (a node view's <input>) holds the focus without moving ProseMirror's selection: ask the DOM first.
      const active = doc.activeElement;
      const fromDom = active && root.contains(active) ? active.closest<HTMLElement>('.poc-block')?.dataset.bid : undefined;
      if (fromDom) return fromDom;
      const sel = theView().state.selection;
      const node = sel instanceof NodeSelection && sel.node.type.name === NODE.block ? sel.node : blockOf(sel.$from)?.node;
      const bid: unknown = node?.type.name === NODE.block ? node.attrs[BLOCK_ATTRS.id] : undefined;
      return typeof bid === 'string' && bid ? bid : undefined;
    },
    insertBlock: (type) => runInsert(type, {}),
    insertCrossLink(docId, blockId) {
      const v = theView();
      insertCrossLink(docId, blockId)(v.state, v.dispatch);
      v.focus();
    },
    model() {
      const s = snapshot();
      if (!s) throw new Error(t('editor.notLoaded'));
      return s.model;
    },
    diagnostics: () => snapshot()?.diagnostics ?? [],
    template: () => snapshot()?.template ?? template,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refreshLinks() {
      live.invalidateLinks();
      schedule();
    },
    setPublicKey(publicKey) {
      if (liveOptions.publicKey === publicKey) return;
      liveOptions.publicKey = publicKey;
      // Any change of version makes the live model compute afresh, verifying sign-offs with the new key.
      live.invalidateLinks();
      schedule();
    },
  };
}

function cssEscape(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}

/** A remote person's caret with their name, in their colour. */
function remoteCursor(doc: Document, user: { name: string; color: string }): HTMLElement {
  const caret = h(doc, 'span', { class: 'poc-remote-cursor', attrs: { 'data-user': user.name } }, h(doc, 'span', { class: 'poc-remote-name', text: user.name }));
  caret.style.setProperty('--poc-user-color', user.color);
  return caret;
}

/** A remote person's selection, tinted with their colour. */
function remoteSelection(user: { name: string; color: string }): { class: string; style: string } {
  return { class: 'poc-remote-selection', style: `background-color: ${user.color}33` };
}
