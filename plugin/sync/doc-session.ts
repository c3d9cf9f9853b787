/**
 * One open document: its Y.Doc, presence (awareness), the connection to the
 * server, and the local cache. A session opens from the cache when there is
 * one, so it works offline at once; otherwise it asks the server first
 * (bounded wait) and only then starts the document from the Markdown file,
 * so two clients never seed the same document twice.
 *
 * A document started from the file while the server was unreachable is
 * "provisional": on first contact the server's copy wins as the base and
 * the local work is merged into it block by block (see shared/ydoc/merge.ts)
 * instead of being pushed blindly, which would duplicate every section.
 *
 * Status: connection state, the number of other people present, the
 * number of local changes not yet sent, and, when the server refused a
 * change made here (a viewer's, or on a document archived meanwhile), its
 * words (`refused`): the status bar then never speaks of changes as shared.
 */
import { debounce } from './debounce.js';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { listenForRefusals, type SessionStatus } from '../../editor/session-status.js';
import type { DocModel } from '../../shared/model/types.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { BODY, FIELDS, META, NotAPocDocumentError, toModel, writeModel } from '../../shared/ydoc/layout.js';
import { mergeModel, type MergeReport } from '../../shared/ydoc/merge.js';
import type { CacheMeta, DocCache } from './cache.js';
import { layoutParams } from '../../shared/api/client-layout.js';
import { interfaceLocale } from '../../shared/i18n/interface-locale.js';
import type { Endpoints } from '../../shared/api/server-address.js';
import { type SocketConstructor, ticketedSocket, type TicketSource } from '../../shared/api/ticketed-socket.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginServerWords } from '../../shared/i18n/messages/plugin-server.js';

const t = uiWords(pluginServerWords);

/** Transaction origins this module writes with, so observers can tell them from typing. */
export const ORIGIN = {
  cache: { source: 'cache' },
  seed: { source: 'seed' },
  adopt: { source: 'adopt' },
} as const;

/** How a session connects; rebuilt from the settings. */
export interface SessionConfig {
  /**
   * Undefined: local only (no server configured, or offline mode). With `tickets`, every (re)connect asks for a
   * single-use ticket and the token stays out of the WebSocket URL; without, the token goes in the URL (tests, old servers).
   */
  server?: { endpoints: Endpoints; token: string; tickets?: TicketSource };
  user: { name: string; color: string };
  /** How long to wait for the server before starting a document from its file. */
  firstSyncTimeoutMs: number;
  /** A WebSocket implementation where the platform has none (tests on Node). */
  WebSocketImpl?: typeof WebSocket;
}

/** What the session tells its owner beyond status. */
export interface SessionEvents {
  /** The provisional local copy was merged into the server's; conflicts were kept as described. */
  onReconciled?: (report: MergeReport, local: DocModel) => void;
}

const CACHE_SAVE_MS = 400;

export class DocSession {
  readonly ydoc = new Y.Doc();
  readonly awareness = new Awareness(this.ydoc);
  meta: CacheMeta;
  private provider?: WebsocketProvider;
  private probe?: { doc: Y.Doc; provider: WebsocketProvider };
  private status: SessionStatus = { connection: 'local', peers: 0, unsynced: 0 };
  private readonly listeners = new Set<(s: SessionStatus) => void>();
  private readonly saveSoon = debounce(() => void this.flush(), CACHE_SAVE_MS);
  private destroyed = false;
  /** The server refused a change made here: the local state holds it, so it is never cached (the next open starts from the server's). */
  private discardLocal = false;

  private constructor(
    readonly docId: string,
    private readonly templates: () => TemplateSet,
    private readonly cache: DocCache,
    private config: SessionConfig,
    private readonly events: SessionEvents,
    meta: CacheMeta,
  ) {
    this.meta = meta;
    this.status.unsynced = meta.unsynced;
    this.ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === ORIGIN.cache) return;
      // Only what a server should receive counts as unsent; working locally, nothing is pending.
      if (this.config.server && origin !== this.provider && !this.isLive()) this.setStatus({ unsynced: this.status.unsynced + 1 });
      this.saveSoon();
    });
    this.awareness.on('change', () => this.setStatus({ peers: this.countPeers() }));
    this.setUser(config.user);
  }

  /**
   * Opens a document: from the cache if it has it, else from the server
   * (waiting at most `firstSyncTimeoutMs`), else from `seed` (the model of
   * the Markdown file, when there is one).
   */
  static async open(
    docId: string,
    templates: () => TemplateSet,
    cache: DocCache,
    config: SessionConfig,
    seed: (() => DocModel | undefined) | undefined,
    events: SessionEvents = {},
  ): Promise<DocSession> {
    const entry = await cache.load(docId);
    const session = new DocSession(docId, templates, cache, config, events, entry.meta);
    if (entry.state) {
      Y.applyUpdate(session.ydoc, entry.state, ORIGIN.cache);
      session.connect();
      return session;
    }
    if (config.server) {
      session.attachProvider();
      const synced = await session.waitForFirstSync(config.firstSyncTimeoutMs);
      if (synced) {
        if (session.isEmpty()) session.seed(seed?.(), false);
        return session;
      }
      // Unreachable: start from the file, and reconcile with the server's copy later.
      session.detachProvider();
      session.setStatus({ connection: session.status.connection === 'denied' ? 'denied' : 'offline' });
      if (session.seed(seed?.(), true)) session.startProbe();
      return session;
    }
    session.seed(seed?.(), false);
    return session;
  }

  /** The current status. */
  current(): SessionStatus {
    return { ...this.status };
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  onStatus(listener: (s: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the document holds no POC document yet (nothing cached, nothing from the server). */
  isEmpty(): boolean {
    return !this.ydoc.getMap(META).has('type') && this.ydoc.getXmlFragment(BODY).length === 0;
  }

  /** The model of the document, or undefined while it is empty. */
  model(): { model: DocModel; problems: ReturnType<typeof toModel>['problems'] } | undefined {
    try {
      return toModel(this.ydoc, this.templates());
    } catch (e) {
      if (e instanceof NotAPocDocumentError) return undefined;
      throw e;
    }
  }

  /** Applies new settings: reconnects when the server, token or offline mode changed; updates the name and colour others see. */
  configure(config: SessionConfig): void {
    const before = this.config.server;
    this.config = config;
    this.setUser(config.user);
    const same = before?.endpoints.ws === config.server?.endpoints.ws && before?.token === config.server?.token;
    if (same && (this.provider || this.probe || !config.server)) return;
    this.detachProvider();
    this.stopProbe();
    this.connect();
  }

  /** Updates what the cache remembers besides the state (e.g. the mirror text), saved soon. */
  remember(patch: Partial<CacheMeta>): void {
    this.meta = { ...this.meta, ...patch };
    this.saveSoon();
  }

  /** Saves the state and metadata to the cache now. */
  async flush(): Promise<void> {
    if (this.destroyed) return;
    this.saveSoon.cancel();
    if (this.discardLocal) return this.cache.remove(this.docId);
    if (this.isEmpty()) return;
    await this.cache.save(this.docId, Y.encodeStateAsUpdate(this.ydoc), { ...this.meta, unsynced: this.status.unsynced });
  }

  /** Saves, disconnects and releases everything the session holds. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    await this.flush();
    this.destroyed = true;
    this.detachProvider();
    this.stopProbe();
    this.awareness.destroy();
    this.ydoc.destroy();
    this.listeners.clear();
  }

  // ---------------------------------------------------------------- connection

  private connect(): void {
    if (!this.config.server) {
      this.setStatus({ connection: 'local', peers: 0 });
      return;
    }
    if (this.meta.provisional) this.startProbe();
    else this.attachProvider();
  }

  private newProvider(doc: Y.Doc, awareness?: Awareness): WebsocketProvider {
    const server = this.config.server!;
    const base = this.config.WebSocketImpl ?? WebSocket;
    return new WebsocketProvider(server.endpoints.ws, this.docId, doc, {
      // A ticketed socket keeps every parameter but the token, so the layout reaches the server either way.
      ...(server.tickets
        ? { params: layoutParams(interfaceLocale()), WebSocketPolyfill: ticketedSocket(base as unknown as SocketConstructor, server.tickets) as unknown as typeof WebSocket }
        : { params: { ...layoutParams(interfaceLocale()), token: server.token }, WebSocketPolyfill: base }),
      ...(awareness ? { awareness } : {}),
      // Windows of one Obsidian share this session; a broadcast channel would only cross vaults.
      disableBc: true,
    });
  }

  private attachProvider(): void {
    const provider = this.newProvider(this.ydoc, this.awareness);
    this.provider = provider;
    listenForRefusals(provider, (message) => {
      if (provider !== this.provider) return;
      this.discardLocal = true;
      this.setStatus({ refused: { message } });
    });
    provider.on('status', ({ status }) => {
      if (provider !== this.provider) return;
      this.setStatus({ connection: status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline', peers: this.countPeers() });
    });
    provider.on('sync', (synced: boolean) => {
      if (provider === this.provider && synced) this.setStatus({ unsynced: 0 });
    });
    provider.on('closed', ({ code, reason }) => {
      if (provider === this.provider) this.setStatus({ connection: 'denied', code, message: reason || t('session.closed') });
    });
    this.setStatus({ connection: 'connecting', message: undefined, code: undefined });
  }

  private detachProvider(): void {
    const p = this.provider;
    this.provider = undefined;
    p?.destroy();
  }

  private isLive(): boolean {
    return !!this.provider && this.provider.wsconnected && this.provider.synced;
  }

  private countPeers(): number {
    return this.status.connection === 'connected' ? Math.max(0, this.awareness.getStates().size - 1) : 0;
  }

  private waitForFirstSync(timeoutMs: number): Promise<boolean> {
    const provider = this.provider!;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        window.clearTimeout(timer);
        provider.off('sync', onSync);
        provider.off('closed', onClosed);
        resolve(ok);
      };
      const onSync = (synced: boolean) => synced && done(true);
      const onClosed = () => done(false);
      const timer = window.setTimeout(() => done(false), timeoutMs);
      provider.on('sync', onSync);
      provider.on('closed', onClosed);
    });
  }

  // ---------------------------------------------------------------- starting a document

  /** Writes the first content of an empty document; returns whether it did. */
  private seed(model: DocModel | undefined, provisional: boolean): boolean {
    if (!model || !this.isEmpty()) return false;
    writeModel(this.ydoc, model, ORIGIN.seed, this.templates().find(model.meta.type));
    if (provisional) this.meta = { ...this.meta, provisional: true, seed: model };
    return true;
  }

  /**
   * For a provisional document: connects a separate Y.Doc to the server and,
   * once it has the server's copy, reconciles (see module comment) and then
   * connects the real document.
   */
  private startProbe(): void {
    if (!this.config.server || this.probe) return;
    const doc = new Y.Doc();
    const provider = this.newProvider(doc);
    this.probe = { doc, provider };
    this.setStatus({ connection: 'connecting' });
    provider.on('status', ({ status }) => {
      if (this.probe?.provider === provider && status !== 'connected') this.setStatus({ connection: status === 'connecting' ? 'connecting' : 'offline' });
    });
    provider.on('closed', ({ code, reason }) => {
      if (this.probe?.provider === provider) this.setStatus({ connection: 'denied', code, message: reason || t('session.closed') });
    });
    provider.on('sync', (synced: boolean) => {
      if (synced && this.probe?.provider === provider) this.reconcile(doc);
    });
  }

  private stopProbe(): void {
    const p = this.probe;
    this.probe = undefined;
    p?.provider.destroy();
    p?.doc.destroy();
  }

  private reconcile(server: Y.Doc): void {
    const serverEmpty = !server.getMap(META).has('type') && server.getXmlFragment(BODY).length === 0;
    if (!serverEmpty) {
      const local = this.model()?.model;
      if (local) {
        const report = mergeModel(server, local, { base: this.meta.seed, origin: ORIGIN.adopt, template: this.templates().find(local.meta.type) });
        // Take the server's copy: drop our provisional body, then apply the server's state.
        this.ydoc.transact(() => {
          const body = this.ydoc.getXmlFragment(BODY);
          body.delete(0, body.length);
        }, ORIGIN.adopt);
        Y.applyUpdate(this.ydoc, Y.encodeStateAsUpdate(server), ORIGIN.adopt);
        // Map keys we set offline compete with the server's (the later client id wins), and deleting ours
        // would hide the server's too: write the server's values again so they win everywhere.
        this.ydoc.transact(() => {
          for (const name of [META, FIELDS]) {
            const mine = this.ydoc.getMap(name);
            const theirs = server.getMap(name);
            for (const key of [...mine.keys()]) if (!theirs.has(key)) mine.delete(key);
            theirs.forEach((value, key) => {
              if (mine.get(key) !== value) mine.set(key, value);
            });
          }
        }, ORIGIN.adopt);
        this.events.onReconciled?.(report, local);
      }
    }
    this.stopProbe();
    this.meta = { ...this.meta, provisional: false, seed: undefined };
    this.attachProvider();
    this.saveSoon();
  }

  // ---------------------------------------------------------------- presence and status

  private setUser(user: { name: string; color: string }): void {
    this.awareness.setLocalStateField('user', { name: user.name, color: user.color });
  }

  private setStatus(patch: Partial<SessionStatus>): void {
    const next = { ...this.status, ...patch };
    if (next.connection !== 'denied') delete next.message;
    if (next.connection !== 'connected') next.peers = 0;
    const changed = (Object.keys(next) as Array<keyof SessionStatus>).some((k) => next[k] !== this.status[k]) || Object.keys(next).length !== Object.keys(this.status).length;
    if (!next.refused) delete next.refused;
    this.status = next;
    if (changed) for (const l of this.listeners) l(this.current());
  }
}
