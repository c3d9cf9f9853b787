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
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type AuditRow, CompactionScheduler, type CompactionPolicy, storeClosed, unknownDocument, type UpdateLog } from './sqlite-update-log.js';
import { StorageError } from './types.js';

/** What the worker answers: per update, no error or why it failed; and each touched document's row count. */
interface Reply {
  id: number;
  errors?: (null | { message: string; foreignKey: boolean })[];
  rows?: [string, number][];
  marker?: number;
  error?: string;
}

/**
 * The worker, as plain JavaScript (it runs without the TypeScript build):
 * it opens the file with the same settings and answers requests in order.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
const Y = require(workerData.yjsPath);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = ' + workerData.synchronous);
db.pragma('foreign_keys = ON');
const append = db.prepare('INSERT INTO updates (doc_id, kind, data) VALUES (?, ?, ?)');
const audit = db.prepare('INSERT INTO audit (at, kind, actor, doc_id, detail) VALUES (?, ?, ?, ?, ?)');
// An item is [docId, update bytes] or an audit row [at, kind, actor, docId, detail].
const insert = (item) => (item.length === 2 ? append.run(item[0], 0, item[1]) : audit.run(...item));
const load = db.prepare('SELECT seq, data FROM updates WHERE doc_id = ? ORDER BY seq');
const count = db.prepare('SELECT COUNT(*) AS n FROM updates WHERE doc_id = ?');
const deleteUpTo = db.prepare('DELETE FROM updates WHERE doc_id = ? AND seq <= ?');
const rows = new Map();
const isForeignKey = (e) => e && e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
const appendAll = db.transaction((items) => { for (const item of items) insert(item); });
const appendAt = db.prepare('INSERT INTO updates (seq, doc_id, kind, data) VALUES (?, ?, 1, ?)');
// The state takes the place (seq) of the last row it replaces, so it still comes before any row appended meanwhile.
const replace = db.transaction((doc, last, state) => {
  deleteUpTo.run(doc, last);
  appendAt.run(last, doc, state);
});
const turn = () => new Promise((resolve) => setImmediate(resolve));
let compactions = Promise.resolve();
// Rows are only ever appended (and removed by compaction, one at a time), so the rows read here stay as they are while
// the state is built in slices, with the appends that arrive meanwhile committed between two slices.
async function compact(doc) {
  const all = load.all(doc);
  if (all.length > 1) {
    const ydoc = new Y.Doc();
    for (let i = 0; i < all.length; i += 64) {
      Y.transact(ydoc, () => { for (const r of all.slice(i, i + 64)) Y.applyUpdate(ydoc, r.data); });
      await turn();
    }
    const state = Y.encodeStateAsUpdate(ydoc);
    ydoc.destroy();
    replace(doc, all[all.length - 1].seq, Buffer.from(state));
  }
  rows.set(doc, count.get(doc).n);
}
function onAppend(id, items) {
  let errors;
  try {
    appendAll(items);
    errors = items.map(() => null);
  } catch (e) {
    if (!isForeignKey(e)) throw e;
    errors = items.map((item) => {
      try { insert(item); return null; }
      catch (e2) { return { message: String(e2 && e2.message), foreignKey: isForeignKey(e2) }; }
    });
  }
  const added = new Map();
  items.forEach((item, i) => { if (!errors[i] && item.length === 2) added.set(item[0], (added.get(item[0]) || 0) + 1); });
  for (const [doc, n] of added) rows.set(doc, rows.has(doc) ? rows.get(doc) + n : count.get(doc).n);
  parentPort.postMessage({ id, errors, rows: [...added.keys()].map((doc) => [doc, rows.get(doc)]) });
}
parentPort.on('message', (m) => {
  try {
    if (m.op === 'append') onAppend(m.id, m.items);
    else if (m.op === 'compact') {
      compactions = compactions.then(() => compact(m.doc)).then(
        () => parentPort.postMessage({ id: m.id, rows: [[m.doc, rows.get(m.doc)]] }),
        (e) => parentPort.postMessage({ id: m.id, error: String((e && e.stack) || e) }),
      );
    }
    else if (m.op === 'marker') parentPort.postMessage({ id: m.id, marker: db.pragma('data_version', { simple: true }) });
    else if (m.op === 'close') compactions.then(() => { db.close(); parentPort.postMessage({ id: m.id }); });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String((e && e.stack) || e) });
  }
});
`;

type Request =
  | { op: 'append'; items: { docId: string; data: Uint8Array | AuditRow; resolve: () => void; reject: (e: unknown) => void }[] }
  | { op: 'settled' | 'close' | 'marker'; docId: string; resolve: (reply: Reply) => void; reject: (e: unknown) => void };

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
  private readonly workerData: { sqlitePath: string; yjsPath: string; file: string; synchronous: string };

  constructor(file: string, synchronous: 'FULL' | 'NORMAL', policy: CompactionPolicy) {
    const require = createRequire(import.meta.url);
    this.workerData = { sqlitePath: require.resolve('better-sqlite3'), yjsPath: require.resolve('yjs'), file, synchronous };
    this.scheduler = new CompactionScheduler(policy, (docId) => this.compact(docId));
  }

  append(docId: string, update: Uint8Array): Promise<void> {
    // Posting a view clones its whole buffer (for a WebSocket frame, often a shared 8 KiB or larger one): send just its bytes.
    return this.enqueue(docId, update.byteOffset === 0 && update.byteLength === update.buffer.byteLength ? update : update.slice());
  }

  appendAudit(row: AuditRow): Promise<void> {
    return this.enqueue(row[3] ?? '', row);
  }

  private enqueue(docId: string, data: Uint8Array | AuditRow): Promise<void> {
    if (this.closed) return Promise.reject(storeClosed(docId));
    return new Promise<void>((resolve, reject) => {
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
    this.ensureWorker().postMessage({ op: 'compact', id, doc: docId });
    this.worker?.ref();
    return done;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.scheduler.close();
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

  private request(op: 'settled' | 'close' | 'marker', docId: string): Promise<Reply> {
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
    const worker = this.ensureWorker();
    worker.ref();
    if (request.op === 'append') worker.postMessage({ op: 'append', id, items: request.items.map((i) => (Array.isArray(i.data) ? i.data : [i.docId, i.data])) });
    else if (request.op !== 'settled') worker.postMessage({ op: request.op, id, doc: request.docId });
    else this.answer({ id }); // settled(): nothing to do but wait for its turn
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.workerData });
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
        if (!e) item.resolve();
        else if (typeof e === 'string') item.reject(new StorageError('failed', `The store's writer thread failed (${e}); nothing of this commit was stored.`));
        else if (e.foreignKey) item.reject(unknownDocument(item.docId));
        else item.reject(new StorageError('failed', `Storing ${Array.isArray(item.data) ? 'an audit entry' : `an update for document "${item.docId}"`} failed: ${e.message}`));
      });
    } else if (reply.error) request.reject(new StorageError('failed', `The store's writer thread failed: ${reply.error}`));
    else request.resolve(reply);
    this.dispatch();
  }
}
