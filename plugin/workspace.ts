/**
 * The open POC documents and their views: which one the user works in (the
 * side panels follow it), opening a document by file or by id (downloading
 * it when the vault lacks it), switching a note between the structured view
 * and Markdown, revealing the panels, the cross-link index with the open
 * documents' live content, and signing off from a panel. It sits above
 * plugin/view/ and hands the views itself as their ViewHost.
 */
import { type App, debounce, Notice, TFile, type WorkspaceLeaf } from 'obsidian';
import type { EditorParts, SignoffAsk } from '../editor/index.js';
import type { DocModel } from '../shared/model/types.js';
import { toMarkdown } from '../shared/markdown/index.js';
import { signOffOnServer } from './commands/signing-off.js';
import { type PocServices, SERVICE_EVENTS } from './services.js';
import { VaultLinks } from './vault/link-index.js';
import { PocDocumentView } from './view/document-view.js';
import type { DocumentViewLike, ViewHost } from './view/view-host.js';
import { COMMENTS_VIEW_TYPE, POC_VIEW_TYPE, SIGNOFF_VIEW_TYPE, VALIDATION_VIEW_TYPE } from './view/view-types.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { pluginViewWords } from '../shared/i18n/messages/plugin-views.js';

const t = uiWords(pluginViewWords);

/** The open documents and their views; built by the plugin after the services, and handed to the views as their host. */
export class PocWorkspace implements ViewHost {
  readonly links: VaultLinks;
  private lastDocumentLeaf: WorkspaceLeaf | null = null;
  /** Models of open documents, refreshed by their views. */
  private liveModels: DocModel[] = [];
  /** Open documents whose links may have changed since their views last re-read them (undefined: any of them). */
  private linkChanges = new Set<string | undefined>();
  private disposed = false;
  private readonly refreshLinksSoon = debounce(() => void this.refreshOpenLinks(), 500, true);

  constructor(
    readonly services: PocServices,
    readonly editor: EditorParts,
  ) {
    this.links = new VaultLinks(services.app, services.files, () => services.templates(), () => this.liveModels);
  }

  get app(): App {
    return this.services.app;
  }

  // ---------------------------------------------------------------- cross-links

  /** The link index is stale because of a change to a document (or to any file, when undefined): refresh the open views soon. */
  private linksChanged(source: string | undefined): void {
    this.links.invalidate();
    this.linkChanges.add(source);
    this.refreshLinksSoon();
  }

  /** Rebuilds the link index and has each open document re-read its link titles and backlinks, unless only its own content changed. */
  async refreshOpenLinks(): Promise<void> {
    const changed = this.linkChanges;
    this.linkChanges = new Set();
    if (!changed.size || this.disposed) return;
    await this.links.refresh();
    if (this.disposed) return;
    for (const leaf of this.app.workspace.getLeavesOfType(POC_VIEW_TYPE)) {
      const view = leaf.view;
      if (!(view instanceof PocDocumentView)) continue;
      const id = view.docId();
      if ([...changed].some((source) => source !== id)) view.handle()?.refreshLinks();
    }
  }

  /** Notes a change to a vault file: the link index is stale, and the services reload tailored templates when one of them changed. */
  fileChanged(path: string): void {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (path.endsWith('.md')) this.linksChanged(file instanceof TFile ? this.services.files.info(file)?.docId : undefined);
    else this.links.invalidate();
    this.services.fileChanged(path);
  }

  /** Keeps the live models the cross-link index uses. */
  setLiveModel(docId: string, model: DocModel | undefined): void {
    this.liveModels = this.liveModels.filter((m) => m.meta.id !== docId);
    if (model) this.liveModels.push(model);
    this.linksChanged(docId);
  }

  // ---------------------------------------------------------------- the active document

  /** Remembers the last leaf that showed a POC document, for the side panels. */
  noteActiveLeaf(leaf: WorkspaceLeaf | null): void {
    const events = this.services.events;
    if (leaf?.view instanceof PocDocumentView) {
      if (this.lastDocumentLeaf !== leaf) {
        this.lastDocumentLeaf = leaf;
        events.trigger(SERVICE_EVENTS.activeDocument, leaf.view);
      }
    } else if (this.lastDocumentLeaf && !(this.lastDocumentLeaf.view instanceof PocDocumentView)) {
      this.lastDocumentLeaf = null;
      events.trigger(SERVICE_EVENTS.activeDocument, undefined);
    }
  }

  /** The POC document the user works in: the active one, else the one they last worked in. */
  activeDocument(): PocDocumentView | undefined {
    const active = this.app.workspace.getActiveViewOfType(PocDocumentView);
    if (active) return active;
    const view = this.lastDocumentLeaf?.view;
    return view instanceof PocDocumentView ? view : undefined;
  }

  /** Tells the panels that a document view changed what it shows (opened, loaded, closed). */
  documentChanged(view: DocumentViewLike): void {
    if (this.activeDocument() === view) this.services.events.trigger(SERVICE_EVENTS.activeDocument, view);
  }

  // ---------------------------------------------------------------- opening and switching

  /** Opens a file in the structured view (in a new tab when asked). */
  async openFile(file: TFile, newLeaf = false): Promise<PocDocumentView | undefined> {
    this.services.preferMarkdown.delete(file.path);
    const leaf = this.app.workspace.getLeaf(newLeaf);
    await leaf.setViewState({ type: POC_VIEW_TYPE, state: { file: file.path }, active: true });
    this.app.workspace.setActiveLeaf(leaf, { focus: true });
    return leaf.view instanceof PocDocumentView ? leaf.view : undefined;
  }

  /** Opens a document by id: its file in the vault, else downloaded from the server into a new file. Shows a notice when neither works. */
  async openDocument(docId: string, blockId?: string): Promise<void> {
    let file = this.services.files.fileOf(docId);
    if (!file) {
      if (!this.services.server()) {
        new Notice(t('open.notInVault', { id: docId }));
        return;
      }
      file = await this.download(docId);
      if (!file) return;
    }
    const view = await this.openFile(file);
    if (view && blockId) await view.whenReady().then((h) => h?.jumpTo({ block: blockId }));
  }

  /** Fetches a document from the server into a new Markdown file; undefined (after a notice) when it cannot. */
  async download(docId: string): Promise<TFile | undefined> {
    const { sessions, files } = this.services;
    const notice = new Notice(t('open.fetching', { id: docId }), 0);
    const session = await sessions.acquire(docId);
    try {
      const current = session.model();
      if (!current) {
        notice.setMessage(
          session.current().connection === 'denied'
            ? t('open.refused', { id: docId, reason: session.current().message ?? t('status.noReason') })
            : t('open.unreachable', { id: docId }),
        );
        window.setTimeout(() => notice.hide(), 8000);
        return undefined;
      }
      const template = this.services.templates().get(current.model.meta.type);
      const text = toMarkdown(current.model, template, files.mirrorOptions());
      const folder = this.app.fileManager.getNewFileParent(this.app.workspace.getActiveFile()?.path ?? '').path;
      const file = await this.app.vault.create(files.freePath(folder, current.model.meta.title || docId), text);
      session.remember({ mirror: text });
      notice.hide();
      return file;
    } finally {
      await sessions.release(docId);
    }
  }

  /** Shows a leaf's file as plain Markdown, and keeps it so until the user switches back. */
  async showAsMarkdown(leaf: WorkspaceLeaf): Promise<void> {
    const path = (leaf.view.getState() as { file?: unknown }).file;
    if (typeof path !== 'string') return;
    this.services.preferMarkdown.add(path);
    // The block the cursor is in comes along (`#^t-1`), so the Markdown view opens where the user was.
    const place: unknown = leaf.getEphemeralState();
    await leaf.setViewState({ type: 'markdown', state: { file: path }, active: true }, place);
  }

  /** Shows a leaf's file in the structured view, at the place the leaf was opened at (a link's `#^t-1`, a search match). */
  async showStructured(leaf: WorkspaceLeaf): Promise<void> {
    const path = (leaf.view.getState() as { file?: unknown }).file;
    if (typeof path !== 'string') return;
    this.services.preferMarkdown.delete(path);
    const place: unknown = leaf.getEphemeralState();
    await leaf.setViewState({ type: POC_VIEW_TYPE, state: { file: path }, active: true }, place);
  }

  /** Opens (or brings forward) the problems, sign-off or comments panel in the right sidebar. */
  async revealPanel(kind: 'validation' | 'signoff' | 'comments'): Promise<void> {
    const type = { validation: VALIDATION_VIEW_TYPE, signoff: SIGNOFF_VIEW_TYPE, comments: COMMENTS_VIEW_TYPE }[kind];
    let leaf = this.app.workspace.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = this.app.workspace.getRightLeaf(false) ?? this.app.workspace.getLeaf(true);
      await leaf.setViewState({ type, active: true });
    }
    await this.app.workspace.revealLeaf(leaf);
  }

  /** Sends a sign-off the person confirmed in the editor's confirmation to the server (commands/signing-off.ts); no second form. */
  async sendSignOff(docId: string, ask: SignoffAsk): Promise<void> {
    const r = await signOffOnServer(this.services, docId, { role: ask.role, decision: ask.decision, comment: ask.comment, contentHash: ask.contentHash }, () => ask.changedMessage());
    if (!r.ok) throw new Error(r.message);
  }

  /** Stops refreshing the open documents' links (on unload). */
  dispose(): void {
    this.disposed = true;
    this.refreshLinksSoon.cancel();
  }
}
