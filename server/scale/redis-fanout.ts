/**
 * Several instances of the server behind one load balancer, sharing one
 * store and one Redis (issue 17, `serve --redis`). Each instance keeps its
 * own rooms; this module carries between them what their clients must see:
 *
 * - **Updates.** An instance stores a client's update, broadcasts it to its
 *   own clients, then publishes it on the document's channel with where the
 *   store put it (seq and the document's previous seq). The others apply it
 *   to the document if they hold it, never storing it again, and broadcast it
 *   to their clients. Redis pub/sub delivers at most once: an instance that
 *   sees a gap in a document's chain of sequence numbers (seq-gaps.ts), that
 *   (re)subscribes, or that cannot reach Redis (every `pollMs`) reads what it
 *   lacks from the store (`loadUpdatesSince`). Yjs applies an update once,
 *   so reading one twice costs time, never content.
 * - **Presence.** Each instance publishes what its own connections' presence
 *   does (set, change, leave) and relays what the others publish; a newly
 *   joined connection asks the others for theirs ("hello"). The clients of
 *   an instance that dies stop renewing their presence, and every instance
 *   drops it after y-protocols' 30 s.
 * - **Access.** A grant, revocation, disabled person or ended session made
 *   through one instance is announced on the control channel, and every
 *   instance re-checks its live connections at once; each also keeps polling
 *   the store (the server's `revalidateMs`, 2 s), should the announcement be
 *   lost.
 *
 * An instance that cannot reach Redis keeps serving its own clients, says
 * so in /healthz ("degraded") and logs it once; when Redis is back it
 * subscribes again, reads every loaded document's missing updates from the
 * store and re-checks its connections.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { redactedUrl as redactUrl } from '../redacted-url.js';
import * as Y from 'yjs';
import type { Storage } from '../storage/storage.js';
import type { RemoteRoom, SyncServer } from '../sync/sync-server.js';
import type { Origin, StoreReceipt, SyncHooks } from '../sync/sync-hooks-contract.js';
import {
  CONTROL_CHANNEL,
  decodeControlMessage,
  decodeDocMessage,
  DOC_CHANNEL_PATTERN,
  docChannel,
  docOfChannel,
  type DocMessage,
  encodeControlMessage,
  encodeDocMessage,
} from './fanout-messages.js';
import type { FanoutKey } from './fanout-key.js';
import { SeqGaps } from './seq-gaps.js';

/** What the fan-out needs: where Redis is, the store to catch up from, the log. */
export interface FanoutOptions {
  /** A redis:// (or rediss://) URL. */
  url: string;
  /** Seals what this instance publishes and opens what it receives (fanout-key.ts): the same in every instance, from the store. */
  key: FanoutKey;
  storage: Pick<Storage, 'loadUpdatesSince'>;
  logger: Logger;
  /** How often documents are read from the store while Redis cannot be reached (ms; default 2000). */
  pollMs?: number;
  /** How long a gap in a document's updates may stay open (its message may be on the way) before the store is read (ms; default 250). */
  gapGraceMs?: number;
}

/** What the fan-out drives once the sync core exists. */
export interface FanoutTarget {
  sync: Pick<SyncServer, 'loadedRoom' | 'loadedDocuments' | 'isLoaded'>;
  /** Another instance changed access (or Redis came back): re-check every live connection. */
  onAccessChanged: () => void;
}

/** Redis as /healthz reports it. */
export interface FanoutHealth {
  redis: 'ok' | 'unreachable';
  /** Why, when unreachable. */
  reason?: string;
}

/** How long closing waits for Redis to acknowledge what was published last. */
const QUIT_WAIT_MS = 1000;

/** The origin a catch-up from the store is applied under (no instance sent it). */
const FROM_STORE = 'store';

/** The Redis connections of one instance and what travels on them. */
export class RedisFanout {
  /** This instance's name on the channels (host, process and a random part: two processes never share one). */
  readonly instanceId = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  /** Commands and publishes; also the client the rate limits count through. */
  readonly client: Redis;
  /** The deployment's fan-out key (also seals the shared tickets). */
  readonly key: FanoutKey;
  /** Messages dropped as not sealed with the key (the first and every thousandth are logged). */
  private unsealed = 0;
  private readonly subscriber: Redis;
  private readonly gaps = new SeqGaps();
  private readonly gapTimers = new Map<string, NodeJS.Timeout>();
  private readonly catching = new Map<string, Promise<void>>();
  private readonly pollTimer: NodeJS.Timeout;
  private target: FanoutTarget | undefined;
  private subscribed = false;
  private lastProblem: string | undefined = 'not connected yet';
  private closed = false;
  private readonly readyWaiters: Array<() => void> = [];

  /** Starts connecting at once (in the background: an unreachable Redis never stops the server). */
  constructor(private readonly opts: FanoutOptions) {
    this.key = opts.key;
    const common = {
      // Reconnect for ever, at most 2 s apart: the instance serves its own clients meanwhile.
      retryStrategy: (times: number) => Math.min(times * 100, 2000),
      maxRetriesPerRequest: 1,
      connectionName: this.instanceId,
    };
    // No offline queue: a publish while Redis is away fails at once (the store has the update; the others catch up).
    this.client = new Redis(opts.url, { ...common, enableOfflineQueue: false });
    this.subscriber = new Redis(opts.url, { ...common, autoResubscribe: false });
    for (const c of [this.client, this.subscriber]) {
      c.on('error', (err: Error) => this.lost(err.message));
      c.on('close', () => this.lost('the connection to Redis closed'));
    }
    this.subscriber.on('ready', () => void this.subscribe());
    this.subscriber.on('pmessageBuffer', (_pattern: Buffer, channel: Buffer, message: Buffer) => this.onDocMessage(channel.toString(), message));
    this.subscriber.on('message', (channel: string, message: string) => this.onControlMessage(channel, message));
    this.pollTimer = setInterval(() => this.poll(), opts.pollMs ?? 2000);
    this.pollTimer.unref();
  }

  /** The server's sync hooks, extended so that what happens here (stored updates, presence, joins) reaches the other instances. */
  wrap(hooks: SyncHooks): SyncHooks {
    return {
      ...hooks,
      onChange: (p) => {
        hooks.onChange?.(p);
        this.changed(p);
      },
      onPresence: (p) => {
        hooks.onPresence?.(p);
        this.presenceChanged(p);
      },
      onConnect: (p) => {
        hooks.onConnect?.(p);
        this.joined(p.connection.docId);
      },
    };
  }

  /** Hands the fan-out the sync core it feeds (made after the hooks that feed the fan-out). */
  attach(target: FanoutTarget): void {
    this.target = target;
  }

  /** Resolves once subscribed, or after `timeoutMs` (the server then starts without Redis and says so). Returns whether subscribed. */
  async ready(timeoutMs: number): Promise<boolean> {
    if (this.subscribed) return true;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return this.subscribed;
  }

  /** Redis as /healthz reports it: ok while subscribed and able to publish. */
  health(): FanoutHealth {
    if (this.subscribed && this.client.status === 'ready') return { redis: 'ok' };
    return { redis: 'unreachable', reason: `Redis (${redactedUrl(this.opts.url)}) cannot be reached (${this.lastProblem ?? this.client.status}): this instance serves its own clients; those of other instances see their edits once it is back` };
  }

  // ------------------------------------------------------------ out: what this instance did

  /** An update was applied here (hook `onChange`): a stored one (a client's, or the server's own) is told to the others. */
  changed(p: { docId: string; update: Uint8Array; origin: Origin; receipt?: StoreReceipt }): void {
    if (p.origin.source !== 'connection' && p.origin.source !== 'local') return;
    const { seq, prevSeq } = p.receipt ?? { seq: 0, prevSeq: 0 };
    this.noteLink(p.docId, seq, prevSeq);
    this.publish(p.docId, { kind: 'update', from: this.instanceId, seq, prevSeq, update: p.update });
  }

  /** This instance's connections' presence changed (hook `onPresence`). */
  presenceChanged(p: { docId: string; update: Uint8Array }): void {
    this.publish(p.docId, { kind: 'presence', from: this.instanceId, update: p.update });
  }

  /** A connection joined a document here (hook `onConnect`): the instances holding it are asked for their connections' presence. */
  joined(docId: string): void {
    this.publish(docId, { kind: 'hello', from: this.instanceId });
  }

  /** Access changed through this instance: every other re-checks its live connections. */
  accessChanged(): void {
    if (this.closed) return;
    this.client.publish(CONTROL_CHANNEL, this.key.sealText(CONTROL_CHANNEL, encodeControlMessage({ from: this.instanceId, kind: 'access-changed' }))).catch((err: unknown) => {
      this.opts.logger.warn({ err }, 'could not announce an access change through Redis; the other instances notice it from the store within seconds');
    });
  }

  private publish(docId: string, m: DocMessage): void {
    if (this.closed) return;
    const channel = docChannel(docId);
    this.client.publish(channel, this.key.seal(channel, encodeDocMessage(m))).catch(() => {
      // Redis is away (health says so): the store has every update, and the others read it when they see the gap or reconnect.
    });
  }

  // ------------------------------------------------------------ in: what the others did

  private onDocMessage(channel: string, bytes: Buffer): void {
    const docId = docOfChannel(channel);
    if (docId === undefined || !this.target) return;
    const body = this.key.open(channel, bytes);
    if (!body) return this.dropUnsealed(channel);
    let m: DocMessage;
    try {
      m = decodeDocMessage(body);
    } catch (e) {
      this.opts.logger.warn({ docId, problem: (e as Error).message }, 'ignored a fan-out message');
      return;
    }
    if (m.from === this.instanceId) return;
    const { sync } = this.target;
    void sync.loadedRoom(docId).then(async (room) => {
      if (!room) return;
      if (m.kind === 'presence') return room.applyRemotePresence(m.update);
      if (m.kind === 'hello') {
        const own = room.ownPresence();
        if (own) this.publish(docId, { kind: 'presence', from: this.instanceId, update: own });
        return;
      }
      try {
        await room.applyRemote(m.update, m.from);
      } catch (err) {
        this.opts.logger.error({ err, docId }, 'applying an update from another instance failed; it is read from the store at the next gap');
        return;
      }
      if (sync.isLoaded(docId)) this.noteLink(docId, m.seq, m.prevSeq);
    });
  }

  private onControlMessage(channel: string, text: string): void {
    if (channel !== CONTROL_CHANNEL || !this.target) return;
    const body = this.key.openText(channel, text);
    if (body === undefined) return this.dropUnsealed(channel);
    try {
      if (decodeControlMessage(body).from !== this.instanceId) this.target.onAccessChanged();
    } catch (e) {
      this.opts.logger.warn({ problem: (e as Error).message }, 'ignored a control message');
    }
  }

  /** A message not sealed with the deployment's key for its channel (forged, moved from another channel, or from an instance on another store): dropped, logged the first time and every thousandth. */
  private dropUnsealed(channel: string): void {
    if (this.unsealed++ % 1000 === 0) {
      this.opts.logger.warn({ channel, dropped: this.unsealed }, 'dropped a Redis message not sealed with this deployment\u2019s fan-out key: something other than an instance on this store publishes on this Redis');
    }
  }

  // ------------------------------------------------------------ gaps and catching up

  /** Follows a document's chain; a gap still open after the grace period is read from the store. */
  private noteLink(docId: string, seq: number, prevSeq: number): void {
    if (!this.gaps.note(docId, seq, prevSeq) || this.gapTimers.has(docId) || this.closed) return;
    const timer = setTimeout(() => {
      this.gapTimers.delete(docId);
      if (this.gaps.hasGap(docId)) void this.catchUp(docId);
    }, this.opts.gapGraceMs ?? 250);
    timer.unref();
    this.gapTimers.set(docId, timer);
  }

  /** Reads from the store what a loaded document lacks since its chain's known end (all of it when unknown) and applies it. One at a time per document. */
  private catchUp(docId: string): Promise<void> {
    const running = this.catching.get(docId);
    if (running) return running;
    const run = (async () => {
      const since = this.gaps.upTo(docId) ?? 0;
      const { updates, lastSeq } = await this.opts.storage.loadUpdatesSince(docId, since);
      const room = updates.length ? await this.target?.sync.loadedRoom(docId) : undefined;
      if (room) await this.applyFromStore(room, docId, updates);
      this.gaps.caughtUp(docId, lastSeq);
    })()
      .catch((err: unknown) => this.opts.logger.error({ err, docId }, 'catching up a document from the store failed; retried at the next gap or poll'))
      .finally(() => this.catching.delete(docId));
    this.catching.set(docId, run);
    return run;
  }

  /**
   * Applies rows read from the store: merged, in one go; should that fail (a row that is no update, or does not
   * integrate), one by one, skipping and logging the bad ones, as loading a document does (docs/stored.ts), so one
   * bad row never keeps this instance from the good rows beside it.
   */
  private async applyFromStore(room: RemoteRoom, docId: string, updates: Uint8Array[]): Promise<void> {
    try {
      await room.applyRemote(updates.length === 1 ? updates[0] : Y.mergeUpdates(updates), FROM_STORE);
      return;
    } catch {
      // Found out below, row by row.
    }
    for (const [index, update] of updates.entries()) {
      try {
        await room.applyRemote(update, FROM_STORE);
      } catch (err) {
        this.opts.logger.error({ err, docId, index }, 'an update read from the store could not be applied and was skipped');
      }
    }
  }

  /** Every loaded document, caught up from the store. */
  private async catchUpAll(): Promise<void> {
    await Promise.all((this.target?.sync.loadedDocuments() ?? []).map((docId) => this.catchUp(docId)));
  }

  /** Each tick: forget the chains of unloaded documents; while Redis is away, read every loaded document's new updates from the store. */
  private poll(): void {
    if (!this.target || this.closed) return;
    const loaded = this.target.sync.loadedDocuments();
    this.gaps.keepOnly(new Set(loaded));
    if (!this.subscribed) void this.catchUpAll();
  }

  // ------------------------------------------------------------ connection

  /** Subscribes (at start and after every reconnect), then catches up: what was published meanwhile was lost. */
  private async subscribe(): Promise<void> {
    try {
      await this.subscriber.psubscribe(DOC_CHANNEL_PATTERN);
      await this.subscriber.subscribe(CONTROL_CHANNEL);
    } catch (e) {
      this.lost((e as Error).message);
      return;
    }
    const wasDown = this.lastProblem !== undefined;
    this.subscribed = true;
    this.lastProblem = undefined;
    if (wasDown) this.opts.logger.info({ redis: redactedUrl(this.opts.url), instance: this.instanceId }, 'subscribed to Redis: updates and presence reach the other instances');
    this.readyWaiters.splice(0).forEach((wake) => wake());
    // Whatever was published while this instance was not subscribed is read from the store, and access is re-checked.
    await this.catchUpAll();
    this.target?.onAccessChanged();
  }

  private lost(why: string): void {
    if (this.closed) return;
    if (this.subscribed || this.lastProblem === undefined) {
      this.opts.logger.warn({ redis: redactedUrl(this.opts.url), problem: why }, 'Redis cannot be reached: this instance keeps serving its own clients and reads the others\u2019 edits from the store until it is back');
    }
    this.subscribed = false;
    this.lastProblem = why;
  }

  /** Stops: no more messages in or out. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    for (const t of this.gapTimers.values()) clearTimeout(t);
    this.gapTimers.clear();
    await Promise.allSettled([...this.catching.values()]);
    this.subscriber.disconnect();
    // QUIT waits for the publishes already sent (the leaving connections' presence), but never long for a Redis that does not answer.
    const quitting = this.client.quit().catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([quitting, new Promise<void>((resolve) => (timer = setTimeout(resolve, QUIT_WAIT_MS)))]);
    clearTimeout(timer);
    this.client.disconnect();
  }
}

/** A Redis URL without its password (in the user part or the query), for logs and /healthz. */
export function redactedUrl(url: string): string {
  return redactUrl(url, 'an unreadable URL');
}
