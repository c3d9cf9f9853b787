/**
 * The rows of the update log on one SQLite connection: the statements,
 * committing a batch, counting rows and compacting a document.
 *
 * Two connections write these rows: the store's own for a store in memory
 * (`InThreadUpdateLog`), and the commit thread's for a store on disk
 * (sqlite-commit-thread.ts). Both import this module, so they cannot drift
 * apart: the same statements, the same foreign-key fallback, the same
 * compaction.
 *
 * Compaction reads a document's rows, merges them into one state in slices
 * (yielding between slices, so the commit thread can commit the batches
 * that arrive meanwhile), then swaps the rows it read for the state in one
 * short transaction. The state takes the place (seq) of the last row it
 * replaces, so it still comes before any row appended while it was built,
 * and a document's last seq does not move when nothing new was typed.
 * Rows are only ever appended (with a growing seq) or removed by a
 * compaction, so the rows read stay as they are while the state is built.
 * The merge reads what the store holds, never a server's memory: several
 * servers may share the store (server/scale/), and each appends the others'
 * rows too. The swap runs in an IMMEDIATE transaction (the write lock before
 * the read, so no other connection commits in between) and is dropped when
 * the rows up to the last one read are no longer those read (another server
 * compacted them meanwhile: its state already holds them).
 */
import type Database from 'better-sqlite3';
import * as Y from 'yjs';

/** An audit row as stored: at, kind, actor, document id, detail (JSON). */
export type AuditRow = [at: string, kind: string, actor: string | null, docId: string | null, detail: string];

/** One thing to commit: an update of `docId`, or an audit row (`data` is then the row). */
export interface RowItem {
  docId: string;
  data: Uint8Array | AuditRow;
}

/**
 * Where an update row landed: its seq and the seq of the document's row before it (0: none), so another instance that
 * saw the earlier one knows it missed nothing. [0, 0] when the row was dropped (the document was deleted meanwhile).
 */
export type Placed = [seq: number, prevSeq: number];

/** What `commitBatch` says of each item: stored (with where, for an update) or the error that refused it. */
export interface BatchResult {
  /** Per item: `undefined` when it is stored, else the error that refused it. */
  errors: unknown[];
  /** Per item: where an update row landed; null for an audit row or a refused item. */
  placed: (Placed | null)[];
}

/** Stored rows of a document's update log: 0 is an update as received, 1 a compacted state. */
const UPDATE = 0;
const STATE = 1;

/** Updates merged per Yjs transaction while compacting; the thread yields to its commits between two slices. */
const COMPACTION_SLICE = 64;

/** Applies the settings every connection to a store file needs; `synchronous` FULL means a commit waits for its fsync. */
export function configureConnection(db: Database.Database, synchronous: 'FULL' | 'NORMAL'): void {
  // The CLI may write while the server runs; wait for its lock rather than fail.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
}

/**
 * @internal Honest health: inserts and deletes a row of health_probe in one committed transaction on `db` (with
 * `synchronous` FULL, fsynced), so a store that cannot write (read-only, full disk) throws here, as an update would.
 */
export function probeWrite(db: Database.Database): void {
  db.transaction(() => {
    db.prepare('INSERT INTO health_probe (at) VALUES (?)').run(new Date().toISOString());
    db.prepare('DELETE FROM health_probe').run();
  }).immediate();
}

/** @internal Prepares the row statements of the update log on one connection. */
export function updateStatements(db: Database.Database) {
  return {
    append: db.prepare<[string, number, Uint8Array]>('INSERT INTO updates (doc_id, kind, data) VALUES (?, ?, ?)'),
    appendAt: db.prepare<[number, string, number, Uint8Array]>('INSERT INTO updates (seq, doc_id, kind, data) VALUES (?, ?, ?, ?)'),
    audit: db.prepare<AuditRow>('INSERT INTO audit (at, kind, actor, doc_id, detail) VALUES (?, ?, ?, ?, ?)'),
    load: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE doc_id = ? ORDER BY seq'),
    // Run in the transaction of the insert (which holds the write lock), so no other connection's row can come between.
    prev: db.prepare<[string, number], { prev: number }>('SELECT COALESCE(MAX(seq), 0) AS prev FROM updates WHERE doc_id = ? AND seq < ?'),
    count: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE doc_id = ?'),
    deleteUpTo: db.prepare<[string, number]>('DELETE FROM updates WHERE doc_id = ? AND seq <= ?'),
    countUpTo: db.prepare<[string, number], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE doc_id = ? AND seq <= ?'),
  };
}

/** @internal The prepared statements of `updateStatements`. */
export type UpdateStatements = ReturnType<typeof updateStatements>;

/** Whether a SQLite error is a foreign-key violation (an update for a document the store does not hold). */
export function isForeignKeyError(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Inserts one item; for an update, returns where it landed (the insert comes first, so the lock is taken before any read). */
function insert(q: UpdateStatements, item: RowItem): Placed | null {
  if (Array.isArray(item.data)) {
    q.audit.run(...item.data);
    return null;
  }
  const run = q.append.run(item.docId, UPDATE, item.data);
  // The trigger on deleted documents drops the row quietly: nothing landed.
  if (run.changes === 0) return [0, 0];
  const seq = Number(run.lastInsertRowid);
  return [seq, q.prev.get(item.docId, seq)!.prev];
}

/**
 * @internal Commits `items` in one transaction and says, per item, whether it is stored (and where) or the error that
 * refused it. An item naming a document the store does not hold fails alone: the others are then committed one by one.
 * Any other error is thrown: nothing of the batch is stored.
 */
export function commitBatch(db: Database.Database, q: UpdateStatements, items: readonly RowItem[]): BatchResult {
  try {
    const placed = db.transaction(() => items.map((item) => insert(q, item))).immediate();
    return { errors: items.map(() => undefined), placed };
  } catch (e) {
    if (!isForeignKeyError(e)) throw e;
    const errors: unknown[] = [];
    const placed = items.map((item) => {
      try {
        errors.push(undefined);
        return insert(q, item);
      } catch (one) {
        errors[errors.length - 1] = one;
        return null;
      }
    });
    return { errors, placed };
  }
}

/** @internal How many update rows each document gained from a batch, given `commitBatch`'s errors. */
export function rowsAdded(items: readonly RowItem[], errors: readonly unknown[]): Map<string, number> {
  const added = new Map<string, number>();
  items.forEach((item, i) => {
    if (errors[i] === undefined && !Array.isArray(item.data)) added.set(item.docId, (added.get(item.docId) ?? 0) + 1);
  });
  return added;
}

/**
 * @internal Merges a document's rows into one state row, yielding between slices of the merge; returns the document's
 * row count afterwards (rows appended meanwhile included). Run it to the end in one go, or resume it on later turns.
 */
export function* compactRows(db: Database.Database, q: UpdateStatements, docId: string): Generator<void, number, void> {
  const rows = q.load.all(docId);
  if (rows.length > 1) {
    const doc = new Y.Doc();
    let state: Uint8Array;
    try {
      for (let i = 0; i < rows.length; i += COMPACTION_SLICE) {
        Y.transact(doc, () => {
          for (const r of rows.slice(i, i + COMPACTION_SLICE)) Y.applyUpdate(doc, r.data);
        });
        yield;
      }
      // encodeStateAsUpdate also carries pending structs, so even an update with a missing dependency is kept.
      state = Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
    const last = rows[rows.length - 1].seq;
    db.transaction(() => {
      // Several servers may share the store: if another one compacted this document meanwhile, the rows up to `last`
      // are no longer those read. Its state already holds them, so this one is dropped rather than written over it.
      if (q.countUpTo.get(docId, last)!.n !== rows.length) return;
      q.deleteUpTo.run(docId, last);
      q.appendAt.run(last, docId, STATE, Buffer.from(state));
    }).immediate();
  }
  return q.count.get(docId)!.n;
}

/** @internal Runs `compactRows` to the end at once, for a connection with nothing to commit in between. */
export function compactRowsNow(db: Database.Database, q: UpdateStatements, docId: string): number {
  const run = compactRows(db, q, docId);
  for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
}
