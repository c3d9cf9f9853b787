/**
 * What the plugin's workspace, views, panels and commands share: settings,
 * templates, the open sessions and their cache, the server client and who
 * it says the user is, the vault's POC files, and the few actions on those
 * stores (create a document, keep a conflicting edit). Built by the plugin
 * on load and torn down on unload; it imports nothing of the views or
 * commands above it (the open documents are plugin/workspace.ts's).
 */
import { type App, debounce, Events, Notice, type PluginManifest, TFile } from 'obsidian';
import * as Y from 'yjs';
import { base64 } from '@scure/base';
import { endpointsOf, sendsTokenInClear } from '../shared/api/server-address.js';
import { newDocumentId } from '../shared/model/ids.js';
import type { DocModel } from '../shared/model/types.js';
import { parseMarkdown, toMarkdown } from '../shared/markdown/index.js';
import type { DocType } from '../shared/template/template-schema.js';
import { TemplateSet } from '../shared/template/set.js';
import { missionToday, missionZone } from '../shared/time/mission-day.js';
import { createDocument, toModel, writeModel } from '../shared/ydoc/layout.js';
import type { MergeReport } from '../shared/ydoc/merge.js';
import type { PocSettings } from './settings.js';
import { DocCache } from './sync/cache.js';
import { IdentityLookup, type ServerIdentity } from './identity-lookup.js';
import { ServerClient } from './sync/server-client.js';
import type { SessionConfig } from './sync/doc-session.js';
import { SessionRegistry } from './sync/sessions.js';
import { saveConflictCopy } from './vault/conflict.js';
import { withNewId } from './vault/copies.js';
import { PocFiles } from './vault/poc-files.js';
import { loadTemplates, templatesNoticeTitle } from './vault/template-folder.js';
import { MarkdownChoices } from './markdown-choices.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { pluginServerWords } from '../shared/i18n/messages/plugin-server.js';
import { pluginVaultWords } from '../shared/i18n/messages/plugin-vault.js';

const t = uiWords(pluginVaultWords);
const serverWords = uiWords(pluginServerWords);

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

export type { ServerIdentity } from './identity-lookup.js';

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
  /** Files the user chose to see as plain Markdown (until they switch back), kept in the plugin's data. */
  readonly preferMarkdown: MarkdownChoices;
  private templateSet = TemplateSet.builtin();
  private templatesFolder = '';
  private readonly identity = new IdentityLookup(
    () => this.server(),
    (found) => this.events.trigger(SERVICE_EVENTS.identity, found),
    () => this.options.identityTimeoutMs ?? 10_000,
  );

  constructor(
    readonly host: PluginHost,
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
    // A lookup that failed (offline at start, server down) is tried again when a connection to the server comes up.
    this.sessions.onOpened((session) => {
      const retry = (status: { connection: string }) => {
        if (status.connection === 'connected' && !this.identity.isComplete()) void this.serverIdentity();
      };
      retry(session.current());
      session.onStatus(retry);
    });
  }

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

  /** Today as YYYY-MM-DD in the mission's time zone: the server's once it has said (GET /api/me) and this device knows it, else the device's own (see missionZone). */
  today(): string {
    return missionToday(missionZone(this.identity.known().me?.timeZone), this.now());
  }

  /** The name and colour others see. */
  user(): { name: string; color: string } {
    const s = this.settings();
    return { name: s.displayName || t('user.unnamed'), color: s.color };
  }

  /** The server client, or undefined when working locally (no server, or offline mode). */
  server(): ServerClient | undefined {
    const s = this.settings();
    if (s.localOnly || !s.serverUrl) return undefined;
    const endpoints = endpointsOf(s.serverUrl);
    if (!endpoints) return undefined;
    if (sendsTokenInClear(endpoints) && !s.allowUnencrypted) {
      this.warnUnencrypted(endpoints.ws);
      return undefined;
    }
    return new ServerClient(endpoints, s.token);
  }

  /** Addresses the person was already told the plugin will not send their token to unencrypted (told once per address and run). */
  private readonly warnedUnencrypted = new Set<string>();

  /** Says, once per address, why the plugin works on this device only instead of connecting. */
  private warnUnencrypted(address: string): void {
    if (this.warnedUnencrypted.has(address)) return;
    this.warnedUnencrypted.add(address);
    new Notice(
      serverWords('unencrypted.notice', { address }),
      0,
    );
  }

  sessionConfig(): SessionConfig {
    const server = this.server();
    return {
      ...(server ? { server: { endpoints: server.endpoints, token: this.settings().token, tickets: (docId: string) => server.ticket(docId) } } : {}),
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
    const { set, problems, fellBack } = await loadTemplates(this.app, this.templatesFolder);
    this.templateSet = set;
    const more = problems.length > 5 ? [t('templates.more', { count: problems.length - 5 })] : [];
    if (problems.length) new Notice([templatesNoticeTitle(fellBack), ...problems.slice(0, 5), ...more].join('\n'), 15000);
  }

  private readonly reloadTemplatesSoon = debounce(() => void this.reloadTemplates(), 500, true);

  /** Notes a change to a vault file: tailored templates reload when one of them changed (the workspace sees to the links). */
  fileChanged(path: string): void {
    const dir = this.templatesFolder.trim().replace(/^\/+|\/+$/g, '');
    if (dir && path.startsWith(`${dir}/`) && /\.ya?ml$/.test(path)) this.reloadTemplatesSoon();
  }

  /** Applies changed settings: reconnects sessions, reloads templates if their folder changed. */
  async settingsChanged(): Promise<void> {
    this.identity.reset();
    if (this.settings().templatesFolder !== this.templatesFolder) await this.reloadTemplates();
    await this.sessions.reconfigure();
  }

  // ---------------------------------------------------------------- creating

  /**
   * Creates a new document of a type from its template, as a Markdown file and its cached state (so it opens at once).
   * With a server, the server creates it (`POST /api/docs`: connecting never creates a document) and the file starts
   * from the server's own first state, so the two never hold separate copies; a refusal (no create right…) is thrown
   * with the server's words and nothing is made. Working locally (no server, or offline mode) it is made here, with a
   * new id, as before; such a document reaches a server only once someone with the create right makes it there.
   */
  async createDocument(type: DocType, title: string): Promise<TFile> {
    const template = this.templateSet.get(type);
    const today = this.today();
    const server = this.server();
    let ydoc: Y.Doc;
    let id: string;
    if (server) {
      const made = await server.createDocument({ type, title });
      if (!made.ok) throw new Error(made.message);
      id = made.value.id;
      ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, base64.decode(made.value.state));
    } else {
      id = newDocumentId(type, today);
      ydoc = createDocument(template, { id, title, created: today });
    }
    const cadence = template.fields.find((f) => f.name === 'reviewCadence');
    const wanted = this.settings().defaultReviewCadence;
    if (cadence?.values?.some((v) => v.value === wanted)) ydoc.getMap('fields').set('reviewCadence', wanted);
    const { model } = toModel(ydoc, this.templateSet);
    const text = toMarkdown(model, template, this.files.mirrorOptions());
    await this.cache.save(id, Y.encodeStateAsUpdate(ydoc), { docId: id, mirror: text, unsynced: 1, provisional: false });
    ydoc.destroy();
    const folder = this.app.fileManager.getNewFileParent(this.app.workspace.getActiveFile()?.path ?? '').path;
    return this.app.vault.create(this.files.freePath(folder, title), text);
  }

  /**
   * Makes a copy's content (`text`, the note `file` holds) a document of its own, and answers the text the note should
   * now hold (its new poc-id, no mirror stamp). With a server, the server creates it first (`POST /api/docs`: a new
   * local id would be refused on connect) and the copy's content is written over the server's first state and cached
   * as a change not yet sent, so it reaches the server when the note opens. A refusal (no create right, server not
   * reachable…) or a note that cannot be read is thrown with words for the person, and nothing is made. Working
   * locally, the copy just gets a new local id.
   */
  async documentFromCopy(file: TFile, text: string, type: DocType): Promise<{ id: string; text: string }> {
    const server = this.server();
    if (!server) {
      const id = newDocumentId(type, this.today());
      return { id, text: withNewId(text, id) };
    }
    const parsed = parseMarkdown(text, this.templateSet, file.path, this.files.linkOptions());
    if (!parsed.ok) throw new Error(t('copies.unreadable', { name: file.basename, problem: parsed.error.message }));
    const made = await server.createDocument({ type, title: parsed.model.meta.title.trim() || file.basename });
    if (!made.ok) throw new Error(made.message);
    const id = made.value.id;
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, base64.decode(made.value.state));
    // The server's own first state is the base, so the copy's content goes up as edits to it, never as a second copy.
    writeModel(ydoc, { ...parsed.model, meta: { ...parsed.model.meta, id } }, null, this.templateSet.find(parsed.model.meta.type));
    const renewed = withNewId(text, id);
    await this.cache.save(id, Y.encodeStateAsUpdate(ydoc), { docId: id, mirror: renewed, mirrorPath: file.path, unsynced: 1, provisional: false });
    ydoc.destroy();
    return { id, text: renewed };
  }

  /** Keeps the file's side of a conflict in a copy next to it and tells the user. */
  async keepConflict(file: TFile, report: MergeReport, theirs: string): Promise<void> {
    try {
      const copy = await saveConflictCopy(this.app, file, theirs, report, this.now());
      new Notice(t('conflict.kept', { name: file.basename, copy: copy.basename }), 15000);
    } catch (e) {
      console.error('POC Workspace: could not save the conflicting edit', e);
      new Notice(t('conflict.lost', { name: file.basename }), 0);
    }
  }

  /** A document first started offline has met the server's copy: say so, and keep what conflicted. */
  private async reconciled(docId: string, report: MergeReport, local: DocModel): Promise<void> {
    const file = this.files.fileOf(docId);
    const name = file?.basename ?? local.meta.title ?? docId;
    if (!report.conflicts.length) {
      new Notice(t('reconciled', { name }));
      return;
    }
    const template = this.templateSet.find(local.meta.type);
    if (file && template) await this.keepConflict(file, report, toMarkdown(local, template, this.files.mirrorOptions()));
  }

  /** Copies text to the clipboard. */
  async copy(text: string): Promise<void> {
    await (this.options.copy ?? ((t: string) => navigator.clipboard.writeText(t)))(text);
  }

  /** Closes every session (on unload). */
  async dispose(): Promise<void> {
    this.reloadTemplatesSoon.cancel();
    await this.sessions.closeAll();
  }

  /** Whether a file is a POC document, by its cached frontmatter. */
  isPocFile(file: unknown): file is TFile {
    return file instanceof TFile && this.files.info(file) !== undefined;
  }
}
