/**
 * The write side of the PostgreSQL store's update log: group commit and
 * compaction, as SQLite's (sqlite-update-log.ts) promises them.
 *
 * Group commit: every update (and audit entry) appended during one turn of
 * the event loop is committed in ONE transaction, and only then does each
 * append resolve, in the order they were made; batches commit one after the
 * other, so the next batch gathers while one commits. The caller broadcasts
 * an update only after its append resolved: durable before anyone sees it.
 *
 * Compaction merges what the DATABASE holds, not what this instance saw:
 * several instances append to one document. Under a transaction holding
 * `pg_advisory_xact_lock` for the document (so one instance compacts a
 * document at a time), it reads the document's rows, merges them into one
 * state update, deletes exactly the rows it read and writes the state in
 * the place (seq) of the last one. A row another instance commits meanwhile
 * is never deleted, even one whose seq was drawn earlier but committed
 * later: it is simply not among the rows read, and stays beside the state
 * (Yjs updates apply in any order).
 */
import type pg from 'pg';
import * as Y from 'yjs';
import { CLOSE_COMPACTION_BUDGET_MS, CompactionScheduler, type CompactionPolicy } from './compaction-scheduler.js';
import { changes, isForeignKeyViolation, one, rows, toBuffer, transaction } from './postgres-db.js';
import type { AuditRow } from './sqlite-update-rows.js';
import { storeClosed, unknownDocument } from './update-errors.js';
import type { AppendedUpdate } from './storage.js';

/** Stored rows of a document's update log: 0 is an update as received, 1 a compacted state. */
const UPDATE = 0;
const STATE = 1;

/** Updates merged per Yjs transaction while compacting; the event loop gets a turn between two slices. */
const COMPACTION_SLICE = 64;

interface Pending {
  docId: string;
  /** An update, or an audit row. */
  data: Buffer | AuditRow;
  resolve: (placed: AppendedUpdate) => void;
  reject: (error: unknown) => void;
}

/** What committing a batch says of each item: stored (where, for an update) or the error that refused it. */
type Outcome = { ok: true; placed: AppendedUpdate } | { ok: false; error: unknown };

/** @internal Group commit and compaction of a PostgreSQL store's updates (and audit entries appended by `appendAudit`). */
export class PostgresUpdateLog {
  private pending: Pending[] = [];
  private flushQueued = false;
  /** The batches committing or waiting to commit, in order; each starts when the one before has settled. */
  private committing: Promise<void> = Promise.resolve();
  private compacting: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly scheduler: CompactionScheduler;

  constructor(
    private readonly pool: pg.Pool,
    policy: CompactionPolicy,
  ) {
    this.scheduler = new CompactionScheduler(policy, (docId) => (this.compacting = this.compactNow(docId).then(() => undefined)));
  }

  /** Queues an update; resolves once it is committed with the rest of its turn's batch, with where it landed. */
  append(docId: string, update: Uint8Array): Promise<AppendedUpdate> {
    return this.queue(docId, toBuffer(update));
  }

  /** Queues an audit entry into the same batches. */
  async appendAudit(row: AuditRow): Promise<void> {
    await this.queue(row[3] ?? '', row);
  }

  /** Resolves once every append made so far is committed or has failed. */
  async settled(): Promise<void> {
    this.flush();
    await this.committing;
  }

  /** Records the row count of a document just loaded; may schedule its compaction. */
  loaded(docId: string, rowCount: number): void {
    this.scheduler.setRows(docId, rowCount, -Infinity);
  }

  /** Merges the document's rows into one state row now, after the appends made so far. */
  async compact(docId: string): Promise<void> {
    await this.settled();
    this.scheduler.setRows(docId, await this.compactNow(docId), -Infinity);
  }

  /** Honest health: a scratch row written and removed in one committed transaction, behind what is queued. */
  async probe(): Promise<void> {
    await this.settled();
    if (this.closed) throw storeClosed('');
    await transaction(this.pool, async (c) => {
      await c.query('INSERT INTO health_probe (at) VALUES ($1)', [new Date().toISOString()]);
      await c.query('DELETE FROM health_probe');
    });
  }

  /** Commits what is queued, stops compaction and waits for one under way. */
  async close(): Promise<void> {
    this.flush();
    await this.scheduler.drain(CLOSE_COMPACTION_BUDGET_MS);
    this.flush();
    this.closed = true;
    await this.committing;
    await this.compacting.catch(() => {});
  }

  private queue(docId: string, data: Buffer | AuditRow): Promise<AppendedUpdate> {
    if (this.closed) return Promise.reject(storeClosed(docId));
    return new Promise<AppendedUpdate>((resolve, reject) => {
      this.pending.push({ docId, data, resolve, reject });
      if (!this.flushQueued) {
        this.flushQueued = true;
        // After the I/O of this turn: every frame read in it joins the same transaction.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Hands the queued items to the commit chain as one batch. */
  private flush(): void {
    this.flushQueued = false;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    this.committing = this.committing.then(() => this.commit(batch));
  }

  /** Commits a batch, then settles its promises in order; never rejects (each item carries its own outcome). */
  private async commit(batch: Pending[]): Promise<void> {
    let results: Outcome[];
    try {
      results = await this.commitAll(batch);
    } catch (e) {
      results = batch.map(() => ({ ok: false, error: e }));
    }
    const now = performance.now();
    const added = new Map<string, number>();
    batch.forEach((p, i) => {
      if (results[i].ok && !Array.isArray(p.data)) added.set(p.docId, (added.get(p.docId) ?? 0) + 1);
    });
    for (const [docId, n] of added) {
      const known = this.scheduler.rowsOf(docId);
      try {
        this.scheduler.setRows(docId, known === undefined ? await this.count(docId) : known + n, now);
      } catch {
        // Counting is for the compaction schedule only: the updates are committed whatever it says.
      }
    }
    batch.forEach((p, i) => {
      const r = results[i];
      if (r.ok) p.resolve(r.placed);
      else p.reject(r.error);
    });
  }

  /**
   * One transaction for the batch: the updates as one multi-row INSERT (rows in the order appended), then the audit
   * rows. An update naming a document the store does not hold fails alone: the items are then stored one by one.
   *
   * Each document's appends are serialised across instances by an advisory lock taken before the rows draw their
   * sequence numbers and held to the commit, so a document's rows commit in the order of their numbers: `prevSeq`
   * (read in the same transaction) is then truly the row before, and an instance that follows the chain misses none.
   */
  private async commitAll(batch: Pending[]): Promise<Outcome[]> {
    const updates = batch.filter((p): p is Pending & { data: Buffer } => !Array.isArray(p.data));
    const audits = batch.filter((p): p is Pending & { data: AuditRow } => Array.isArray(p.data));
    try {
      const placed = await transaction(this.pool, async (c) => {
        const where = new Map<Pending, AppendedUpdate>();
        if (updates.length) {
          // In one order everywhere, so two instances locking the same documents wait for each other, never deadlock.
          const docIds = [...new Set(updates.map((p) => p.docId))].sort();
          await lockAppends(c, docIds);
          // One statement for the rows and what came before them: `prev` reads the snapshot this statement starts
          // with, taken after the locks, so it holds every earlier row of each document and none of another batch.
          const inserted = await rows<{ seq: string | number; doc_id: string; prev: string | number | null }>(
            c,
            `WITH prev AS (SELECT doc_id, MAX(seq) AS prev FROM updates WHERE doc_id = ANY($3::text[]) GROUP BY doc_id),
             ins AS (
               INSERT INTO updates (doc_id, kind, data)
               SELECT doc_id, ${UPDATE}, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u (doc_id, data, i) ORDER BY i
               RETURNING seq, doc_id
             )
             SELECT ins.seq, ins.doc_id, prev.prev FROM ins LEFT JOIN prev USING (doc_id)`,
            [updates.map((p) => p.docId), updates.map((p) => p.data), docIds],
          );
          for (const [docId, items] of groupByDoc(updates)) {
            const mine = inserted.filter((r) => r.doc_id === docId);
            // Sequence numbers are drawn in the order of the rows: a document's numbers, ascending, are its items in order.
            const seqs = mine.map((r) => Number(r.seq)).sort((a, b) => a - b);
            // Rows for a document deleted meanwhile are dropped by its trigger: nothing landed.
            if (seqs.length !== items.length) {
              items.forEach((p) => where.set(p, { seq: 0, prevSeq: 0 }));
              continue;
            }
            let prev = Number(mine[0].prev ?? 0);
            items.forEach((p, i) => {
              where.set(p, { seq: seqs[i], prevSeq: prev });
              prev = seqs[i];
            });
          }
        }
        for (const a of audits) await c.query('INSERT INTO audit (at, kind, actor, doc_id, detail) VALUES ($1, $2, $3, $4, $5)', a.data);
        return where;
      });
      return batch.map((p) => ({ ok: true, placed: placed.get(p) ?? { seq: 0, prevSeq: 0 } }));
    } catch (e) {
      if (!isForeignKeyViolation(e)) throw e;
      const results: Outcome[] = [];
      for (const p of batch) {
        try {
          if (Array.isArray(p.data)) {
            await this.pool.query('INSERT INTO audit (at, kind, actor, doc_id, detail) VALUES ($1, $2, $3, $4, $5)', p.data);
            results.push({ ok: true, placed: { seq: 0, prevSeq: 0 } });
          } else {
            const docId = p.docId;
            const data = p.data;
            const placed = await transaction(this.pool, async (c) => {
              await lockAppends(c, [docId]);
              const r = await one<{ seq: string | number }>(c, `INSERT INTO updates (doc_id, kind, data) VALUES ($1, ${UPDATE}, $2) RETURNING seq`, [docId, data]);
              if (!r) return { seq: 0, prevSeq: 0 };
              const seq = Number(r.seq);
              return { seq, prevSeq: await previousSeq(c, docId, seq) };
            });
            results.push({ ok: true, placed });
          }
        } catch (one) {
          results.push({ ok: false, error: isForeignKeyViolation(one) ? unknownDocument(p.docId) : one });
        }
      }
      return results;
    }
  }

  /** The document's rows above `seq`, in one read (several instances: catching up on what Redis did not bring). */
  async loadSince(docId: string, seq: number): Promise<{ updates: Uint8Array[]; lastSeq: number }> {
    await this.settled();
    const stored = await rows<{ seq: string | number; data: Buffer }>(this.pool, 'SELECT seq, data FROM updates WHERE doc_id = $1 AND seq > $2 ORDER BY seq', [docId, seq]);
    return {
      updates: stored.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
      lastSeq: stored.length ? Number(stored[stored.length - 1].seq) : seq,
    };
  }

  private async count(docId: string): Promise<number> {
    return (await one<{ n: number }>(this.pool, 'SELECT COUNT(*) AS n FROM updates WHERE doc_id = $1', [docId]))!.n;
  }

  /** Merges the rows the database holds for the document, under its advisory lock; returns its row count afterwards. */
  private async compactNow(docId: string): Promise<number> {
    await transaction(this.pool, async (c) => {
      // One compaction of a document at a time, across every instance; the lock goes with the transaction.
      await c.query("SELECT pg_advisory_xact_lock(hashtextextended('poc-compact:' || $1, 0))", [docId]);
      // The document row before the update rows, as a deletion takes them: the two wait for each other, never deadlock.
      const doc = await one<{ deleted_at: string | null }>(c, 'SELECT deleted_at FROM documents WHERE id = $1 FOR KEY SHARE', [docId]);
      if (!doc || doc.deleted_at !== null) return;
      const stored = await rows<{ seq: number; data: Buffer }>(c, 'SELECT seq, data FROM updates WHERE doc_id = $1 ORDER BY seq', [docId]);
      if (stored.length < 2) return;
      const state = await merge(stored.map((r) => r.data));
      const seqs = stored.map((r) => r.seq);
      const last = seqs[seqs.length - 1];
      await changes(c, 'DELETE FROM updates WHERE doc_id = $1 AND seq = ANY($2::bigint[])', [docId, seqs]);
      await c.query(`INSERT INTO updates (seq, doc_id, kind, data) VALUES ($1, $2, ${STATE}, $3)`, [last, docId, toBuffer(state)]);
    });
    return this.count(docId);
  }
}

/**
 * One state update holding every given update, deleted content garbage-collected (a Y.Doc built from them, as the
 * SQLite store compacts; `Y.mergeUpdates` would keep deleted content). Yields to the event loop between slices.
 */
async function merge(updates: Buffer[]): Promise<Uint8Array> {
  const doc = new Y.Doc();
  try {
    for (let i = 0; i < updates.length; i += COMPACTION_SLICE) {
      Y.transact(doc, () => {
        for (const u of updates.slice(i, i + COMPACTION_SLICE)) Y.applyUpdate(doc, u);
      });
      if (i + COMPACTION_SLICE < updates.length) await new Promise((r) => setImmediate(r));
    }
    // encodeStateAsUpdate also carries pending structs, so even an update with a missing dependency is kept.
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Takes the append locks of `docIds` (sorted) for the rest of the transaction, in that order, in one round trip. */
async function lockAppends(c: pg.PoolClient, docIds: readonly string[]): Promise<void> {
  await c.query("SELECT pg_advisory_xact_lock(hashtextextended('poc-append:' || d, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS l (d, i) ORDER BY i", [docIds]);
}

/** The sequence number of the document's row just before `seq` (0: none). */
async function previousSeq(c: pg.PoolClient, docId: string, seq: number): Promise<number> {
  const r = await one<{ prev: string | number | null }>(c, 'SELECT MAX(seq) AS prev FROM updates WHERE doc_id = $1 AND seq < $2', [docId, seq]);
  return Number(r?.prev ?? 0);
}

/** The pending updates by document, each document's in the order appended. */
function groupByDoc<T extends { docId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const p of items) {
    const list = out.get(p.docId);
    if (list) list.push(p);
    else out.set(p.docId, [p]);
  }
  return out;
}
