/**
 * One client's WebSocket, as the sync core sees it: who it is, what it may
 * do, its rate limit, its queue of frames (processed one at a time, in
 * order, because storing an update is asynchronous) and the awareness
 * client ids it speaks for.
 * @internal Created by `SyncServer`, used by `Room`.
 */
import type { WebSocket } from 'ws';
import { fitReason } from './close-codes.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { localized, type Localized } from '../../shared/i18n/localized.js';
import type { Access, ConnectionInfo, ConnectionUser, RejectionReason } from './sync-hooks-contract.js';
import { type Limits, TokenBucket } from '../limits.js';

/** Counters shared by every connection of a server, for metrics. */
export interface TrafficCounters {
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  updatesIn: number;
  updatesOut: number;
  rejectedWrites: number;
  /** Times a whole document was encoded for clients that had nothing (shared by those joining the same version). */
  fullStatesEncoded: number;
}

/** Above this much unsent data, a client is too slow to keep up and is disconnected. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/** A queue item asking to retry the held updates (see `Connection.held`). */
export const RETRY_HELD = Symbol('retry held updates');
export type QueueItem = Uint8Array | typeof RETRY_HELD;

/** @internal A live connection. */
export class Connection {
  readonly info: { -readonly [K in keyof ConnectionInfo]: ConnectionInfo[K] };
  readonly bucket: TokenBucket;
  /** Presence budget: updates and bytes per second (every presence update is relayed to everyone in the room). */
  readonly awarenessBudget: { updates: TokenBucket; bytes: TokenBucket };
  /** Frames received but not yet handled (and retry requests). */
  readonly queue: QueueItem[] = [];
  private busy = false;
  /**
   * Updates that arrived before what they build on (a client that reconnects
   * sends the edits it types at once, before its sync step 2 has carried its
   * offline edits). They are retried, in order, after each applied update.
   */
  readonly held: Uint8Array[] = [];
  heldBytes = 0;
  /** A RETRY_HELD is already queued. */
  retryQueued = false;
  /** Set once a close was requested: nothing more is handled or sent. */
  closing = false;
  /** Answered the last ping. */
  alive = true;
  /** Awareness client ids this connection has announced (it may only speak for these). */
  readonly awarenessIds = new Set<number>();
  rejectedWrites = 0;
  /** Rejection kinds already reported to hooks, so a read-only client typing does not flood the audit trail. */
  readonly reported = new Set<RejectionReason>();
  /** Refusal kinds the client was already told of (a permission-denied message), so a viewer typing gets one, not one per keystroke. */
  readonly told = new Set<RejectionReason | 'document-size'>();

  constructor(
    readonly ws: WebSocket,
    id: number,
    docId: string,
    user: ConnectionUser,
    access: Access,
    remoteAddress: string,
    locale: Locale,
    limits: Pick<Limits, 'updatesPerSecond' | 'updatesBurst' | 'awarenessPerSecond' | 'awarenessBurst' | 'awarenessBytesPerSecond' | 'awarenessBytesBurst'>,
    private readonly counters: TrafficCounters,
    private readonly process: (conn: Connection, item: QueueItem) => Promise<void>,
  ) {
    this.info = { id, docId, user, access, remoteAddress, connectedAt: new Date(), locale };
    this.bucket = new TokenBucket(limits.updatesPerSecond, limits.updatesBurst);
    this.awarenessBudget = {
      updates: new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst),
      bytes: new TokenBucket(limits.awarenessBytesPerSecond, limits.awarenessBytesBurst),
    };
  }

  /** Queues an item; items are processed one at a time, in order (storing an update is asynchronous). */
  enqueue(item: QueueItem): void {
    if (this.closing) return;
    this.queue.push(item);
    if (!this.busy) void this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.queue.length && !this.closing) await this.process(this, this.queue.shift()!);
    } finally {
      this.busy = false;
    }
  }

  /** Sends a frame unless the connection is closing; disconnects a client that stopped reading. */
  send(frame: Uint8Array, isUpdate = false): void {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(4529, localized(serverLiveErrors, 'close.tooSlow'));
      return;
    }
    this.counters.framesOut++;
    this.counters.bytesOut += frame.byteLength;
    if (isUpdate) this.counters.updatesOut++;
    // No per-send callback: a failed send surfaces as the socket's error and close events.
    this.ws.send(frame, { binary: true });
  }

  /** Words in this connection's language (text given as a string reads the same in every language). */
  words(words: string | Localized): string {
    return typeof words === 'string' ? words : words(this.info.locale);
  }

  /** Asks the client to close with a code and a reason in its language (cut to the 123 bytes WebSocket allows). */
  close(code: number, reason: string | Localized): void {
    if (this.closing) return;
    this.closing = true;
    this.queue.length = 0;
    this.held.length = 0;
    try {
      this.ws.close(code, fitReason(this.words(reason)));
    } catch {
      this.ws.terminate();
    }
  }
}
