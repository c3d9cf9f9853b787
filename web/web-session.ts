/**
 * The web page's session of one document: a Y.Doc connected to the sync
 * server with y-websocket (a fresh single-use ticket for every connect, so
 * the user's token never goes into a WebSocket URL), presence, and the status
 * every host reports (editor/session-status.ts), plus what the page's
 * status line also shows: whether it is synced and who else is here.
 *
 * When the server refuses a change made here (a viewer typing, a document
 * archived meanwhile), it says so in a permission-denied message: the
 * session keeps those words in its status (so nothing claims "synced") and
 * tells its owner, who discards the local copy with `reset` so the page shows
 * the server's version rather than content that was never saved.
 */
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ApiClient } from '../shared/api/client.js';
import { layoutParams } from '../shared/api/client-layout.js';
import { type SocketConstructor, ticketedSocket, ticketsFrom } from '../shared/api/ticketed-socket.js';
import type { HostSession } from '../editor/editor-host.js';
import { listenForRefusals, type SessionStatus } from '../editor/session-status.js';
import { interfaceLocale } from '../shared/i18n/interface-locale.js';

/** The shared status, with what only the web page's status line shows. */
export interface WebSessionStatus extends SessionStatus {
  /** Whether the provider has synced with the server since it connected. */
  synced: boolean;
  /** Names of the other people in the document. */
  people: string[];
  /** The editor is read-only (the host says so through `setViewOnly`): nothing typed here is sent. */
  viewOnly: boolean;
}

/** How the session connects. */
export interface WebSessionOptions {
  /** WebSocket URL of the sync server, e.g. "ws://127.0.0.1:4321". */
  serverUrl: string;
  docId: string;
  token: string;
  /** Base of the HTTP API the tickets come from (default: the server's own address; "" for the page's origin). */
  apiUrl?: string;
  /** Start without connecting (connect later with `connect()`). */
  offline?: boolean;
  /** The client the tickets are asked of (the web app's); built from `apiUrl` and `token` when absent. */
  api?: ApiClient;
  /** Called when the server refuses a change made here, with its words (once per kind and connection). */
  onRefused?: (message: string) => void;
}

/** A document open in the page, connected (or not) to the sync server. */
export class WebSession implements HostSession {
  private doc!: Y.Doc;
  private presence!: Awareness;
  private connectedBy!: WebsocketProvider;
  private readonly socket: typeof WebSocket;
  private connection: SessionStatus['connection'];
  private unsynced = 0;
  private refused?: { message: string };
  private viewOnly = false;
  /** Whether the page wants to be connected (false after `disconnect`), so a reset reconnects only then. */
  private wanted: boolean;
  private readonly listeners = new Set<(s: WebSessionStatus) => void>();

  constructor(private readonly opts: WebSessionOptions) {
    const api = opts.api ?? new ApiClient({ baseUrl: opts.apiUrl ?? opts.serverUrl, token: opts.token, fetch: (input, init) => window.fetch(input, init), language: interfaceLocale });
    // No token in the URL: every (re)connect asks for a ticket with the token in a header.
    this.socket = ticketedSocket(WebSocket as unknown as SocketConstructor, ticketsFrom(api)) as unknown as typeof WebSocket;
    this.wanted = !opts.offline;
    this.connection = this.wanted ? 'connecting' : 'offline';
    this.open(this.wanted);
  }

  /** The shared document (a new one after `reset`). */
  get ydoc(): Y.Doc {
    return this.doc;
  }

  /** Presence in the document (a new one after `reset`). */
  get awareness(): Awareness {
    return this.presence;
  }

  /** The y-websocket provider (a new one after `reset`). */
  get provider(): WebsocketProvider {
    return this.connectedBy;
  }

  /** A fresh Y.Doc, presence and provider; events of the ones they replace are ignored. */
  private open(connect: boolean): void {
    const ydoc = new Y.Doc();
    const awareness = new Awareness(ydoc);
    // BroadcastChannel sync is off: two editors on one page must only meet through the server.
    const provider = new WebsocketProvider(this.opts.serverUrl, this.opts.docId, ydoc, { WebSocketPolyfill: this.socket, awareness, connect, disableBc: true, params: layoutParams(interfaceLocale()) });
    this.doc = ydoc;
    this.presence = awareness;
    this.connectedBy = provider;
    const live = () => provider === this.connectedBy;
    listenForRefusals(provider, (message) => {
      if (!live()) return;
      this.refused = { message };
      this.changed();
      this.opts.onRefused?.(message);
    });
    provider.on('status', (e: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      if (!live()) return;
      this.connection = e.status === 'disconnected' ? 'offline' : e.status;
      this.changed();
    });
    provider.on('sync', (synced: boolean) => {
      if (!live()) return;
      if (synced) this.unsynced = 0;
      this.changed();
    });
    awareness.on('change', () => {
      if (live()) this.changed();
    });
    ydoc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (!live() || origin === provider || (this.connection === 'connected' && provider.synced)) return;
      this.unsynced++;
      this.changed();
    });
  }

  /**
   * Discards the local copy (a change the server refused lives in it) and starts again from the server's: a new
   * Y.Doc, presence and connection. The refusal stays in the status, since what was typed was still not saved.
   * Whoever mounted an editor on the old Y.Doc mounts it again on `ydoc`.
   */
  reset(): void {
    const { provider, awareness, ydoc } = this;
    // Reconnects even after a final close (a write to a protected area, say): the new copy holds nothing refused.
    this.unsynced = 0;
    this.connection = this.wanted ? 'connecting' : 'offline';
    this.open(this.wanted);
    provider.destroy();
    awareness.destroy();
    ydoc.destroy();
    this.changed();
  }

  /** Tells the status that the editor is read-only, so it does not speak of syncing changes nobody can make. */
  setViewOnly(viewOnly: boolean): void {
    if (viewOnly === this.viewOnly) return;
    this.viewOnly = viewOnly;
    this.changed();
  }

  /** The status now. */
  current(): WebSessionStatus {
    const people = [...this.awareness.getStates()]
      .filter(([id]) => id !== this.ydoc.clientID)
      .map(([, s]) => (s as { user?: { name?: string } }).user?.name ?? 'Someone')
      .sort();
    return {
      connection: this.connection,
      peers: people.length,
      unsynced: this.unsynced,
      synced: this.provider.synced,
      people,
      viewOnly: this.viewOnly,
      ...(this.refused ? { refused: { ...this.refused } } : {}),
    };
  }

  /** Calls `listener` on every status change; returns the function that stops it. */
  onStatus(listener: (s: WebSessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects to the server (again). */
  connect(): void {
    this.wanted = true;
    this.provider.connect();
  }

  /** Disconnects; the status says offline at once. */
  disconnect(): void {
    this.wanted = false;
    this.provider.disconnect();
    this.connection = 'offline';
    this.changed();
  }

  /** Closes the connection and forgets presence. */
  destroy(): void {
    this.listeners.clear();
    this.provider.destroy();
    this.awareness.destroy();
  }

  private changed(): void {
    const s = this.current();
    for (const l of [...this.listeners]) l(s);
  }
}
