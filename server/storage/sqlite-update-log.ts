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
 * of one per keystroke. By default a store on disk commits in place
 * (`InThreadUpdateLog`, without waiting for the disk) and its commit thread
 * fsyncs within 50 ms (sqlite-direct-log.ts); with `synchronous = FULL` it
 * commits on that thread (sqlite-commit-worker.ts, sqlite-commit-thread.ts)
 * so the fsync never blocks the event loop; an in-memory store commits in
 * place.
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
  type Placed,
  type RowItem,
  rowsAdded,
  probeWrite,
  updateStatements,
  type UpdateStatements,
} from './sqlite-update-rows.js';
import type { AppendedUpdate } from './storage.js';
import { CLOSE_COMPACTION_BUDGET_MS, CompactionScheduler, type CompactionPolicy } from './compaction-scheduler.js';
import { storeClosed, unknownDocument } from './update-errors.js';

export type { AuditRow } from './sqlite-update-rows.js';

/** How a `SqliteStorage` appends and compacts documents' updates (and appends audit entries, in the same commits). */
export interface UpdateLog {
  /** Queues an update; resolves once it is committed (with every other update of this event-loop turn), with where it landed. */
  append(docId: string, update: Uint8Array): Promise<AppendedUpdate>;
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
  resolve: (placed: AppendedUpdate) => void;
  reject: (error: unknown) => void;
}

/** What an `InThreadUpdateLog` may hand off: compaction (to another thread) and the news that something was committed. */
export interface InThreadOptions {
  /** Merges a document's rows elsewhere (resolves when done); without it, the merge runs here at once. */
  compactor?: (docId: string) => Promise<void>;
  /** Called after each commit that stored something (e.g. to schedule the write-ahead log's fsync). */
  committed?: () => void;
  /** How long closing may spend compacting waiting documents (ms; default `CLOSE_COMPACTION_BUDGET_MS`). */
  closeBudgetMs?: number;
}

/**
 * @internal Group commit on the event loop: for a store without a file (":memory:"), and for a store on disk with
 * `synchronous = NORMAL`, where a commit writes to the write-ahead log without waiting for the disk (about 20 µs).
 */
export class InThreadUpdateLog implements UpdateLog {
  private pending: PendingAppend[] = [];
  private flushQueued = false;
  private closed = false;
  private readonly q: UpdateStatements;
  private readonly scheduler: CompactionScheduler;

  constructor(
    private readonly db: Database.Database,
    policy: CompactionPolicy,
    private readonly options: InThreadOptions = {},
  ) {
    this.q = updateStatements(db);
    this.scheduler = new CompactionScheduler(policy, (docId) => this.compactNow(docId));
  }

  append(docId: string, update: Uint8Array): Promise<AppendedUpdate> {
    return this.queue(docId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  async appendAudit(row: AuditRow): Promise<void> {
    await this.queue(row[3] ?? '', row);
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
    await this.compactNow(docId);
  }

  async probe(): Promise<void> {
    await this.settled();
    if (this.closed) throw storeClosed('');
    probeWrite(this.db);
  }

  async close(): Promise<void> {
    this.flush();
    await this.scheduler.drain(this.options.closeBudgetMs ?? CLOSE_COMPACTION_BUDGET_MS);
    this.flush();
    this.closed = true;
  }

  /** Commits the queued updates now, in one transaction, then settles their promises in order. */
  private flush(): void {
    this.flushQueued = false;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    let results: unknown[];
    let placed: (Placed | null)[] = [];
    try {
      // One update for a document the store does not hold does not fail the others (commitBatch retries them one by one).
      const committed = commitBatch(this.db, this.q, batch);
      placed = committed.placed;
      results = committed.errors.map((e, i) => (e !== undefined && isForeignKeyError(e) ? unknownDocument(batch[i].docId) : e));
    } catch (e) {
      results = batch.map(() => e);
    }
    const now = performance.now();
    for (const [docId, n] of rowsAdded(batch, results)) {
      const known = this.scheduler.rowsOf(docId);
      this.scheduler.setRows(docId, known === undefined ? this.q.count.get(docId)!.n : known + n, now);
    }
    if (results.some((r) => r === undefined)) this.options.committed?.();
    batch.forEach((p, i) => {
      const [seq, prevSeq] = placed[i] ?? [0, 0];
      if (results[i] === undefined) p.resolve({ seq, prevSeq });
      else p.reject(results[i]);
    });
  }

  private async compactNow(docId: string): Promise<void> {
    this.flush();
    if (this.options.compactor) {
      // The merge reads the committed rows and replaces only those, so updates committed here meanwhile are kept.
      await this.options.compactor(docId);
      this.scheduler.setRows(docId, this.q.count.get(docId)!.n, -Infinity);
    }
    // Nothing else writes on this connection meanwhile, so the whole merge runs at once.
    else this.scheduler.setRows(docId, compactRowsNow(this.db, this.q, docId), -Infinity);
  }
}
