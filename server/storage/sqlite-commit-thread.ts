/**
 * The commit thread: the worker that `WorkerUpdateLog` (sqlite-commit-worker.ts)
 * starts for a store on disk. It opens its own connection to the store's
 * file and answers requests in the order they come: appends are committed
 * (and, with `synchronous = FULL`, fsynced) before they are acknowledged;
 * compactions run in slices beside them.
 *
 * It is an entry of its own, built beside every bundle of the server (see
 * commit-thread-script.ts). The rows it writes, and how, are those of
 * sqlite-update-rows.ts, which the in-memory store uses too.
 */
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
  | { op: 'compact' | 'marker' | 'close' | 'probe'; id: number; doc: string };

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
          db.close();
          reply({ id: m.id });
        });
    } catch (e) {
      reply({ id: m.id, error: failure(e) });
    }
  });
}

if (parentPort) serve(parentPort, workerData as CommitThreadData);
