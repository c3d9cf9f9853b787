/**
 * One client's WebSocket, as the sync core sees it: who it is, what it may
 * do, its rate limit, its queue of frames (processed one at a time, in
 * order, because storing an update is asynchronous) and the awareness
 * client ids it speaks for.
 * @internal Created by `SyncServer`, used by `Room`.
 */
import type { WebSocket } from 'ws';
import { fitReason } from './close-codes.js';
import type { Access, ConnectionInfo, ConnectionUser, RejectionReason } from './hooks.js';
import { TokenBucket } from '../limits.js';

/** Counters shared by every connection of a server, for metrics. */
export interface TrafficCounters {
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  updatesIn: number;
  updatesOut: number;
  rejectedWrites: number;
}

/** Above this much unsent data, a client is too slow to keep up and is disconnected. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/** @internal A live connection. */
export class Connection {
  readonly info: { -readonly [K in keyof ConnectionInfo]: ConnectionInfo[K] };
  readonly bucket: TokenBucket;
  /** Frames received but not yet handled. */
  readonly queue: Uint8Array[] = [];
  busy = false;
  /** Set once a close was requested: nothing more is handled or sent. */
  closing = false;
  /** Answered the last ping. */
  alive = true;
  /** Awareness client ids this connection has announced (it may only speak for these). */
  readonly awarenessIds = new Set<number>();
  rejectedWrites = 0;
  /** Rejection kinds already reported to hooks, so a read-only client typing does not flood the audit trail. */
  readonly reported = new Set<RejectionReason>();

  constructor(
    readonly ws: WebSocket,
    id: number,
    docId: string,
    user: ConnectionUser,
    access: Access,
    remoteAddress: string,
    rate: { perSecond: number; burst: number },
    private readonly counters: TrafficCounters,
  ) {
    this.info = { id, docId, user, access, remoteAddress, connectedAt: new Date() };
    this.bucket = new TokenBucket(rate.perSecond, rate.burst);
  }

  /** Sends a frame unless the connection is closing; disconnects a client that stopped reading. */
  send(frame: Uint8Array, isUpdate = false): void {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(4529, 'you are not reading fast enough; reconnect to resynchronise');
      return;
    }
    this.counters.framesOut++;
    this.counters.bytesOut += frame.byteLength;
    if (isUpdate) this.counters.updatesOut++;
    this.ws.send(frame, { binary: true }, (err) => {
      if (err) this.ws.terminate();
    });
  }

  /** Asks the client to close with a code and a reason (cut to the 123 bytes WebSocket allows). */
  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.queue.length = 0;
    try {
      this.ws.close(code, fitReason(reason));
    } catch {
      this.ws.terminate();
    }
  }
}
