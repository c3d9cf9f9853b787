/**
 * The commit thread: the worker that `WorkerUpdateLog` (sqlite-commit-worker.ts)
 * starts for a store on disk. It opens its own connection to the store's
 * file and answers requests in the order they come: appends are committed
 * (and, with `synchronous = FULL`, fsynced) before they are acknowledged;
 * compactions run in slices beside them. With `synchronous = NORMAL` the
 * server commits updates itself and asks this thread only to compact, and
 * to fsync the write-ahead log a few times a second ("flush") and to copy it
 * into the database file about once a second ("checkpoint").
 *
 * It is an entry of its own, built beside every bundle of the server (see
 * commit-thread-script.ts). The rows it writes, and how, are those of
 * sqlite-update-rows.ts, which the in-memory store uses too.
 */
import { closeSync, fdatasyncSync, fstatSync, openSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { type AuditRow, commitBatch, compactRows, configureConnection, isForeignKeyError, type Placed, probeWrite, rowsAdded, updateStatements } from './sqlite-update-rows.js';

/** What the thread is started with. */
export interface CommitThreadData {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
}

/** One thing to commit, as posted: an update `[docId, bytes]` or an audit row. */
export type PostedItem = [docId: string, data: Uint8Array] | AuditRow;

/** What the thread is asked to do. */
export type CommitRequest =
  | { op: 'append'; id: number; items: PostedItem[] }
  | { op: 'compact' | 'marker' | 'close' | 'probe' | 'flush' | 'checkpoint'; id: number; doc: string };

/** What the thread answers: per update, no error or why it failed, and where it landed; each touched document's row count; or why the request failed. */
export interface CommitReply {
  id: number;
  errors?: (null | { message: string; foreignKey: boolean })[];
  placed?: (Placed | null)[];
  rows?: [string, number][];
  marker?: number;
  error?: string;
}

/** Row counts of the documents this thread has counted, kept up to date by its appends and compactions. */
const rows = new Map<string, number>();

/** Starts answering requests on `port` for the store `data.file`. */
function serve(port: NonNullable<typeof parentPort>, data: CommitThreadData): void {
  const db = new Database(data.file);
  configureConnection(db, data.synchronous);
  const q = updateStatements(db);
  const reply = (r: CommitReply) => port.postMessage(r);
  const wal = walSyncer(`${data.file}-wal`);
  const failure = (e: unknown) => String((e as Error | undefined)?.stack ?? e);

  const onAppend = (id: number, posted: PostedItem[]) => {
    const items = posted.map((p) => (p.length === 2 ? { docId: p[0], data: p[1] } : { docId: p[3] ?? '', data: p }));
    const { errors, placed } = commitBatch(db, q, items);
    const added = rowsAdded(items, errors);
    for (const [doc, n] of added) rows.set(doc, rows.has(doc) ? rows.get(doc)! + n : q.count.get(doc)!.n);
    reply({
      id,
      errors: errors.map((e) => (e === undefined ? null : { message: String((e as Error | undefined)?.message), foreignKey: isForeignKeyError(e) })),
      placed,
      rows: [...added.keys()].map((doc) => [doc, rows.get(doc)!]),
    });
  };

  // Compactions run one after the other, each yielding to the event loop (and so to the appends) between two slices.
  let compactions = Promise.resolve();
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const compact = async (doc: string) => {
    const run = compactRows(db, q, doc);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return void rows.set(doc, step.value);
      await turn();
    }
  };

  port.on('message', (m: CommitRequest) => {
    try {
      if (m.op === 'append') onAppend(m.id, m.items);
      else if (m.op === 'compact') {
        compactions = compactions.then(() => compact(m.doc)).then(
          () => reply({ id: m.id, rows: [[m.doc, rows.get(m.doc)!]] }),
          (e: unknown) => reply({ id: m.id, error: failure(e) }),
        );
      } else if (m.op === 'flush' || m.op === 'checkpoint') {
        // What the server committed without an fsync reaches the disk: the log's file (its commits since the last
        // flush); a checkpoint then copies the log into the database file (fsynced too) without blocking writers.
        wal.sync();
        if (m.op === 'checkpoint') db.pragma('wal_checkpoint(PASSIVE)');
        reply({ id: m.id });
      } else if (m.op === 'marker') reply({ id: m.id, marker: db.pragma('data_version', { simple: true }) as number });
      else if (m.op === 'probe') {
        // Honest health: the write probe runs where updates are committed; its error is a person's reason, not a stack.
        try {
          probeWrite(db);
          reply({ id: m.id });
        } catch (e) {
          reply({ id: m.id, error: String((e as Error | undefined)?.message ?? e) });
        }
      }
      else if (m.op === 'close')
        void compactions.then(() => {
          wal.close();
          db.close();
          reply({ id: m.id });
        });
      // A request this thread does not know (a server and a thread from different builds) is answered, never left waiting.
      else reply({ id: (m as { id: number }).id, error: `the commit thread does not know "${(m as { op: string }).op}" requests (rebuild: npm run build)` });
    } catch (e) {
      reply({ id: m.id, error: failure(e) });
    }
  });
}

/**
 * fdatasync of the write-ahead log file. The descriptor is kept open between flushes and reopened when the file was
 * replaced (SQLite deletes it when the last connection closes), so a flush never syncs a file that is gone.
 */
function walSyncer(file: string): { sync(): void; close(): void } {
  let fd: number | undefined;
  let ino = -1;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    sync() {
      let now: number;
      try {
        now = statSync(file).ino;
      } catch {
        return close(); // no log file: nothing was committed outside the database file
      }
      if (fd !== undefined && (now !== ino || fstatSync(fd).nlink === 0)) close();
      if (fd === undefined) {
        fd = openSync(file, 'r');
        ino = fstatSync(fd).ino;
      }
      fdatasyncSync(fd);
    },
    close,
  };
}

if (parentPort) serve(parentPort, workerData as CommitThreadData);
