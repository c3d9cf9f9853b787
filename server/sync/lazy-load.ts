/**
 * Answering the first clients of a document from its stored bytes while its
 * server-side Y.Doc is still to be built.
 *
 * Building the Y.Doc (integrating every stored struct) costs about as much
 * as the client's own integration of the same bytes, and Yjs would then
 * encode them all again for the client's sync step 2. A client that has
 * nothing yet (empty state vector) is therefore sent the stored updates as
 * they are, and the Y.Doc is built afterwards, once something needs it.
 *
 * Order stays correct because nothing changes the document before it is
 * built: every client update, server-side change and read waits for
 * `ready()`, so until then the stored bytes are the whole document. The
 * server's own sync step 1 (asking the client for what it has) goes out
 * once the Y.Doc exists. Anything the load itself adds beyond the stored
 * bytes (a server-written change the load hook restores from the store) is a local transaction,
 * written under the server doc's own client id, and is sent to every client
 * answered early.
 * @internal Used by `Room`.
 */
import * as Y from 'yjs';
import type { Connection } from './connection.js';
import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate, ProtocolError } from './protocol.js';

/**
 * The build starts when something needs the doc (an update, a read, a client that already has content) or
 * this long after the first connection joined, whichever comes first. Not at once: building holds the event
 * loop and, on a shared machine, the CPU the client needs to integrate what it was just sent. A client sent
 * the stored bytes has nothing the server lacks, so its own sync step 2 (answering the server's step 1,
 * which follows the build) can wait; a client that waits for the server's step 1 before speaking gets it
 * at the latest then.
 */
const BUILD_AFTER_JOIN_MS = 1000;

/** @internal The stored state of a room whose Y.Doc is not built yet. */
export class LazyLoad {
  /** The Y.Doc is built and every connection has had the server's sync step 1. */
  built = false;
  private stored: readonly Uint8Array[] | undefined;
  private building: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Connections answered from the stored bytes. */
  private readonly served = new Set<Connection>();
  /** The frames answering a client that has nothing, made once and shared by every such client (the rows do not change before the build). */
  private frames: Uint8Array[] | undefined;

  constructor(
    stored: readonly Uint8Array[],
    private readonly doc: Y.Doc,
    private readonly connections: ReadonlySet<Connection>,
    private readonly build: () => Promise<void>,
  ) {
    this.stored = stored;
  }

  /**
   * Answers a client's sync step 1 from the stored bytes if the Y.Doc is not
   * built yet and the client has nothing; returns whether it did. The
   * largest row (the compacted state) goes first as an update, as it is;
   * the other rows (appended since, small) follow merged as the sync step 2,
   * so the client is complete when it counts as synced, and each arrives
   * after what it builds on.
   */
  answer(conn: Connection, stateVector: Uint8Array): boolean {
    const rows = this.stored;
    if (this.built || !rows?.length) return false;
    let known: Map<number, number>;
    try {
      known = Y.decodeStateVector(stateVector);
    } catch {
      throw new ProtocolError('sync step 1 carries a malformed state vector');
    }
    if (known.size > 0) return false;
    this.frames ??= framesOf(rows);
    for (const frame of this.frames) conn.send(frame);
    this.served.add(conn);
    return true;
  }

  /** A connection joined: its sync step 1 is due once the doc is built, so the build starts soon in any case (see BUILD_AFTER_JOIN_MS). */
  joined(): void {
    if (this.built || this.building || this.timer) return;
    this.timer = setTimeout(() => this.start(), BUILD_AFTER_JOIN_MS);
    this.timer.unref();
  }

  /** Starts the build in the background; a failure reaches whoever awaits `ready()` (and the build's own handler). */
  private start(): void {
    this.ready().catch(() => {});
  }

  /** Builds the Y.Doc once (later calls share the same promise); resolves when it is built. */
  ready(): Promise<void> {
    if (this.built) return Promise.resolve();
    clearTimeout(this.timer);
    this.building ??= this.run();
    return this.building;
  }

  /** Resolves once a build in progress has ended (either way); at once if none was started, and none starts by itself after. */
  async settle(): Promise<void> {
    clearTimeout(this.timer);
    await this.building?.catch(() => {});
  }

  /** Forgets a connection that left. */
  leave(conn: Connection): void {
    this.served.delete(conn);
  }

  private async run(): Promise<void> {
    await this.build();
    this.stored = undefined;
    this.frames = undefined;
    const sv = Y.encodeStateVector(this.doc);
    let added: Uint8Array | undefined;
    if (this.served.size && Y.getState(this.doc.store, this.doc.clientID) > 0) {
      const before = Y.decodeStateVector(sv);
      before.delete(this.doc.clientID);
      added = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(before));
    }
    // Synchronously with `built`, so a connection joins either before (and is sent its step 1 here) or after (by `Room.join`).
    this.built = true;
    const step1 = encodeSyncStep1(sv);
    for (const c of this.connections) {
      if (added && this.served.has(c)) c.send(encodeSyncUpdate(added));
      c.send(step1);
    }
    this.served.clear();
  }
}

/** The frames that carry stored rows to a client that has nothing: the largest row as an update, then the rest merged as the sync step 2. */
function framesOf(rows: readonly Uint8Array[]): Uint8Array[] {
  if (rows.length === 1) return [encodeSyncStep2(rows[0])];
  let main = 0;
  for (let i = 1; i < rows.length; i++) if (rows[i].byteLength > rows[main].byteLength) main = i;
  return [encodeSyncUpdate(rows[main]), encodeSyncStep2(Y.mergeUpdates(rows.filter((_, i) => i !== main)))];
}
