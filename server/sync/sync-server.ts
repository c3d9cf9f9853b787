/**
 * The sync core: y-websocket rooms over `ws`, one Y.Doc per document id,
 * with everything about people and storage delegated to `SyncHooks`.
 *
 * A client connects to `ws://host:port/<docId>?token=<token>`. The WebSocket
 * handshake is held open until `onAuthenticate` has answered and the
 * document is loaded, so a refused client never receives a byte of content:
 * it gets a close frame with a code and a reason (see close-codes.ts).
 *
 * Rooms are loaded on demand and unloaded when idle. The server pings every
 * connection and drops those that stop answering.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type * as Y from 'yjs';
import { type Limits } from '../limits.js';
import { CLOSE, fitReason } from './close-codes.js';
import { bearerToken } from '../bearer-token.js';
import { Connection, type QueueItem, RETRY_HELD, type TrafficCounters } from './connection.js';
import { type Access, type ConnectionInfo, type ConnectionUser, Deny, type SyncHooks } from './sync-hooks-contract.js';
import { decodeMessage, ProtocolError } from './protocol.js';
import { Reclaimer } from './reclaim.js';
import { type ProtectedArea, Room } from './room.js';
import { requestLocale } from '../request-locale.js';
import { translate } from '../../shared/i18n/catalogue.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { localized, type Localized } from '../../shared/i18n/localized.js';

export interface SyncServerOptions {
  hooks: SyncHooks;
  logger: Logger;
  limits: Limits;
  /** Root types only the server may write, each with the reason a client that writes there is closed with (default: none). */
  protectedAreas?: readonly ProtectedArea[];
  /**
   * Access levels that may write only some root types (default: none), each with the words a refused writer is told.
   * The server gives commenters the `comments` root this way; the core knows no levels but what it is given.
   */
  limitedWriters?: readonly LimitedWriter[];
  /** Interval between keepalive pings; a connection that missed one is dropped (default 30 s). */
  pingIntervalMs?: number;
  /** How long a document stays in memory after its last connection leaves (default 10 s). */
  unloadAfterMs?: number;
}

/** An access level that may write only `roots`; a write elsewhere is refused as read-only and the writer told `refusal`. */
export interface LimitedWriter {
  access: Access;
  roots: readonly string[];
  /** What the refused writer is told, in their language. */
  refusal: Localized;
}

/** What other instances' messages may do to a loaded room (room.ts). */
export type RemoteRoom = Pick<Room, 'applyRemote' | 'applyRemotePresence' | 'ownPresence'>;

/** Figures for /metrics. */
export interface SyncStats extends TrafficCounters {
  connections: number;
  documents: number;
}

/** Reads the document id from the URL path: everything after the first "/", percent-decoded. */
function roomOf(url: URL): string {
  try {
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    throw new Deny(CLOSE.BAD_REQUEST, 'the document id in the URL is not valid percent-encoding');
  }
}

/** The y-websocket sync core. Attach it to an HTTP server's "upgrade" event with `handleUpgrade`. */
export class SyncServer {
  private readonly wss: WebSocketServer;
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly connections = new Set<Connection>();
  private readonly perUser = new Map<string, number>();
  private readonly counters: TrafficCounters = { framesIn: 0, framesOut: 0, bytesIn: 0, bytesOut: 0, updatesIn: 0, updatesOut: 0, rejectedWrites: 0, fullStatesEncoded: 0 };
  private readonly protectedAreas: ReadonlyMap<string, Localized>;
  private readonly limitedWriters: ReadonlyMap<Access, { roots: ReadonlySet<string>; refusal: Localized }>;
  private readonly unloadAfterMs: number;
  private readonly pingTimer: NodeJS.Timeout;
  private readonly reclaimer = new Reclaimer();
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: SyncServerOptions) {
    // ws cuts a frame above maxPayload with 1009 and no reason, which y-websocket retries forever; so it only
    // guards memory, well above the limit, and `receive` refuses what is merely too large with 4413 and a reason.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: wsMaxPayload(opts.limits.maxMessageBytes), perMessageDeflate: false });
    this.protectedAreas = new Map((opts.protectedAreas ?? []).map((a) => [a.root, a.why]));
    this.limitedWriters = new Map((opts.limitedWriters ?? []).map((w) => [w.access, { roots: new Set(w.roots), refusal: w.refusal }]));
    this.unloadAfterMs = opts.unloadAfterMs ?? 10_000;
    this.pingTimer = setInterval(() => this.ping(), opts.pingIntervalMs ?? 30_000);
    this.pingTimer.unref();
  }

  /** Takes over an HTTP upgrade request: authenticates, loads the room, then completes the WebSocket handshake. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    if (this.closed) {
      socket.destroy();
      return;
    }
    void this.admit(request).then(
      (admitted) => this.complete(request, socket, head, admitted),
      (e: unknown) => this.complete(request, socket, head, undefined, e),
    );
  }

  /** Authenticates and acquires the room; reserves the user's connection slot. */
  private async admit(request: IncomingMessage): Promise<{ docId: string; user: ConnectionUser; access: Access; room: Room }> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const docId = roomOf(url);
    const token = url.searchParams.get('token') ?? bearerToken(request.headers.authorization);
    const { user, access } = await this.opts.hooks.onAuthenticate({ docId, token, request });
    const max = this.opts.limits.maxConnectionsPerUser;
    const held = this.perUser.get(user.username) ?? 0;
    if (max > 0 && held >= max) {
      throw new Deny(CLOSE.RATE_LIMITED, `too many connections for ${user.username} (at most ${max}); close some documents and retry`);
    }
    this.perUser.set(user.username, held + 1);
    try {
      const room = await this.acquire(docId);
      return { docId, user, access, room };
    } catch (e) {
      this.releaseUser(user.username);
      throw e;
    }
  }

  private complete(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    admitted: { docId: string; user: ConnectionUser; access: Access; room: Room } | undefined,
    error?: unknown,
  ): void {
    const undo = () => {
      if (!admitted) return;
      this.releaseUser(admitted.user.username);
      this.release(admitted.room);
    };
    if (socket.destroyed || this.closed) {
      undo();
      socket.destroy();
      return;
    }
    const locale = requestLocale(request);
    const deny = admitted ? undefined : error instanceof Deny ? error : new Deny(CLOSE.SERVER_ERROR, translate(serverLiveErrors, locale, 'close.openFailed'));
    if (!admitted && !(error instanceof Deny)) this.opts.logger.error({ err: error }, 'admitting a connection failed');
    // If the handshake itself is invalid, ws answers 400 and never calls back: give the slot and the room back then.
    let handled = false;
    socket.once('close', () => {
      if (!handled) undo();
    });
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      handled = true;
      if (deny || !admitted || this.closed) {
        ws.close(deny?.code ?? CLOSE.GOING_AWAY, fitReason(deny?.reason ?? translate(serverLiveErrors, locale, 'close.shuttingDown')));
        undo();
        return;
      }
      this.accept(ws, request, admitted, locale);
    });
  }

  private accept(ws: WebSocket, request: IncomingMessage, a: { docId: string; user: ConnectionUser; access: Access; room: Room }, locale: Locale): void {
    const { limits, hooks, logger } = this.opts;
    const conn = new Connection(
      ws,
      this.nextId++,
      a.docId,
      a.user,
      a.access,
      request.socket.remoteAddress ?? 'unknown',
      locale,
      limits,
      this.counters,
      (c, item) => this.process(c, a.room, item),
    );
    this.connections.add(conn);
    ws.on('pong', () => (conn.alive = true));
    ws.on('error', (err: Error & { code?: string }) => {
      if (err.code !== 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') return logger.debug({ err, connection: conn.info.id }, 'websocket error');
      hooks.onLimitExceeded?.({ connection: conn.info, limit: 'message-size', detail: `a message over ${wsMaxPayload(limits.maxMessageBytes)} bytes, cut by ws (1009)` });
    });
    ws.on('close', (code, reason) => {
      this.connections.delete(conn);
      a.room.leave(conn);
      this.releaseUser(a.user.username);
      this.release(a.room);
      hooks.onDisconnect?.({ connection: conn.info, code, reason: reason.toString(), rejectedWrites: conn.rejectedWrites });
    });
    ws.on('message', (data, isBinary) => this.receive(conn, a.room, data as Buffer, isBinary));
    hooks.onConnect?.({ connection: conn.info });
    a.room.join(conn);
  }

  private receive(conn: Connection, room: Room, data: Buffer, isBinary: boolean): void {
    if (conn.closing) return;
    this.counters.framesIn++;
    this.counters.bytesIn += data.byteLength;
    if (!isBinary) {
      conn.close(CLOSE.BAD_REQUEST, localized(serverLiveErrors, 'close.textFrame'));
      return;
    }
    const max = this.opts.limits.maxMessageBytes;
    if (max > 0 && data.byteLength > max) {
      const detail = `${data.byteLength} bytes, at most ${max}`;
      this.opts.hooks.onLimitExceeded?.({ connection: conn.info, limit: 'message-size', detail });
      conn.close(CLOSE.TOO_LARGE, localized(serverLiveErrors, 'close.messageTooLarge', { bytes: String(data.byteLength), max: String(max) }));
      return;
    }
    if (!conn.bucket.take() || conn.queue.length > 10_000) {
      const detail = `more than ${this.opts.limits.updatesPerSecond} messages per second`;
      this.opts.hooks.onLimitExceeded?.({ connection: conn.info, limit: 'updates-per-second', detail });
      conn.close(CLOSE.RATE_LIMITED, localized(serverLiveErrors, 'close.tooManyUpdates', { rate: String(this.opts.limits.updatesPerSecond) }));
      return;
    }
    conn.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }

  /** Handles one queued item of a connection (a frame, or a request to retry its held updates). */
  private async process(conn: Connection, room: Room, item: QueueItem): Promise<void> {
    try {
      if (item === RETRY_HELD) await room.retryHeld(conn);
      else await room.handle(conn, decodeMessage(item));
    } catch (e) {
      if (e instanceof ProtocolError) {
        this.opts.logger.warn({ docId: conn.info.docId, user: conn.info.user.username, problem: e.message }, 'malformed frame');
        conn.close(CLOSE.BAD_REQUEST, localized(serverLiveErrors, 'close.malformedMessage', { problem: e.message }));
      } else {
        this.opts.logger.error({ err: e, docId: conn.info.docId }, 'handling a message failed');
        conn.close(CLOSE.SERVER_ERROR, localized(serverLiveErrors, 'close.handlingFailed'));
      }
    }
  }

  // ------------------------------------------------------------ rooms

  private async acquire(docId: string): Promise<Room> {
    let room = this.rooms.get(docId);
    if (!room) {
      let pending = this.loading.get(docId);
      if (!pending) {
        pending = this.load(docId);
        this.loading.set(docId, pending);
        const forget = () => this.loading.delete(docId);
        pending.then(forget, forget);
      }
      room = await pending;
    }
    room.refs++;
    clearTimeout(room.unloadTimer);
    room.unloadTimer = undefined;
    return room;
  }

  private async load(docId: string): Promise<Room> {
    const { hooks, logger, limits } = this.opts;
    const options = { hooks, logger, protectedAreas: this.protectedAreas, limitedWriters: this.limitedWriters, limits, counters: this.counters };
    const stored = await hooks.onReadDocument?.({ docId });
    if (stored?.length) {
      // First clients are answered from the stored bytes; the Y.Doc is built after the first answer (lazy-load.ts).
      const room: Room = new Room(docId, options, { stored, build: () => this.build(room, stored) });
      room.storedBytes = stored.reduce((n, u) => n + u.byteLength, 0);
      this.rooms.set(docId, room);
      return room;
    }
    const room = new Room(docId, options);
    try {
      await hooks.onLoadDocument({ docId, doc: room.doc, origin: { source: 'load' }, stored });
      room.storedBytes = (await hooks.onMeasureDocument?.({ docId })) ?? 0;
    } catch (e) {
      room.destroy();
      throw e;
    }
    this.rooms.set(docId, room);
    return room;
  }

  /** Builds a lazily loaded room's Y.Doc; if that fails, the room is dropped and its clients are told to retry. */
  private async build(room: Room, stored: readonly Uint8Array[]): Promise<void> {
    try {
      await this.opts.hooks.onLoadDocument({ docId: room.docId, doc: room.doc, origin: { source: 'load' }, stored });
    } catch (e) {
      this.opts.logger.error({ err: e, docId: room.docId }, 'loading a document failed; its clients are disconnected');
      if (this.rooms.get(room.docId) === room) this.rooms.delete(room.docId);
      for (const c of room.connections) c.close(CLOSE.SERVER_ERROR, localized(serverLiveErrors, 'close.openFailed'));
      throw e;
    }
  }

  private release(room: Room): void {
    room.refs--;
    if (room.refs > 0 || this.closed) return;
    clearTimeout(room.unloadTimer);
    room.unloadTimer = setTimeout(() => void this.unload(room), this.unloadAfterMs);
    room.unloadTimer.unref();
  }

  private async unload(room: Room): Promise<void> {
    room.unloadTimer = undefined;
    await room.settle();
    if (room.refs > 0 || this.rooms.get(room.docId) !== room) return;
    try {
      await this.opts.hooks.onUnloadDocument?.({ docId: room.docId, doc: room.doc, dirty: room.dirty });
    } catch (e) {
      // Never drop a document whose state is not safely stored: keep it and try again later.
      this.opts.logger.error({ err: e, docId: room.docId }, 'storing a document before unloading failed; keeping it in memory');
      room.refs++;
      this.release(room);
      return;
    }
    if (room.refs > 0) return;
    this.rooms.delete(room.docId);
    room.destroy();
    this.reclaimer.released();
  }

  private releaseUser(username: string): void {
    const n = (this.perUser.get(username) ?? 1) - 1;
    if (n <= 0) this.perUser.delete(username);
    else this.perUser.set(username, n);
  }

  // ------------------------------------------------------------ server-side access

  /**
   * Runs `fn` on the document (loading it if needed) and keeps it loaded
   * meanwhile. For reading: changes made inside `fn` are not stored; use
   * `change` for that.
   */
  async read<T>(docId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(docId);
    try {
      await room.ready();
      return await fn(room.doc);
    } finally {
      this.release(room);
    }
  }

  /** Changes the document as the server (origin "local"): stored, then broadcast to every client. */
  async change(docId: string, fn: (doc: Y.Doc) => void, reason: string): Promise<void> {
    const room = await this.acquire(docId);
    try {
      await room.change(fn, reason);
    } finally {
      this.release(room);
    }
  }

  /** Whether the document is in memory now. */
  isLoaded(docId: string): boolean {
    return this.rooms.has(docId);
  }

  // ------------------------------------------------------------ several instances (server/scale/)

  /** The ids of the documents in memory now (or being loaded). */
  loadedDocuments(): string[] {
    return [...new Set([...this.rooms.keys(), ...this.loading.keys()])];
  }

  /**
   * The room of a document in memory, for what other instances say of it (their stored updates, never stored again
   * here; their presence), waiting for a load under way, which may have read the store before their update was there.
   * Undefined when the document is not in memory (its next load reads the store) or its load failed.
   */
  async loadedRoom(docId: string): Promise<RemoteRoom | undefined> {
    const room = this.rooms.get(docId);
    if (room) return room;
    return this.loading.get(docId)?.then(
      () => this.rooms.get(docId),
      () => undefined,
    );
  }

  /** The live connections. */
  listConnections(): ConnectionInfo[] {
    return [...this.connections].map((c) => c.info);
  }

  /** Changes the access of live connections (after a grant changed); 'none' closes them. Returns how many were affected. */
  updateAccess(match: (info: ConnectionInfo) => Access | 'none' | undefined, reason: string | Localized): number {
    let n = 0;
    for (const c of this.connections) {
      if (c.closing) continue;
      const next = match(c.info);
      if (next === undefined || next === c.info.access) continue;
      n++;
      if (next === 'none') c.close(CLOSE.FORBIDDEN, reason);
      else c.info.access = next;
    }
    return n;
  }

  /** Closes the live connections that match, with a code and reason (worded in each one's language). Returns how many. */
  closeWhere(match: (info: ConnectionInfo) => boolean, code: number, reason: string | Localized): number {
    let n = 0;
    for (const c of this.connections) {
      if (!c.closing && match(c.info)) {
        c.close(code, reason);
        n++;
      }
    }
    return n;
  }

  /** Current figures for metrics. */
  stats(): SyncStats {
    return { ...this.counters, connections: this.connections.size, documents: this.rooms.size };
  }

  private ping(): void {
    for (const c of this.connections) {
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        c.ws.terminate();
      }
    }
  }

  /**
   * Stops accepting, closes every connection (1001, clients reconnect later),
   * and unloads every document through `onUnloadDocument`.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pingTimer);
    this.reclaimer.stop();
    const gone = [...this.connections].map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.ws.readyState === c.ws.CLOSED) return resolve();
          c.ws.once('close', () => resolve());
          c.close(CLOSE.GOING_AWAY, localized(serverLiveErrors, 'close.shuttingDown'));
          // Do not wait on a client that never answers the close handshake.
          setTimeout(() => {
            c.ws.terminate();
            resolve();
          }, 2000).unref();
        }),
    );
    await Promise.all(gone);
    await Promise.allSettled([...this.loading.values()]);
    for (const room of [...this.rooms.values()]) {
      await room.settle();
      try {
        await this.opts.hooks.onUnloadDocument?.({ docId: room.docId, doc: room.doc, dirty: room.dirty });
      } catch (e) {
        this.opts.logger.error({ err: e, docId: room.docId }, 'storing a document at shutdown failed');
      }
      room.destroy();
    }
    this.rooms.clear();
    this.wss.close();
  }
}

/** The largest frame ws accepts at all: twice the message limit, so most oversized messages reach `receive` and get a reason. */
function wsMaxPayload(maxMessageBytes: number): number {
  return maxMessageBytes * 2;
}

