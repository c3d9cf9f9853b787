/**
 * The web page's session of one document: a Y.Doc connected to the sync
 * server with y-websocket (a fresh single-use ticket for every connect, so
 * the user's token never goes into a WebSocket URL), presence, and the status
 * every host reports (editor/session-status.ts), plus what the page's
 * status line also shows: whether it is synced and who else is here.
 */
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ApiClient } from '../shared/api/client.js';
import { type SocketConstructor, ticketedSocket, ticketsFrom } from '../shared/api/ticketed-socket.js';
import type { HostSession } from '../editor/editor-host.js';
import type { SessionStatus } from '../editor/session-status.js';

/** The shared status, with what only the web page's status line shows. */
export interface WebSessionStatus extends SessionStatus {
  /** Whether the provider has synced with the server since it connected. */
  synced: boolean;
  /** Names of the other people in the document. */
  people: string[];
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
}

/** A document open in the page, connected (or not) to the sync server. */
export class WebSession implements HostSession {
  readonly ydoc = new Y.Doc();
  readonly awareness = new Awareness(this.ydoc);
  readonly provider: WebsocketProvider;
  private connection: SessionStatus['connection'];
  private unsynced = 0;
  private readonly listeners = new Set<(s: WebSessionStatus) => void>();

  constructor(opts: WebSessionOptions) {
    // BroadcastChannel sync is off: two editors on one page must only meet through the server.
    const api = new ApiClient({ baseUrl: opts.apiUrl ?? opts.serverUrl, token: opts.token, fetch: (input, init) => window.fetch(input, init) });
    this.provider = new WebsocketProvider(opts.serverUrl, opts.docId, this.ydoc, {
      // No token in the URL: every (re)connect asks for a ticket with the token in a header.
      WebSocketPolyfill: ticketedSocket(WebSocket as unknown as SocketConstructor, ticketsFrom(api)) as unknown as typeof WebSocket,
      awareness: this.awareness,
      connect: !opts.offline,
      disableBc: true,
    });
    this.connection = opts.offline ? 'offline' : 'connecting';
    this.provider.on('status', (e: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      this.connection = e.status === 'disconnected' ? 'offline' : e.status;
      this.changed();
    });
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.unsynced = 0;
      this.changed();
    });
    this.awareness.on('change', () => this.changed());
    this.ydoc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin === this.provider || (this.connection === 'connected' && this.provider.synced)) return;
      this.unsynced++;
      this.changed();
    });
  }

  /** The status now. */
  current(): WebSessionStatus {
    const people = [...this.awareness.getStates()]
      .filter(([id]) => id !== this.ydoc.clientID)
      .map(([, s]) => (s as { user?: { name?: string } }).user?.name ?? 'Someone')
      .sort();
    return { connection: this.connection, peers: people.length, unsynced: this.unsynced, synced: this.provider.synced, people };
  }

  /** Calls `listener` on every status change; returns the function that stops it. */
  onStatus(listener: (s: WebSessionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects to the server (again). */
  connect(): void {
    this.provider.connect();
  }

  /** Disconnects; the status says offline at once. */
  disconnect(): void {
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
