/**
 * A stand-in for the editor package (editor/index.ts), which needs a
 * real DOM. It honours the EditorHandle contract over the Y.Doc it is given
 * (model, diagnostics, template, subscribe, insertCrossLink) and records
 * what the plugin asked of it, so the glue can be tested in Node. The real
 * editor is tested in Chromium by its own suite.
 */
import type * as Y from 'yjs';
import type * as EditorApi from '../../../editor/index.js';
import type { CommentsPanelOptions, EditorHandle, EditorOptions, ShareOptions, SignoffPanelOptions } from '../../../editor/index.js';
import type { Location } from '../../../shared/model/location.js';
import { validate } from '../../../shared/validate/validate.js';
import { NotAPocDocumentError, toModel } from '../../../shared/ydoc/layout.js';

/** An editor the plugin mounted, with what was done to it. */
export interface FakeMounted {
  host: HTMLElement;
  options: EditorOptions;
  handle: EditorHandle;
  destroyed: boolean;
  crossLinks: Array<{ docId: string; blockId: string }>;
  jumps: Location[];
  /** The block the cursor is in, as the test sets it (what `blockAtCursor` answers). */
  cursorBlock?: string;
  /** Keys handed in after mount through `setPublicKey`, in order. */
  publicKeys: Array<Uint8Array | undefined>;
  /** How many times the plugin asked it to re-read links and backlinks. */
  linkRefreshes: number;
}

/** Every editor mounted, oldest first. */
export const mounted: FakeMounted[] = [];
/** Every sign-off panel drawn, with its options. */
export const signoffPanels: SignoffPanelOptions[] = [];
/** Every comments panel drawn, with its options. */
export const commentsPanels: CommentsPanelOptions[] = [];
/** Every Share dialog drawn, with its options (the test calls its source as the dialog would). */
export const sharePanels: ShareOptions[] = [];

function mountEditor(host: HTMLElement, options: EditorOptions): EditorHandle {
  const listeners = new Set<() => void>();
  const record: FakeMounted = { host, options, handle: undefined as unknown as EditorHandle, destroyed: false, crossLinks: [], jumps: [], publicKeys: [], linkRefreshes: 0 };
  const current = () => {
    try {
      return toModel(options.ydoc, options.templates).model;
    } catch (e) {
      if (e instanceof NotAPocDocumentError) return undefined;
      throw e;
    }
  };
  const diagnostics = () => {
    const model = current();
    const template = model && options.templates.find(model.meta.type);
    return model && template ? validate(model, template, { today: options.today?.() ?? '2026-11-24' }) : [];
  };
  const changed = () => {
    const model = current();
    if (model) options.onModel?.(model, diagnostics());
    for (const l of listeners) l();
  };
  const onUpdate = (_u: Uint8Array, _o: unknown, _d: Y.Doc) => changed();
  options.ydoc.on('update', onUpdate);
  const handle: EditorHandle = {
    view: undefined as unknown as EditorHandle['view'],
    ydoc: options.ydoc,
    destroy() {
      record.destroyed = true;
      options.ydoc.off('update', onUpdate);
    },
    undo: () => false,
    redo: () => false,
    jumpTo: (loc) => void record.jumps.push(loc),
    blockAtCursor: () => record.cursorBlock,
    insertBlock: () => false,
    insertCrossLink: (docId, blockId) => void record.crossLinks.push({ docId, blockId }),
    model: () => {
      const m = current();
      if (!m) throw new Error('The document has not loaded yet.');
      return m;
    },
    diagnostics,
    template: () => {
      const m = current();
      return m ? options.templates.find(m.meta.type) : undefined;
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    refreshLinks: () => void record.linkRefreshes++,
    setPublicKey: (key) => void record.publicKeys.push(key),
  };
  record.handle = handle;
  mounted.push(record);
  changed();
  return handle;
}

function panel(host: HTMLElement, text: string) {
  const el = (host as unknown as { createDiv(o: { cls: string; text: string }): HTMLElement }).createDiv({ cls: 'fake-panel', text });
  return { el, refresh() {}, destroy: () => el.remove() };
}

/** The module the plugin imports, with the fakes in place. */
export const fakeEditorModule: Pick<typeof EditorApi, 'mountEditor' | 'renderValidationPanel' | 'renderSignoffPanel' | 'renderCommentsPanel' | 'renderSharePanel'> = {
  mountEditor,
  renderValidationPanel: (host, handle) => panel(host, `problems: ${handle.diagnostics().length}`),
  renderSignoffPanel: (host, opts) => {
    signoffPanels.push(opts);
    return panel(host, `sign-offs for ${opts.template.id}`);
  },
  renderCommentsPanel: (host, opts) => {
    commentsPanels.push(opts);
    return { ...panel(host, `comments as ${opts.me.name}${opts.canComment ? '' : ' (reading only)'}`), startOn() {} };
  },
  renderSharePanel: (host, opts) => {
    sharePanels.push(opts);
    const { el, destroy } = panel(host, `share ${opts.docId} as ${opts.me}`);
    return { el, ready: Promise.resolve(), canShare: () => true, focusFirst() {}, destroy };
  },
};
