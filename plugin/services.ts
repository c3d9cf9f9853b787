/**
 * What the plugin's views, panels and commands share: settings, templates,
 * the open sessions and their cache, the server client, the vault's POC
 * files and cross-link index, and the few actions several of them perform
 * (open a document, create one, keep a conflicting edit). Built by the
 * plugin on load and torn down on unload.
 */
import { type App, debounce, Events, Notice, type PluginManifest, TFile, type WorkspaceLeaf } from 'obsidian';
import * as Y from 'yjs';
import { newDocumentId } from '../shared/model/ids.js';
import type { DocModel } from '../shared/model/types.js';
import { toMarkdown } from '../shared/markdown/index.js';
import type { DocType } from '../shared/template/schema.js';
import { TemplateSet } from '../shared/template/set.js';
import { createDocument, toModel } from '../shared/ydoc/layout.js';
import type { MergeReport } from '../shared/ydoc/merge.js';
import { DEFAULT_MISSION_TIME_ZONE, missionToday } from '../shared/time/mission-day.js';
import type * as EditorApi from '../editor/index.js';
import type { EditorHandle, SignoffPanelOptions } from '../editor/index.js';
import { SignoffModal } from './commands/modals.js';
import type { PocSettings } from './settings.js';
import { DocCache } from './sync/cache.js';
import { IdentityLookup, type ServerIdentity } from './identity.js';
import { endpointsOf, ServerClient, type SignoffRequest } from './sync/server.js';
import type { SessionConfig } from './sync/session.js';
import { SessionRegistry } from './sync/sessions.js';
import { saveConflictCopy } from './vault/conflict.js';
import { VaultLinks } from './vault/links.js';
import { PocFiles } from './vault/poc-files.js';
import { loadTemplates } from './vault/templates.js';
import { PocDocumentView } from './view/document-view.js';
import { MarkdownChoices } from './view/markdown-choice.js';
import { POC_VIEW_TYPE, SIGNOFF_VIEW_TYPE, VALIDATION_VIEW_TYPE } from './view/view-types.js';

/** The editor functions the plugin uses (editor/index.ts); injected so tests can stand in for them. */
export type EditorModule = Pick<typeof EditorApi, 'mountEditor' | 'renderValidationPanel' | 'renderSignoffPanel'>;

/** What the services need from the plugin. */
export interface PluginHost {
  app: App;
  manifest: PluginManifest;
  settings: PocSettings;
  /** Notes the user chose to see as Markdown, as stored in the plugin's data. */
  markdownNotes?: string[];
  /** Saves the plugin's data (settings and remembered choices). */
  saveState?(): Promise<void>;
}

/** Platform hooks, replaceable in tests. */
export interface ServiceOptions {
  /** A WebSocket implementation where the platform has none. */
  WebSocketImpl?: typeof WebSocket;
  /** Copies text to the clipboard. */
  copy?: (text: string) => Promise<void>;
  /** The current time. */
  now?: () => Date;
  /** How long a first open waits for the server before starting from the file. */
  firstSyncTimeoutMs?: number;
  /** How long to wait for the server to say who the user is and which key it signs with. */
  identityTimeoutMs?: number;
}

export type { ServerIdentity } from './identity.js';

/** Names of the events `PocServices.events` fires. */
export const SERVICE_EVENTS = {
  /** The document the panels follow changed (argument: the view, or undefined). */
  activeDocument: 'active-document',
  /** The server answered who the user is or its key (argument: the ServerIdentity). */
  identity: 'identity',
} as const;

export class PocServices {
  readonly events = new Events();
  readonly files: PocFiles;
  readonly cache: DocCache;
  readonly sessions: SessionRegistry;
  readonly links: VaultLinks;
  /** Files the user chose to see as plain Markdown (until they switch back), kept in the plugin's data. */
  readonly preferMarkdown: MarkdownChoices;
  private templateSet = TemplateSet.builtin();
  private templatesFolder = '';
  private lastDocumentLeaf: WorkspaceLeaf | null = null;
  private readonly identity = new IdentityLookup(
    () => this.server(),
    (found) => this.events.trigger(SERVICE_EVENTS.identity, found),
    () => this.options.identityTimeoutMs ?? 10_000,
  );

  constructor(
    readonly host: PluginHost,
    readonly editor: EditorModule,
    private readonly options: ServiceOptions = {},
  ) {
    const app = host.app;
    this.files = new PocFiles(app);
    this.preferMarkdown = new MarkdownChoices(host.markdownNotes ?? [], () => host.saveState?.() ?? Promise.resolve());
    const dir = host.manifest.dir ?? `${app.vault.configDir}/plugins/${host.manifest.id}`;
    this.cache = new DocCache(app.vault.adapter, `${dir}/cache`);
    this.sessions = new SessionRegistry(
      this.cache,
      () => this.templateSet,
      () => this.sessionConfig(),
      (docId) => ({ onReconciled: (report, local) => void this.reconciled(docId, report, local) }),
    );
    this.links = new VaultLinks(app, this.files, () => this.templateSet, () => this.liveModels);
    // A lookup that failed (offline at start, server down) is tried again when a connection to the server comes up.
    this.sessions.onOpened((session) => {
      const retry = (status: { connection: string }) => {
        if (status.connection === 'connected' && !this.identity.isComplete()) void this.serverIdentity();
      };
      retry(session.current());
      session.onStatus(retry);
    });
  }

  /** Models of open documents, refreshed by their views. */
  private liveModels: DocModel[] = [];

  get app(): App {
    return this.host.app;
  }

  settings(): PocSettings {
    return this.host.settings;
  }

  templates(): TemplateSet {
    return this.templateSet;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  today(): string {
    return missionToday(DEFAULT_MISSION_TIME_ZONE, this.now());
  }

  /** The name and colour others see. */
  user(): { name: string; color: string } {
    const s = this.settings();
    return { name: s.displayName || 'Unnamed colleague', color: s.color };
  }

  /** The server client, or undefined when working locally (no server, or offline mode). */
  server(): ServerClient | undefined {
    const s = this.settings();
    if (s.localOnly || !s.serverUrl) return undefined;
    const endpoints = endpointsOf(s.serverUrl);
    return endpoints ? new ServerClient(endpoints, s.token) : undefined;
  }

  sessionConfig(): SessionConfig {
    const server = this.server();
    return {
      ...(server ? { server: { endpoints: server.endpoints, token: this.settings().token } } : {}),
      user: this.user(),
      firstSyncTimeoutMs: this.options.firstSyncTimeoutMs ?? 4000,
      ...(this.options.WebSocketImpl ? { WebSocketImpl: this.options.WebSocketImpl } : {}),
    };
  }

  /** Who the server says the user is and its signing key (see IdentityLookup: kept only when complete, announced as SERVICE_EVENTS.identity). */
  serverIdentity(): Promise<ServerIdentity> {
    return this.identity.get();
  }

  /** What the server last answered, without asking it (empty until it has). */
  knownIdentity(): ServerIdentity {
    return this.identity.known();
  }

  /** Why the last lookup of the user and the server key fell short, if it did. */
  identityProblem(): string | undefined {
    return this.identity.problem();
  }

  /** Loads the templates (built-in, or the settings' folder); tells the user what is wrong with a tailored one. */
  async reloadTemplates(): Promise<void> {
    this.templatesFolder = this.settings().templatesFolder;
    const { set, problems } = await loadTemplates(this.app, this.templatesFolder);
    this.templateSet = set;
    if (problems.length) new Notice(`POC Workspace: the tailored templates could not all be used.\n${problems.slice(0, 5).join('\n')}`, 15000);
  }

  private readonly reloadTemplatesSoon = debounce(() => void this.reloadTemplates(), 500, true);

  /** Open documents whose links may have changed since their views last re-read them (undefined: any of them). */
  private linkChanges = new Set<string | undefined>();
  private disposed = false;
  private readonly refreshLinksSoon = debounce(() => void this.refreshOpenLinks(), 500, true);

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

  /** Notes a change to a vault file: the link index is stale, and tailored templates reload when one of them changed. */
  fileChanged(path: string): void {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (path.endsWith('.md')) this.linksChanged(file instanceof TFile ? this.files.info(file)?.docId : undefined);
    else this.links.invalidate();
    const dir = this.templatesFolder.trim().replace(/^\/+|\/+$/g, '');
    if (dir && path.startsWith(`${dir}/`) && /\.ya?ml$/.test(path)) this.reloadTemplatesSoon();
  }

  /** Applies changed settings: reconnects sessions, reloads templates if their folder changed. */
  async settingsChanged(): Promise<void> {
    this.identity.reset();
    if (this.settings().templatesFolder !== this.templatesFolder) await this.reloadTemplates();
    await this.sessions.reconfigure();
  }

  // ---------------------------------------------------------------- the active document

  /** Remembers the last leaf that showed a POC document, for the side panels. */
  noteActiveLeaf(leaf: WorkspaceLeaf | null): void {
    if (leaf?.view instanceof PocDocumentView) {
      if (this.lastDocumentLeaf !== leaf) {
        this.lastDocumentLeaf = leaf;
        this.events.trigger(SERVICE_EVENTS.activeDocument, leaf.view);
      }
    } else if (this.lastDocumentLeaf && !(this.lastDocumentLeaf.view instanceof PocDocumentView)) {
      this.lastDocumentLeaf = null;
      this.events.trigger(SERVICE_EVENTS.activeDocument, undefined);
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
  documentChanged(view: PocDocumentView): void {
    if (this.activeDocument() === view) this.events.trigger(SERVICE_EVENTS.activeDocument, view);
  }

  /** Keeps the live models the cross-link index uses. */
  setLiveModel(docId: string, model: DocModel | undefined): void {
    this.liveModels = this.liveModels.filter((m) => m.meta.id !== docId);
    if (model) this.liveModels.push(model);
    this.linksChanged(docId);
  }

  // ---------------------------------------------------------------- opening and creating

  /** Opens a file in the structured view (in a new tab when asked). */
  async openFile(file: TFile, newLeaf = false): Promise<PocDocumentView | undefined> {
    this.preferMarkdown.delete(file.path);
    const leaf = this.app.workspace.getLeaf(newLeaf);
    await leaf.setViewState({ type: POC_VIEW_TYPE, state: { file: file.path }, active: true });
    this.app.workspace.setActiveLeaf(leaf, { focus: true });
    return leaf.view instanceof PocDocumentView ? leaf.view : undefined;
  }

  /** Opens a document by id: its file in the vault, else downloaded from the server into a new file. Shows a notice when neither works. */
  async openDocument(docId: string, blockId?: string): Promise<void> {
    let file = this.files.fileOf(docId);
    if (!file) {
      if (!this.server()) {
        new Notice(`There is no POC document "${docId}" in this vault, and no server is configured to fetch it from.`);
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
    const notice = new Notice(`Fetching "${docId}" from the server…`, 0);
    const session = await this.sessions.acquire(docId);
    try {
      const current = session.model();
      if (!current) {
        notice.setMessage(
          session.current().connection === 'denied'
            ? `The server refused access to "${docId}": ${session.current().message ?? 'no reason given'}.`
            : `Could not fetch "${docId}": the server is unreachable, or it has no such document that you may read.`,
        );
        window.setTimeout(() => notice.hide(), 8000);
        return undefined;
      }
      const template = this.templateSet.get(current.model.meta.type);
      const text = toMarkdown(current.model, template, this.files.linkOptions());
      const folder = this.app.fileManager.getNewFileParent(this.app.workspace.getActiveFile()?.path ?? '').path;
      const file = await this.app.vault.create(this.files.freePath(folder, current.model.meta.title || docId), text);
      session.remember({ mirror: text });
      notice.hide();
      return file;
    } finally {
      await this.sessions.release(docId);
    }
  }

  /**
   * Creates a new document of a type from its template, with a new id, as a
   * Markdown file (and its cached state, so it opens at once, offline too).
   */
  async createDocument(type: DocType, title: string): Promise<TFile> {
    const template = this.templateSet.get(type);
    const today = this.today();
    const id = newDocumentId(type, today);
    const ydoc = createDocument(template, { id, title, created: today });
    const cadence = template.fields.find((f) => f.name === 'reviewCadence');
    const wanted = this.settings().defaultReviewCadence;
    if (cadence?.values?.some((v) => v.value === wanted)) ydoc.getMap('fields').set('reviewCadence', wanted);
    const { model } = toModel(ydoc, this.templateSet);
    const text = toMarkdown(model, template, this.files.linkOptions());
    await this.cache.save(id, Y.encodeStateAsUpdate(ydoc), { docId: id, mirror: text, unsynced: 1, provisional: false });
    ydoc.destroy();
    const folder = this.app.fileManager.getNewFileParent(this.app.workspace.getActiveFile()?.path ?? '').path;
    return this.app.vault.create(this.files.freePath(folder, title), text);
  }

  /** Shows a leaf's file as plain Markdown, and keeps it so until the user switches back. */
  async showAsMarkdown(leaf: WorkspaceLeaf): Promise<void> {
    const path = (leaf.view.getState() as { file?: unknown }).file;
    if (typeof path !== 'string') return;
    this.preferMarkdown.add(path);
    // The block the cursor is in comes along (`#^t-1`), so the Markdown view opens where the user was.
    const place: unknown = leaf.getEphemeralState();
    await leaf.setViewState({ type: 'markdown', state: { file: path }, active: true }, place);
  }

  /** Shows a leaf's file in the structured view, at the place the leaf was opened at (a link's `#^t-1`, a search match). */
  async showStructured(leaf: WorkspaceLeaf): Promise<void> {
    const path = (leaf.view.getState() as { file?: unknown }).file;
    if (typeof path !== 'string') return;
    this.preferMarkdown.delete(path);
    const place: unknown = leaf.getEphemeralState();
    await leaf.setViewState({ type: POC_VIEW_TYPE, state: { file: path }, active: true }, place);
  }

  /** Opens (or brings forward) the problems or sign-off panel in the right sidebar. */
  async revealPanel(kind: 'validation' | 'signoff'): Promise<void> {
    const type = kind === 'validation' ? VALIDATION_VIEW_TYPE : SIGNOFF_VIEW_TYPE;
    let leaf = this.app.workspace.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = this.app.workspace.getRightLeaf(false) ?? this.app.workspace.getLeaf(true);
      await leaf.setViewState({ type, active: true });
    }
    await this.app.workspace.revealLeaf(leaf);
  }

  /** Signs off a document on the server as one of the user's offices; says so on success, returns the failure otherwise. */
  async signOff(docId: string, request: SignoffRequest): Promise<{ ok: true } | { ok: false; message: string }> {
    const server = this.server();
    if (!server) return { ok: false, message: 'Signing off needs the sync server: set its address and your token in the plugin settings, and turn off offline mode.' };
    const result = await server.signOff(docId, request);
    if (result.ok) {
      new Notice(`Signed off as ${request.role}: ${request.decision === 'approved' ? 'approved' : 'not approved'}. The server's signed record now shows in the sign-off panel.`);
      return { ok: true };
    }
    const errors = result.diagnostics?.filter((d) => d.severity === 'error').length ?? 0;
    return { ok: false, message: `${result.message}${errors ? ` ${errors} problem${errors === 1 ? '' : 's'} must be fixed first; see the problems panel.` : ''}` };
  }

  /** What the sign-off panel needs for a document: its template, the server key, the user's offices and the server actions. */
  async signoffPanelOptions(view: PocDocumentView, handle: EditorHandle): Promise<SignoffPanelOptions | undefined> {
    const template = handle.template();
    const docId = view.docId();
    if (!template || !docId) return undefined;
    const { me, publicKey } = await this.serverIdentity();
    const server = this.server();
    return {
      handle,
      template,
      offices: me?.offices ?? [],
      ...(publicKey ? { publicKey } : {}),
      onSignOff: (role) =>
        new Promise<void>((resolve, reject) => {
          const label = template.signoffs.find((r) => r.role === role)?.label ?? role;
          const modal = new SignoffModal(
            this.app,
            handle.model().meta.title || view.getDisplayText(),
            [{ role, label }],
            (request) => void this.signOff(docId, request).then((r) => (r.ok ? resolve() : reject(new Error(r.message)))),
            // Closed without signing: nothing happened, and the panel's button must not stay on "Signing…".
            () => resolve(),
          );
          modal.open();
        }),
      ...(server
        ? {
            fetchSnapshotModel: async (signoffId: string) => {
              const r = await server.signedVersion(docId, signoffId);
              if (!r.ok) throw new Error(r.message);
              return r.value;
            },
          }
        : {}),
    };
  }

  /** Keeps the file's side of a conflict in a copy next to it and tells the user. */
  async keepConflict(file: TFile, report: MergeReport, theirs: string): Promise<void> {
    try {
      const copy = await saveConflictCopy(this.app, file, theirs, report, this.now());
      new Notice(`Your edit to "${file.basename}" overlapped with changes made by others. Their version was kept in the document; your version is saved in "${copy.basename}".`, 15000);
    } catch (e) {
      console.error('POC Workspace: could not save the conflicting edit', e);
      new Notice(`Your edit to "${file.basename}" overlapped with changes made by others, and the copy of your version could not be saved. Undo in the Markdown view to recover it.`, 0);
    }
  }

  /** A document first started offline has met the server's copy: say so, and keep what conflicted. */
  private async reconciled(docId: string, report: MergeReport, local: DocModel): Promise<void> {
    const file = this.files.fileOf(docId);
    const name = file?.basename ?? local.meta.title ?? docId;
    if (!report.conflicts.length) {
      new Notice(`"${name}" is now in step with the server; the changes you made offline were merged into it.`);
      return;
    }
    const template = this.templateSet.find(local.meta.type);
    if (file && template) await this.keepConflict(file, report, toMarkdown(local, template, this.files.linkOptions()));
  }

  /** Copies text to the clipboard. */
  async copy(text: string): Promise<void> {
    await (this.options.copy ?? ((t: string) => navigator.clipboard.writeText(t)))(text);
  }

  /** Closes every session (on unload). */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.reloadTemplatesSoon.cancel();
    this.refreshLinksSoon.cancel();
    await this.sessions.closeAll();
  }

  /** Whether a file is a POC document, by its cached frontmatter. */
  isPocFile(file: unknown): file is TFile {
    return file instanceof TFile && this.files.info(file) !== undefined;
  }
}
