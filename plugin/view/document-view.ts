/**
 * The structured view of a POC document: a TextFileView over the Markdown
 * mirror, chosen for notes whose frontmatter has `poc-type` and `poc-id`.
 * It opens the document's session (cache, server), keeps the file in step
 * through the mirror, and mounts the collaborative editor.
 *
 * The file stays the user's: the view never saves through Obsidian's
 * TextFileView save (which would write whatever text the view last held);
 * every write goes through the mirror's `vault.process`, which merges a
 * concurrent change to the file first. A note the view cannot read is shown
 * with its problem and a way back to Markdown; nothing is dropped.
 *
 * The editor is read-only for a person who may only view the document, or
 * when it is archived: the access cached with the document decides at once,
 * the server's answer (asked on every open, and again whenever the server
 * refuses a change made here) remounts the editor if it differs.
 */
import { Notice, TextFileView, type TFile, type WorkspaceLeaf } from 'obsidian';
import type { EditorView } from 'prosemirror-view';
import { isValidDocId } from '../../shared/model/ids.js';
import { formatMarkdownError, type MarkdownError, parseMarkdown, readFrontmatter } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import { completion } from '../../shared/validate/completion.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { type DocumentAccess, isReadOnly, readOnlyLine } from '../../editor/access.js';
import { mountDocument, type MountedDocument } from '../../editor/document-mount.js';
import type { EditorHandle } from '../../editor/editor-contract.js';
import type { DocSession } from '../sync/doc-session.js';
import { basePathOf, checkCopies, renewCopy } from '../vault/copies.js';
import { MirrorSync } from '../vault/mirror.js';
import { documentHost } from './document-host.js';
import type { DocumentViewLike, ViewHost } from './view-host.js';
import { locationOf, subpathAtCursor } from './subpath.js';
import { POC_VIEW_TYPE } from './view-types.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';
import { pluginViewWords } from '../../shared/i18n/messages/plugin-views.js';

const t = uiWords(pluginViewWords);
const panels = uiWords(editorPanelWords);
const commands = uiWords(pluginCommandWords);

/** What the view holds while a document is open. */
interface Opened {
  docId: string;
  session: DocSession;
  mirror: MirrorSync;
  mounted: MountedDocument;
  handle: EditorHandle;
  unsubscribe: Array<() => void>;
}

export class PocDocumentView extends TextFileView implements DocumentViewLike {
  private opened?: Opened;
  private generation = 0;
  private ready: Promise<EditorHandle | undefined> = Promise.resolve(undefined);
  private summaryEl?: HTMLElement;
  private bannerEl?: HTMLElement;
  /** The file problem last announced, so a file saved again with the same problem does not announce it again. */
  private announced?: string;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly workspace: ViewHost,
  ) {
    super(leaf);
  }

  private get services() {
    return this.workspace.services;
  }

  getViewType(): string {
    return POC_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return this.file?.basename ?? t('view.title');
  }

  override getIcon(): string {
    return 'shield-check';
  }

  override canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }

  override onload(): void {
    super.onload();
    this.addAction('file-text', t('view.openMarkdown'), () => void this.workspace.showAsMarkdown(this.leaf));
    this.addAction('message-square', t('view.showComments'), () => void this.workspace.revealPanel('comments'));
    this.addAction('pen-tool', t('view.showSignoffs'), () => void this.workspace.revealPanel('signoff'));
    this.addAction('list-checks', t('view.showProblems'), () => void this.workspace.revealPanel('validation'));
  }

  /** The document id shown, if any. */
  docId(): string | undefined {
    return this.opened?.docId;
  }

  /** The mounted editor, if a document is open. */
  handle(): EditorHandle | undefined {
    return this.opened?.handle;
  }

  /** The mounted document (editor and its panels), if one is open. */
  mounted(): MountedDocument | undefined {
    return this.opened?.mounted;
  }

  /** The open session, if any. */
  session(): DocSession | undefined {
    return this.opened?.session;
  }

  /** Resolves with the editor once the document shown has loaded (undefined if it could not). */
  whenReady(): Promise<EditorHandle | undefined> {
    return this.ready;
  }

  /** Where the user is: the block holding the cursor, as a subpath (kept in history; the Markdown view scrolls to it). */
  override getEphemeralState(): Record<string, unknown> {
    const state = super.getEphemeralState();
    // A stand-in editor (tests) may have no ProseMirror view.
    const view: EditorView | undefined = this.opened?.handle.view;
    const subpath = subpathAtCursor(view?.state);
    return subpath ? { ...state, subpath } : state;
  }

  /** Opened at a place (a link's `#^t-1` or `#heading`, a search match, a line): goes there once the document has loaded. */
  override setEphemeralState(state: unknown): void {
    super.setEphemeralState(state);
    if (!state || typeof state !== 'object') return;
    const ready = this.ready;
    void ready.then((handle) => {
      if (!handle || ready !== this.ready || !handle.template()) return;
      const target = locationOf(state, this.data, handle.model());
      if (target) handle.jumpTo(target);
    });
  }

  // ---------------------------------------------------------------- TextFileView contract

  getViewData(): string {
    return this.opened?.mirror.text() || this.data;
  }

  setViewData(data: string, clear: boolean): void {
    if (!clear && this.opened) {
      // The file changed on disk: merge it block by block.
      this.opened.mirror.external(data);
      return;
    }
    this.data = data;
    this.ready = this.show(data);
  }

  clear(): void {
    void this.close();
  }

  /** Writes go through the mirror only (see module comment); saving just flushes it. */
  override async save(): Promise<void> {
    await this.opened?.mirror.flush();
  }

  override async onUnloadFile(file: TFile): Promise<void> {
    await this.close();
    await super.onUnloadFile(file);
  }

  override async onClose(): Promise<void> {
    await this.close();
  }

  // ---------------------------------------------------------------- showing a document

  private async show(data: string): Promise<EditorHandle | undefined> {
    const generation = ++this.generation;
    await this.close();
    this.generation = generation;
    const file = this.file;
    const el = this.contentEl;
    el.empty();
    el.addClass('poc-view');
    const fm = readFrontmatter(data);
    if (!file || !fm?.type || !fm.id || !isValidDocId(fm.id)) {
      this.showProblem(t('view.notPoc.title'), t('view.notPoc.text'));
      return undefined;
    }
    const services = this.services;
    const docId = fm.id;
    const original = await checkCopies(this.app, file, docId, () => basePathOf(services.sessions, services.cache, docId));
    if (generation !== this.generation) return undefined;
    if (original) return this.showCopy(file, original);
    el.createDiv({ cls: 'poc-view-loading', text: t('view.opening') });
    // Parsed only when needed (no cached state to open from): a large document takes a second to parse.
    let parsed: ReturnType<typeof parseMarkdown> | undefined;
    const parse = () => (parsed ??= parseMarkdown(data, services.templates(), file.path, services.files.linkOptions()));
    const session = await services.sessions.acquire(docId, () => {
      const r = parse();
      return r.ok ? r.model : undefined;
    });
    if (generation !== this.generation) {
      await services.sessions.release(docId);
      return undefined;
    }
    el.empty();
    if (session.isEmpty()) {
      await services.sessions.release(docId);
      const read = parse();
      const why = read.ok ? t('view.cannotOpen.noContent') : t('view.cannotOpen.unreadable', { problem: formatMarkdownError(read.error) });
      this.showProblem(t('view.cannotOpen.title'), why);
      return undefined;
    }
    this.bannerEl = el.createDiv({ cls: 'poc-view-banner poc-hidden' });
    this.summaryEl = el.createDiv({ cls: 'poc-view-summary' });
    const hostEl = el.createDiv({ cls: 'poc-editor-host' });
    const mirror = new MirrorSync(this.app, session, file, {
      templates: () => services.templates(),
      linkOptions: () => services.files.linkOptions(),
      onConflict: (report, theirs) => void services.keepConflict(file, report, theirs),
      onProblem: (error) => this.showFileProblem(error),
      onNotes: (notes) => new Notice(t('view.repaired', { name: file.basename, notes: notes.map((n) => t('view.repairNote', { block: n.location.block ?? '', message: n.message })).join('\n') }), 15000),
      onText: (text) => {
        this.data = text;
      },
    });
    mirror.open(data);
    const workspace = this.workspace;
    const mountFor = (access: DocumentAccess | undefined) => {
      const host = documentHost(workspace, session, docId, {
        onModel: (model, diagnostics) => this.modelChanged(model, diagnostics),
        title: () => this.getDisplayText(),
        ...(access ? { access } : {}),
      });
      return mountDocument(host, { editor: hostEl }, workspace.editor);
    };
    const mounted = mountFor(session.meta.access);
    const handle = mounted.handle;
    const onOpenLink = (evt: Event) => {
      const detail = (evt as CustomEvent<{ docId?: string; blockId?: string }>).detail;
      if (detail?.docId) void workspace.openDocument(detail.docId, detail.blockId);
    };
    hostEl.addEventListener('poc-open-link', onOpenLink);
    let refused = !!session.current().refused;
    const stopStatus = session.onStatus((s) => {
      // A refusal may mean the access changed while open: ask again, and lock the editor if it did.
      if (s.refused && !refused) void this.learnAccess(docId, mountFor);
      refused = !!s.refused;
    });
    this.opened = {
      docId,
      session,
      mirror,
      mounted,
      handle,
      unsubscribe: [() => hostEl.removeEventListener('poc-open-link', onOpenLink), stopStatus],
    };
    void this.learnAccess(docId, mountFor);
    void workspace.links.refresh().then(() => handle.refreshLinks());
    workspace.documentChanged(this);
    return handle;
  }

  /**
   * Asks the server for the person's access to the open document, keeps it with the document (for opening
   * offline) and, when it changes whether or why the editor is read-only, mounts the editor again.
   */
  private async learnAccess(docId: string, mountFor: (access: DocumentAccess | undefined) => MountedDocument): Promise<void> {
    const server = this.services.server();
    const opened = this.opened;
    if (!server || !opened) return;
    const r = await server.access(docId);
    if (!r.ok || this.opened !== opened) return;
    const before = opened.session.meta.access;
    opened.session.remember({ access: r.value });
    if (isReadOnly(before) === isReadOnly(r.value) && readOnlyLine(before) === readOnlyLine(r.value)) return;
    opened.mounted.destroy();
    opened.mounted = mountFor(r.value);
    opened.handle = opened.mounted.handle;
    this.workspace.documentChanged(this);
  }

  /** Releases the editor, the mirror and the session; shows nothing. */
  private async close(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    this.opened = undefined;
    this.generation++;
    for (const u of opened.unsubscribe) u();
    opened.mounted.destroy();
    await opened.mirror.flush();
    opened.mirror.dispose();
    this.workspace.setLiveModel(opened.docId, undefined);
    await this.services.sessions.release(opened.docId);
    this.contentEl.empty();
    this.workspace.documentChanged(this);
  }

  private modelChanged(model: DocModel, diagnostics: Diagnostic[]): void {
    this.workspace.setLiveModel(model.meta.id, model);
    const el = this.summaryEl;
    if (!el) return;
    const template = this.services.templates().find(model.meta.type);
    const done = template ? completion(model, template) : undefined;
    const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    el.empty();
    if (done) el.createSpan({ cls: 'poc-summary-completion', text: panels('problems.completion', { filled: done.filled, required: done.required }) });
    el.createSpan({ cls: `poc-summary-count mod-error${errors ? '' : ' is-zero'}`, text: panels('count.errors', { count: errors }) });
    el.createSpan({ cls: `poc-summary-count mod-warning${warnings ? '' : ' is-zero'}`, text: panels('count.warnings', { count: warnings }) });
  }

  private showFileProblem(error: MarkdownError | undefined): void {
    const el = this.bannerEl;
    if (!el) return;
    el.empty();
    el.toggleClass('poc-hidden', !error);
    if (!error) {
      this.announced = undefined;
      return;
    }
    el.createDiv({
      text: t('view.fileProblem', { problem: formatMarkdownError(error) }),
    });
    const button = el.createEl('button', { text: t('view.openMarkdown') });
    button.addEventListener('click', () => void this.workspace.showAsMarkdown(this.leaf));
    const text = formatMarkdownError(error);
    const name = this.file?.basename;
    if (text !== this.announced) new Notice(name ? t('view.fileProblemNotice', { name, problem: text }) : t('view.fileProblemNoticeUnnamed', { problem: text }));
    this.announced = text;
  }

  /** Shows a note that is a copy of the document's file (see plugin/vault/copies.ts): nothing of it is merged, nothing opened. */
  private showCopy(file: TFile, original: TFile): undefined {
    const box = this.contentEl.createDiv({ cls: 'poc-view-problem poc-view-copy' });
    box.createDiv({ cls: 'poc-view-problem-title', text: t('view.copy.title', { name: original.basename }) });
    box.createDiv({ text: t('view.copy.text', { path: original.path }) });
    const services = this.services;
    box.createEl('button', { text: commands('command.renewCopy') }).addEventListener('click', () => {
      void renewCopy(this.app, file, { basePath: (id) => basePathOf(services.sessions, services.cache, id), newDocument: (f, text, type) => services.documentFromCopy(f, text, type) });
    });
    box.createEl('button', { text: t('view.copy.openOriginal', { name: original.basename }) }).addEventListener('click', () => void this.workspace.openFile(original));
    box.createEl('button', { text: t('view.openMarkdown') }).addEventListener('click', () => void this.workspace.showAsMarkdown(this.leaf));
    return undefined;
  }

  private showProblem(title: string, text: string): void {
    const box = this.contentEl.createDiv({ cls: 'poc-view-problem' });
    box.createDiv({ cls: 'poc-view-problem-title', text: title });
    box.createDiv({ text });
    const button = box.createEl('button', { text: t('view.openMarkdown') });
    button.addEventListener('click', () => void this.workspace.showAsMarkdown(this.leaf));
  }
}
