/**
 * A room: one document in memory (a Y.Doc and its presence: presence.ts) and
 * the connections editing it.
 *
 * An incoming update is checked (writable connection, nothing protected
 * touched, nothing missing), durably stored through `onStoreUpdate`, and only
 * then applied and broadcast, so no client ever sees an edit that a crash
 * could lose. A server-side change (`change`) is stored before it is
 * broadcast too.
 * @internal Created and owned by `SyncServer`.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { formatBytes, type Limits } from '../limits.js';
import { CLOSE } from './close-codes.js';
import { translate } from '../../shared/i18n/catalogue.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { type Localized, localized, localizedWith } from '../../shared/i18n/localized.js';
import { type Connection, RETRY_HELD, type TrafficCounters } from './connection.js';
import { inspectUpdate } from './guard.js';
import { LazyLoad } from './lazy-load.js';
import { Presence } from './presence.js';
import { type Access, canWrite, type Origin, type RejectionReason, type StoreReceipt, type SyncHooks } from './sync-hooks-contract.js';
import {
  type ClientMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  ProtocolError,
} from './protocol.js';

/** Bounds on the updates held per connection while waiting for what they build on. */
const MAX_HELD_UPDATES = 2000;
const MAX_HELD_BYTES = 16 * 1024 * 1024;
/** A limited writer (a commenter) may fill a document up to its size cap divided by this; the rest is its editors'. */
const LIMITED_WRITER_SHARE = 2;

const CLOSE_FOR: Record<RejectionReason, number> = {
  'read-only': CLOSE.FORBIDDEN,
  protected: CLOSE.PROTECTED_WRITE,
  'out-of-sync': CLOSE.OUT_OF_SYNC,
  malformed: CLOSE.BAD_REQUEST,
};

/**
 * A root type only the server may write; `why` says why a write there is refused, worded by whoever protects the
 * area for the people who see it ("sign-offs can only be written by the server; reload the document"): the close
 * reason is "refused: <why>" and the person is told "Your last change was not saved: <why>.", in their language.
 */
export interface ProtectedArea {
  root: string;
  why: Localized;
}

export interface RoomOptions {
  hooks: SyncHooks;
  logger: Logger;
  /** Root types only the server may write, to the close reason a client that writes there gets. */
  protectedAreas: ReadonlyMap<string, Localized>;
  /** Access levels that may write only some roots (a commenter: `comments`), with what such a writer is told when refused. */
  limitedWriters: ReadonlyMap<Access, { roots: ReadonlySet<string>; refusal: Localized }>;
  /** The limits a room applies: presence size and rate, and the document's stored size. */
  limits: Pick<Limits, 'maxAwarenessBytes' | 'maxDocBytes' | 'awarenessPerSecond' | 'awarenessBurst' | 'awarenessBytesPerSecond' | 'awarenessBytesBurst'>;
  counters: TrafficCounters;
}

/** @internal One loaded document and its connections. */
export class Room {
  readonly doc = new Y.Doc();
  /** Who is here and where (presence.ts). */
  private readonly presence: Presence;
  readonly connections = new Set<Connection>();
  /** Connections plus server-side users (a server-written change in progress); the room unloads only at zero. */
  refs = 0;
  unloadTimer: NodeJS.Timeout | undefined;
  /** A server-side change could not be stored; the whole state must be stored before unloading. */
  dirty = false;
  /**
   * Who has written under each Yjs client id while the room is loaded. Yjs
   * does not bind client ids to people, and refusing a second writer would
   * also refuse legitimate relays (a client that carries a colleague's edits
   * back to a server restored from backup), so a second writer is logged,
   * not refused.
   */
  private readonly writerOf = new Map<number, string>();
  /** Set while the Y.Doc is still to be built from the stored updates (see lazy-load.ts). */
  private readonly lazy: LazyLoad | undefined;
  /** The protected root names, as `inspectUpdate` takes them: built once, since every incoming update is checked against them. */
  private readonly protectedRoots: ReadonlySet<string>;
  /**
   * Bytes of the document's stored updates, as far as the room knows: what was loaded plus what it stored since
   * (an update is counted before it is stored, so two writers cannot both pass the cap). It only grows while the
   * room is loaded; compaction in the store shrinks the real figure, which is measured again before refusing.
   */
  storedBytes = 0;
  /**
   * The sync step 2 frame for a client that has nothing (empty state vector), shared by every such client
   * until the document changes: twenty readers joining a large document at once cost one encoding and one
   * buffer, not twenty.
   */
  private fullState: Uint8Array | undefined;

  /** `load`: the stored updates and how to build the Y.Doc from them later; without it the doc must be filled before use. */
  constructor(
    readonly docId: string,
    private readonly opts: RoomOptions,
    load?: { stored: readonly Uint8Array[]; build: () => Promise<void> },
  ) {
    this.protectedRoots = new Set(opts.protectedAreas.keys());
    if (load) this.lazy = new LazyLoad(load.stored, this.doc, this.connections, load.build);
    this.presence = new Presence(docId, this.doc, this.connections, opts);
    this.writerOf.set(this.doc.clientID, '(server)');
    // No lasting 'update' listener: Yjs encodes each transaction as an update only while someone listens, and the
    // room forwards the client's own bytes instead (see `applyAndBroadcast`).
    // Any transaction (a client's update, a server-side change, the load) may change the full state: drop the shared frame.
    this.doc.on('afterTransaction', () => (this.fullState = undefined));
  }

  /** Adds a connection and starts the handshake: the server's state vector, then everyone's presence. */
  join(conn: Connection): void {
    this.connections.add(conn);
    // While the doc is not built, its state vector is sent once it is (lazy-load.ts).
    if (!this.lazy || this.lazy.built) conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    else this.lazy.joined();
    this.presence.sendAllTo(conn);
  }

  /** Removes a connection and the presence it spoke for. */
  leave(conn: Connection): void {
    this.connections.delete(conn);
    this.lazy?.leave(conn);
    this.presence.release(conn);
  }

  /** Handles one decoded client message. Closes the connection itself when the message is refused. */
  async handle(conn: Connection, msg: ClientMessage): Promise<void> {
    switch (msg.type) {
      case 'sync-step1': {
        if (this.lazy?.answer(conn, msg.stateVector)) return;
        await this.ready();
        let known: Map<number, number>;
        try {
          known = Y.decodeStateVector(msg.stateVector);
        } catch {
          throw new ProtocolError('sync step 1 carries a malformed state vector');
        }
        if (known.size === 0) {
          conn.send(this.fullStateFrame());
          return;
        }
        let update: Uint8Array;
        try {
          update = Y.encodeStateAsUpdate(this.doc, msg.stateVector);
        } catch {
          throw new ProtocolError('sync step 1 carries a malformed state vector');
        }
        conn.send(encodeSyncStep2(update));
        return;
      }
      case 'sync-step2':
      case 'sync-update':
        this.opts.counters.updatesIn++;
        await this.ready();
        return this.receiveUpdate(conn, msg.update);
      case 'awareness':
        return this.presence.receive(conn, msg.update);
      case 'query-awareness': {
        this.presence.sendAllTo(conn);
        return;
      }
    }
  }

  /** The sync step 2 frame of the whole document, encoded once per version and shared (see `fullState`). */
  private fullStateFrame(): Uint8Array {
    if (!this.fullState) {
      this.fullState = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
      this.opts.counters.fullStatesEncoded++;
    }
    return this.fullState;
  }

  /**
   * Makes a server-side change (origin "local"), stores it, then broadcasts
   * it. If storing fails the change stays in memory, the room is marked
   * dirty (its whole state is stored before unloading) and the error is
   * rethrown.
   */
  async change(fn: (doc: Y.Doc) => void, reason: string): Promise<void> {
    await this.ready();
    const origin: Origin = { source: 'local', reason };
    const updates = this.capture(() => Y.transact(this.doc, () => fn(this.doc), origin));
    if (!updates.length) return;
    const update = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
    // The server's own writes (sign-off records) are counted but never refused: the cap is for what clients add.
    this.storedBytes += update.byteLength;
    let receipt: StoreReceipt | void;
    try {
      receipt = await this.opts.hooks.onStoreUpdate({ docId: this.docId, update, origin });
    } catch (e) {
      this.dirty = true;
      throw e;
    }
    this.broadcastUpdate(update, undefined);
    this.opts.hooks.onChange?.({ docId: this.docId, doc: this.doc, update, origin, ...(receipt ? { receipt } : {}) });
    this.nudgeHeld();
  }

  /**
   * Applies an update another instance stored (several instances: server/scale/) and sends what was new in it to
   * every connection here; nothing is stored. Returns whether anything was new (a repeat changes nothing, as Yjs
   * applies an update once).
   */
  async applyRemote(update: Uint8Array, from: string): Promise<boolean> {
    await this.ready();
    const origin: Origin = { source: 'remote', from };
    const applied = this.capture(() => Y.applyUpdate(this.doc, update, origin));
    if (!applied.length) return false;
    const sent = applied.length === 1 ? applied[0] : Y.mergeUpdates(applied);
    // The store holds it: counted toward the document's size as the room's own stores are.
    this.storedBytes += sent.byteLength;
    this.broadcastUpdate(sent, undefined);
    this.opts.hooks.onChange?.({ docId: this.docId, doc: this.doc, update: sent, origin });
    this.nudgeHeld();
    return true;
  }

  /** Applies presence another instance relayed and passes it on to this room's connections (presence.ts). */
  applyRemotePresence(update: Uint8Array): void {
    this.presence.receiveRemote(update);
  }

  /** The presence this room's own connections speak for, as one awareness update, or undefined when there is none. */
  ownPresence(): Uint8Array | undefined {
    return this.presence.ownStates();
  }

  /** Resolves once the Y.Doc holds the stored state (at once unless it is still to be built); rejects if building failed. */
  ready(): Promise<void> {
    return this.lazy ? this.lazy.ready() : Promise.resolve();
  }

  /** Resolves once a build of the Y.Doc in progress has ended, so the room is not freed halfway through it. */
  settle(): Promise<void> {
    return this.lazy ? this.lazy.settle() : Promise.resolve();
  }

  /** Stops timers and frees the document. */
  destroy(): void {
    clearTimeout(this.unloadTimer);
    this.presence.destroy();
    this.doc.destroy();
  }

  /** Why a write to a protected root is refused: the wording its owner gave, else a plain one. */
  private why(root: string | undefined): Localized {
    return (root !== undefined && this.opts.protectedAreas.get(root)) || localized(serverLiveErrors, 'why.serverOnly', { root: root ?? '?' });
  }

  private async receiveUpdate(conn: Connection, update: Uint8Array): Promise<void> {
    const { hooks, logger } = this.opts;
    const limited = this.opts.limitedWriters.get(conn.info.access);
    const verdict = inspectUpdate(this.doc, update, this.protectedRoots, limited?.roots);
    if (!canWrite(conn.info.access)) {
      // A read-only client's handshake usually carries an empty update; only a real change counts as a rejected write.
      if (verdict.ok && !verdict.changes) return;
      this.reject(conn, 'read-only', verdict.ok ? 'the connection is read-only (viewer access)' : verdict.detail, update.byteLength);
      return;
    }
    if (!verdict.ok && verdict.reason === 'read-only') {
      // A limited writer (a commenter) wrote outside its roots: refused like a viewer's edit (nothing stored or passed on), and it stays connected.
      this.reject(conn, 'read-only', verdict.detail, update.byteLength);
      return;
    }
    if (!verdict.ok && verdict.reason === 'out-of-sync' && conn.held.length < MAX_HELD_UPDATES && conn.heldBytes + update.byteLength <= MAX_HELD_BYTES) {
      // Most likely typed right after reconnecting, ahead of the sync step 2 that carries what it builds on.
      conn.held.push(update);
      conn.heldBytes += update.byteLength;
      return;
    }
    if (!verdict.ok) {
      this.reject(conn, verdict.reason, verdict.detail, update.byteLength, verdict.root);
      const why = this.why(verdict.root);
      conn.close(CLOSE_FOR[verdict.reason], verdict.reason === 'protected' ? localizedWith(serverLiveErrors, 'close.protected', (l) => [{ why: why(l) }]) : closeReason(verdict.reason));
      return;
    }
    if (!verdict.changes) return;
    const username = conn.info.user.username;
    for (const id of verdict.writers) {
      const earlier = this.writerOf.get(id);
      if (earlier === undefined) this.writerOf.set(id, username);
      else if (earlier !== username) {
        logger.warn({ docId: this.docId, clientId: id, user: username, earlier }, 'two people wrote under the same Yjs client id');
        this.writerOf.set(id, username);
      }
    }
    if (!(await this.fits(conn, update.byteLength))) return;
    const origin = { source: 'connection', connection: conn.info } as const;
    let receipt: StoreReceipt | void;
    try {
      receipt = await hooks.onStoreUpdate({ docId: this.docId, update, origin });
    } catch (e) {
      this.storedBytes -= update.byteLength;
      logger.error({ err: e, docId: this.docId, user: conn.info.user.username }, 'storing an update failed; the client will resend it');
      conn.close(CLOSE.SERVER_ERROR, localized(serverLiveErrors, 'close.storeFailed'));
      return;
    }
    try {
      this.applyAndBroadcast(conn, update, verdict.fresh, origin, receipt);
    } catch (e) {
      logger.error({ err: e, docId: this.docId, user: conn.info.user.username }, 'applying a stored update failed');
      conn.close(CLOSE.SERVER_ERROR, localized(serverLiveErrors, 'close.applyFailed'));
      return;
    }
    this.nudgeHeld();
  }

  /**
   * Whether `bytes` more keep the document within its size cap; if so they are counted at once (reserved), else
   * the connection is closed with 4413 and a reason, and nothing is stored or applied.
   */
  private async fits(conn: Connection, bytes: number): Promise<boolean> {
    const cap = this.opts.limits.maxDocBytes;
    if (cap <= 0) return true;
    // A limited writer (a commenter) may fill the document only up to half its cap: the rest stays for its editors,
    // whom a consultation partner's comments must not lock out of their own document.
    const max = this.opts.limitedWriters.has(conn.info.access) ? Math.floor(cap / LIMITED_WRITER_SHARE) : cap;
    if (this.storedBytes + bytes > max) {
      // The running total only grows; the store may have compacted the document since, so measure before refusing.
      const measured = await this.opts.hooks.onMeasureDocument?.({ docId: this.docId });
      if (measured !== undefined) this.storedBytes = measured;
    }
    if (this.storedBytes + bytes > max) {
      const detail = `${bytes} bytes on top of ${this.storedBytes} stored, at most ${max}`;
      this.opts.hooks.onLimitExceeded?.({ connection: conn.info, limit: 'document-size', detail });
      const size = { size: formatBytes(max) };
      tell(conn, 'document-size', localized(serverLiveErrors, max < cap ? 'told.commentLimit' : 'told.sizeLimit', size));
      conn.close(CLOSE.TOO_LARGE, localized(serverLiveErrors, max < cap ? 'close.commentLimit' : 'close.sizeLimit', size));
      return false;
    }
    this.storedBytes += bytes;
    return true;
  }

  /**
   * Applies a stored client update and sends it to everyone else. An update
   * made only of content new to the document (a keystroke) is forwarded as
   * the client sent it, so Yjs need not encode it again; one that repeats
   * known content (a reconnecting client's sync step 2) is forwarded as the
   * part that was new, as Yjs encodes it.
   */
  private applyAndBroadcast(conn: Connection, update: Uint8Array, fresh: boolean, origin: Origin & { source: 'connection' }, receipt: StoreReceipt | void): void {
    let sent = update;
    if (fresh) Y.applyUpdate(this.doc, update, origin);
    else {
      const applied = this.capture(() => Y.applyUpdate(this.doc, update, origin));
      if (!applied.length) return;
      sent = applied.length === 1 ? applied[0] : Y.mergeUpdates(applied);
    }
    this.broadcastUpdate(sent, conn.info.id);
    this.opts.hooks.onChange?.({ docId: this.docId, doc: this.doc, update: sent, origin, ...(receipt ? { receipt } : {}) });
  }

  /** Runs `fn` and returns the updates Yjs encoded for the transactions it made. */
  private capture(fn: () => void): Uint8Array[] {
    const updates: Uint8Array[] = [];
    const collect = (u: Uint8Array) => void updates.push(u);
    this.doc.on('update', collect);
    try {
      fn();
    } finally {
      this.doc.off('update', collect);
    }
    return updates;
  }

  /** Retries a connection's held updates, in order; those still missing a dependency are held again. */
  async retryHeld(conn: Connection): Promise<void> {
    conn.retryQueued = false;
    const held = conn.held.splice(0);
    conn.heldBytes = 0;
    for (const update of held) {
      if (conn.closing) return;
      await this.receiveUpdate(conn, update);
    }
  }

  /** Something new was applied: connections holding updates get to retry them (through their own queue, so in order). */
  private nudgeHeld(): void {
    for (const c of this.connections) {
      if (c.held.length && !c.retryQueued) {
        c.retryQueued = true;
        c.enqueue(RETRY_HELD);
      }
    }
  }

  /** Counts and logs a refused update, reports its kind once to the hooks and tells the client once, in words (not for out-of-sync, which a reconnect repairs unseen). */
  private reject(conn: Connection, reason: RejectionReason, detail: string, bytes: number, root?: string): void {
    if (reason === 'read-only') tell(conn, reason, this.opts.limitedWriters.get(conn.info.access)?.refusal ?? localized(serverLiveErrors, 'told.readOnly'));
    else if (reason === 'protected') {
      const why = this.why(root);
      tell(conn, reason, localizedWith(serverLiveErrors, 'told.protected', (l) => [{ why: why(l) }]));
    } else if (reason === 'malformed') tell(conn, reason, localized(serverLiveErrors, 'told.malformed'));
    conn.rejectedWrites++;
    this.opts.counters.rejectedWrites++;
    this.opts.logger.warn({ docId: this.docId, user: conn.info.user.username, reason, detail }, 'update refused');
    if (!conn.reported.has(reason)) {
      conn.reported.add(reason);
      this.opts.hooks.onRejectedWrite?.({ connection: conn.info, reason, detail, bytes });
    }
  }

  private broadcastUpdate(update: Uint8Array, exceptId: number | undefined): void {
    const frame = encodeSyncUpdate(update);
    for (const c of this.connections) if (c.info.id !== exceptId) c.send(frame, true);
  }
}

/** What a viewer's client is told when it writes anyway (a viewer, or anyone on an archived document), in English; its person reads it in their language. */
export const READ_ONLY_REFUSAL = translate(serverLiveErrors, 'en', 'told.readOnly');

/**
 * Tells a client, once per kind on its connection, that a write was refused (a permission-denied message), so
 * its person sees in words what was not saved rather than a "synced" that is not true.
 */
function tell(conn: Connection, kind: RejectionReason | 'document-size', words: Localized): void {
  if (conn.told.has(kind)) return;
  conn.told.add(kind);
  conn.send(encodePermissionDenied(conn.words(words)));
}

/** The close reason of a refused update, for every reason but "protected" (whose wording comes with the protected area). */
function closeReason(reason: Exclude<RejectionReason, 'protected'>): Localized {
  switch (reason) {
    case 'out-of-sync':
      return localized(serverLiveErrors, 'close.outOfSync');
    case 'malformed':
      return localized(serverLiveErrors, 'close.malformed');
    case 'read-only':
      return localized(serverLiveErrors, 'close.readOnly');
  }
}
