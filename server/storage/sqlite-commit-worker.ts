/**
 * Group commit on a worker thread, for a store on disk.
 *
 * With `synchronous = FULL` every commit waits for an fsync, and
 * better-sqlite3 waits on the thread that calls it. On the event loop that
 * wait stalls every connection of the server, whichever document it types
 * in. Here a worker thread with its own connection to the same file does
 * the appends and compactions: the event loop only hands it batches and
 * carries on reading, checking and broadcasting what is already committed.
 *
 * One request is in flight at a time. Appends made while a commit is under
 * way gather into the next batch, so the busier the server, the more
 * updates share one fsync. An append resolves only once the transaction
 * holding it has committed, and the caller broadcasts only then: durability
 * before broadcast is unchanged.
 *
 * A compaction does not take that slot: the worker builds the merged state
 * in slices and commits the batches that arrive in between, then swaps the
 * rows it read for the state in one short transaction. So compacting a long
 * history delays nobody's keystrokes.
 *
 * This is the event loop's side; the thread itself is sqlite-commit-thread.ts.
 */
import { Worker } from 'node:worker_threads';
import type { CommitReply as Reply, CommitRequest, CommitThreadData, PostedItem } from './sqlite-commit-thread.js';
import { CLOSE_COMPACTION_BUDGET_MS, CompactionScheduler, type CompactionPolicy } from './compaction-scheduler.js';
import type { AuditRow, UpdateLog } from './sqlite-update-log.js';
import { storeClosed, unknownDocument } from './update-errors.js';
import { type AppendedUpdate, StorageError } from './storage.js';

type Request =
  | { op: 'append'; items: { docId: string; data: Uint8Array | AuditRow; resolve: (placed: AppendedUpdate) => void; reject: (e: unknown) => void }[] }
  | { op: 'settled' | 'close' | 'marker' | 'probe' | 'flush' | 'checkpoint'; docId: string; resolve: (reply: Reply) => void; reject: (e: unknown) => void };

/** @internal Appends and compacts through a worker thread that owns a second connection to the store's file. */
export class WorkerUpdateLog implements UpdateLog {
  private worker: Worker | undefined;
  private readonly queue: Request[] = [];
  private inFlight: { id: number; request: Request } | undefined;
  /** Compactions sent to the worker: they run there in slices, beside the commits, not in the in-flight slot. */
  private readonly compactions = new Map<number, { docId: string; resolve: () => void; reject: (e: unknown) => void }>();
  private dispatchQueued = false;
  private nextId = 1;
  private closed = false;
  private readonly scheduler: CompactionScheduler;
  private readonly workerData: CommitThreadData;

  /** `script` is the commit thread's (see `commitThreadScript`); `file` the store it commits to. */
  constructor(
    private readonly script: URL,
    file: string,
    synchronous: 'FULL' | 'NORMAL',
    policy: CompactionPolicy,
  ) {
    this.workerData = { file, synchronous };
    this.scheduler = new CompactionScheduler(policy, (docId) => this.compact(docId));
  }

  append(docId: string, update: Uint8Array): Promise<AppendedUpdate> {
    // Posting a view clones its whole buffer (for a WebSocket frame, often a shared 8 KiB or larger one): send just its bytes.
    return this.enqueue(docId, update.byteOffset === 0 && update.byteLength === update.buffer.byteLength ? update : update.slice());
  }

  async appendAudit(row: AuditRow): Promise<void> {
    await this.enqueue(row[3] ?? '', row);
  }

  private enqueue(docId: string, data: Uint8Array | AuditRow): Promise<AppendedUpdate> {
    if (this.closed) return Promise.reject(storeClosed(docId));
    return new Promise<AppendedUpdate>((resolve, reject) => {
      const last = this.queue[this.queue.length - 1];
      const item = { docId, data, resolve, reject };
      if (last?.op === 'append') last.items.push(item);
      else this.queue.push({ op: 'append', items: [item] });
      this.schedule();
    });
  }

  async settled(): Promise<void> {
    if (!this.inFlight && !this.queue.length) return;
    // A no-op request at the end of the queue: when it is answered, everything before it is.
    await this.request('settled', '').catch(() => {});
  }

  async changeMarker(): Promise<number> {
    return (await this.request('marker', '')).marker ?? 0;
  }

  loaded(docId: string, rowCount: number): void {
    this.scheduler.setRows(docId, rowCount, -Infinity);
  }

  async compact(docId: string): Promise<void> {
    // The appends made before it are committed first, so the compaction covers them.
    await this.settled();
    if (this.closed) throw storeClosed(docId);
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.compactions.set(id, { docId, resolve, reject }));
    this.post({ op: 'compact', id, doc: docId });
    this.worker?.ref();
    return done;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.scheduler.drain(CLOSE_COMPACTION_BUDGET_MS);
    // Behind whatever is queued (appends not yet sent start the worker if need be): those are committed first.
    if (this.worker || this.inFlight || this.queue.length) await this.request('close', '').catch(() => {});
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
    // Anything that came in while closing is refused rather than left waiting for a worker that is gone.
    this.refuseAll(storeClosed(''));
  }

  /** Refuses every queued, in-flight and compaction request with `error`. */
  private refuseAll(error: StorageError): void {
    const requests = [...(this.inFlight ? [this.inFlight.request] : []), ...this.queue.splice(0)];
    this.inFlight = undefined;
    for (const r of requests) {
      if (r.op === 'append') r.items.forEach((i) => i.reject(error));
      else r.reject(error);
    }
    for (const c of this.compactions.values()) c.reject(error);
    this.compactions.clear();
  }

  async probe(): Promise<void> {
    await this.request('probe', '');
  }

  /** Asks the thread to fsync the write-ahead log (commits made by another connection, without fsync), and with `checkpoint` to copy it into the database file. */
  async flushWal(checkpoint: boolean): Promise<void> {
    await this.request(checkpoint ? 'checkpoint' : 'flush', '');
  }

  private request(op: 'settled' | 'close' | 'marker' | 'probe' | 'flush' | 'checkpoint', docId: string): Promise<Reply> {
    if (this.closed) return Promise.reject(storeClosed(docId));
    return new Promise<Reply>((resolve, reject) => {
      this.queue.push({ op, docId, resolve, reject });
      this.schedule();
    });
  }

  /** Sends the head of the queue once nothing is in flight, after the I/O of this turn (so its appends join one batch). */
  private schedule(): void {
    if (this.inFlight || this.dispatchQueued) return;
    this.dispatchQueued = true;
    setImmediate(() => {
      this.dispatchQueued = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.inFlight) return;
    if (this.closed) return this.refuseAll(storeClosed(''));
    const request = this.queue.shift();
    if (!request) {
      if (!this.compactions.size) this.worker?.unref();
      return;
    }
    const id = this.nextId++;
    this.inFlight = { id, request };
    this.ensureWorker().ref();
    if (request.op === 'append') this.post({ op: 'append', id, items: request.items.map((i): PostedItem => (Array.isArray(i.data) ? i.data : [i.docId, i.data])) });
    else if (request.op !== 'settled') this.post({ op: request.op, id, doc: request.docId });
    else this.answer({ id }); // settled(): nothing to do but wait for its turn
  }

  private post(request: CommitRequest): void {
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: this.workerData });
    worker.on('message', (reply: Reply) => this.answer(reply));
    const fail = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      // The next request starts a fresh worker; what was in flight is refused (its clients resend it).
      for (const id of [...this.compactions.keys()]) this.answer({ id, error: why });
      this.answer({ id: this.inFlight?.id ?? -1, error: why });
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => fail(`it exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private answer(reply: Reply): void {
    const compaction = this.compactions.get(reply.id);
    if (compaction) {
      this.compactions.delete(reply.id);
      if (!this.compactions.size && !this.inFlight) this.worker?.unref();
      for (const [docId, n] of reply.rows ?? []) this.scheduler.setRows(docId, n, -Infinity);
      if (reply.error) compaction.reject(new StorageError('failed', `Compacting document "${compaction.docId}" failed: ${reply.error}`));
      else compaction.resolve();
      return;
    }
    const current = this.inFlight;
    if (!current || current.id !== reply.id) return;
    this.inFlight = undefined;
    const { request } = current;
    const now = performance.now();
    for (const [docId, n] of reply.rows ?? []) this.scheduler.setRows(docId, n, request.op === 'append' ? now : -Infinity);
    if (request.op === 'append') {
      request.items.forEach((item, i) => {
        const e = reply.error ?? reply.errors?.[i];
        const [seq, prevSeq] = reply.placed?.[i] ?? [0, 0];
        if (!e) item.resolve({ seq, prevSeq });
        else if (typeof e === 'string') item.reject(new StorageError('failed', `The store's writer thread failed (${e}); nothing of this commit was stored.`));
        else if (e.foreignKey) item.reject(unknownDocument(item.docId));
        else item.reject(new StorageError('failed', `Storing ${Array.isArray(item.data) ? 'an audit entry' : `an update for document "${item.docId}"`} failed: ${e.message}`));
      });
    } else if (reply.error) request.reject(new StorageError('failed', `The store's writer thread failed: ${reply.error}`));
    else request.resolve(reply);
    this.dispatch();
  }
}
