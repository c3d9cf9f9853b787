/**
 * The write side of the documents' update log: group commit and when to
 * compact.
 *
 * Group commit: every update appended during one turn of the event loop,
 * whatever its document, is committed in ONE transaction (one fsync with
 * `synchronous = FULL`), and only then does each append resolve, in the
 * order they were made. The caller still applies and broadcasts an update
 * only after its append resolved, so durability before broadcast is kept;
 * what changes is that 200 people typing cost a few fsyncs per turn instead
 * of one per keystroke. A store on disk commits on a worker thread
 * (sqlite-commit-worker.ts, sqlite-commit-thread.ts) so the fsync never blocks the event loop; an
 * in-memory store commits in place (`InThreadUpdateLog`).
 *
 * Compaction: when it runs is compaction-scheduler.ts (shared with the
 * PostgreSQL store); how is sqlite-update-rows.ts.
 */
import type Database from 'better-sqlite3';
import {
  type AuditRow,
  commitBatch,
  compactRowsNow,
  isForeignKeyError,
  type RowItem,
  rowsAdded,
  probeWrite,
  updateStatements,
  type UpdateStatements,
} from './sqlite-update-rows.js';
import { CompactionScheduler, type CompactionPolicy } from './compaction-scheduler.js';
import { storeClosed, unknownDocument } from './update-errors.js';

export type { AuditRow } from './sqlite-update-rows.js';

/** How a `SqliteStorage` appends and compacts documents' updates (and appends audit entries, in the same commits). */
export interface UpdateLog {
  /** Queues an update; resolves once it is committed (with every other update of this event-loop turn). */
  append(docId: string, update: Uint8Array): Promise<void>;
  /** Queues an audit entry; resolves once it is committed, like `append` (a burst of connections costs one fsync, not one each). */
  appendAudit(row: AuditRow): Promise<void>;
  /** Resolves once every append made so far is committed or has failed, so a read sees them. */
  settled(): Promise<void>;
  /**
   * SQLite's `data_version` seen by the connection that commits the updates:
   * it changes when another connection writes (the CLI revoking a token),
   * not with the log's own commits, which would otherwise look like one.
   */
  changeMarker(): Promise<number>;
  /** Records the row count of a document just read in full (by loading it); may schedule its compaction. */
  loaded(docId: string, rowCount: number): void;
  /** Merges a document's rows into one state row now (after the appends made so far). */
  compact(docId: string): Promise<void>;
  /** Commits what is queued, stops background compaction and releases what the log holds. */
  close(): Promise<void>;
  /** Honest health: writes and removes a scratch row on the connection that commits updates, after what is queued; rejects when it cannot. */
  probe(): Promise<void>;
}

interface PendingAppend extends RowItem {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** @internal Group commit on the event loop, for a store without a file (":memory:"), where a commit costs no fsync. */
export class InThreadUpdateLog implements UpdateLog {
  private pending: PendingAppend[] = [];
  private flushQueued = false;
  private closed = false;
  private readonly q: UpdateStatements;
  private readonly scheduler: CompactionScheduler;

  constructor(
    private readonly db: Database.Database,
    policy: CompactionPolicy,
  ) {
    this.q = updateStatements(db);
    this.scheduler = new CompactionScheduler(policy, async (docId) => this.compactNow(docId));
  }

  append(docId: string, update: Uint8Array): Promise<void> {
    return this.queue(docId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  appendAudit(row: AuditRow): Promise<void> {
    return this.queue(row[3] ?? '', row);
  }

  private queue(docId: string, data: Buffer | AuditRow): Promise<void> {
    if (this.closed) return Promise.reject(storeClosed(docId));
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ docId, data, resolve, reject });
      if (!this.flushQueued) {
        this.flushQueued = true;
        // After the I/O of this turn: every frame read in it joins the same transaction.
        setImmediate(() => this.flush());
      }
    });
  }

  async settled(): Promise<void> {
    this.flush();
  }

  async changeMarker(): Promise<number> {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  loaded(docId: string, rowCount: number): void {
    this.scheduler.setRows(docId, rowCount, -Infinity);
  }

  async compact(docId: string): Promise<void> {
    this.compactNow(docId);
  }

  async probe(): Promise<void> {
    await this.settled();
    if (this.closed) throw storeClosed('');
    probeWrite(this.db);
  }

  async close(): Promise<void> {
    this.flush();
    this.closed = true;
    this.scheduler.close();
  }

  /** Commits the queued updates now, in one transaction, then settles their promises in order. */
  private flush(): void {
    this.flushQueued = false;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    let results: unknown[];
    try {
      // One update for a document the store does not hold does not fail the others (commitBatch retries them one by one).
      results = commitBatch(this.db, this.q, batch).map((e, i) => (e !== undefined && isForeignKeyError(e) ? unknownDocument(batch[i].docId) : e));
    } catch (e) {
      results = batch.map(() => e);
    }
    const now = performance.now();
    for (const [docId, n] of rowsAdded(batch, results)) {
      const known = this.scheduler.rowsOf(docId);
      this.scheduler.setRows(docId, known === undefined ? this.q.count.get(docId)!.n : known + n, now);
    }
    batch.forEach((p, i) => (results[i] === undefined ? p.resolve() : p.reject(results[i])));
  }

  private compactNow(docId: string): void {
    this.flush();
    // Nothing else writes on this connection meanwhile, so the whole merge runs at once.
    this.scheduler.setRows(docId, compactRowsNow(this.db, this.q, docId), -Infinity);
  }
}
