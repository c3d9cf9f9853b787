/**
 * Commit before broadcast without waiting for the disk: the update log of a
 * store on disk with `synchronous = NORMAL` (the default).
 *
 * Each turn's updates are committed on the event loop, in one transaction
 * written to SQLite's write-ahead log without an fsync (about 20 µs, against
 * 1–3 ms, sometimes 12, for an fsync on our test machines), and only then
 * applied and broadcast. So a `kill -9` of the server, or its crash, loses
 * nothing anyone was shown: the operating system holds the written log and
 * SQLite reads it back on restart.
 *
 * A power cut is different: what the operating system had not yet written
 * to disk is lost. The commit thread fsyncs the log (and checkpoints it into
 * the database file within a second, rather than on the event loop as SQLite
 * would every 1,000 pages) within `flushMs` of a commit, so a power cut can
 * lose at most that last fraction of a second of edits on the server; every client
 * that typed or received those edits still holds them and sends them back
 * when it reconnects (the Yjs sync exchange). `--synchronous full` keeps the
 * stricter order: every commit fsynced before anyone sees it
 * (sqlite-commit-worker.ts).
 *
 * Compaction runs on the commit thread, in slices, as in `full` mode: the
 * merge reads the committed rows and replaces only those.
 */
import type Database from 'better-sqlite3';
import { WorkerUpdateLog } from './sqlite-commit-worker.js';
import type { CompactionPolicy } from './compaction-scheduler.js';
import { type AuditRow, InThreadUpdateLog, type UpdateLog } from './sqlite-update-log.js';
import type { AppendedUpdate } from './storage.js';

/** Default bound on how long a commit stays in the operating system's cache before it is fsynced (ms). */
export const DEFAULT_FLUSH_MS = 50;

/** How often the log is copied into the database file (ms): rarer than the fsyncs, as each copy costs two. */
const CHECKPOINT_EVERY_MS = 1000;

/** @internal Appends on the event loop; fsyncs of the log and compactions on the commit thread. */
export class DirectUpdateLog implements UpdateLog {
  private readonly inThread: InThreadUpdateLog;
  private readonly thread: WorkerUpdateLog;
  private timer: NodeJS.Timeout | undefined;
  private checkpointTimer: NodeJS.Timeout | undefined;
  /** Fsynced commits not yet copied into the database file. */
  private uncheckpointed = false;
  private flushing: Promise<void> | undefined;
  private dirty = false;
  private closed = false;
  private lastCheckpoint = 0;
  /**
   * The first fsync of the log that failed. Sticky: Linux drops the pages a failed fsync could not write and a
   * later fsync succeeds without them, so commits made before it may be lost on a power cut whatever follows. The
   * write probe (/healthz) fails from then on, until the server is restarted on a disk that works.
   */
  private fsyncFailure: Error | undefined;
  private readonly onFlushError: CompactionPolicy['onBackgroundError'];

  /** `db` is the server's connection to `file`; `script` the commit thread's; `policy.onBackgroundError` hears of a failed compaction or fsync. */
  constructor(
    db: Database.Database,
    script: URL,
    file: string,
    policy: CompactionPolicy,
    private readonly flushMs = DEFAULT_FLUSH_MS,
  ) {
    // The thread's own compaction scheduler never acts: this log's scheduler decides, the thread only merges.
    this.thread = new WorkerUpdateLog(script, file, 'NORMAL', { ...policy, compactAfter: Infinity, hardLimit: Infinity });
    this.inThread = new InThreadUpdateLog(db, policy, {
      compactor: (docId) => this.thread.compact(docId),
      committed: () => this.committed(),
    });
    this.onFlushError = policy.onBackgroundError;
    // The commit thread checkpoints (off the event loop); SQLite's own checkpoint would run here, on a commit, with
    // two fsyncs the event loop would wait for.
    db.pragma('wal_autocheckpoint = 0');
  }

  append(docId: string, update: Uint8Array): Promise<AppendedUpdate> {
    return this.inThread.append(docId, update);
  }

  appendAudit(row: AuditRow): Promise<void> {
    return this.inThread.appendAudit(row);
  }

  settled(): Promise<void> {
    return this.inThread.settled();
  }

  changeMarker(): Promise<number> {
    return this.inThread.changeMarker();
  }

  loaded(docId: string, rowCount: number): void {
    this.inThread.loaded(docId, rowCount);
  }

  compact(docId: string): Promise<void> {
    return this.inThread.compact(docId);
  }

  async probe(): Promise<void> {
    if (this.fsyncFailure) {
      throw new Error(`an fsync of the write-ahead log failed (${this.fsyncFailure.message}): edits committed since the one before may not survive a power cut; check the disk, then restart the server`);
    }
    return this.inThread.probe();
  }

  /** Resolves once every commit made so far has been fsynced and copied into the database file (tests; and `close`). */
  async flushed(): Promise<void> {
    await this.inThread.settled();
    clearTimeout(this.timer);
    clearTimeout(this.checkpointTimer);
    this.timer = this.checkpointTimer = undefined;
    while (this.flushing) await this.flushing;
    if (this.dirty || this.uncheckpointed) await this.flush(true);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.inThread.close();
    this.closed = true;
    await this.flushed().catch((e: unknown) => this.onFlushError(e, ''));
    await this.thread.close();
  }

  /** A commit happened: schedule an fsync of the log within `flushMs` (one for every commit until then). */
  private committed(): void {
    this.dirty = true;
    if (this.timer || this.flushing || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush(performance.now() - this.lastCheckpoint >= CHECKPOINT_EVERY_MS).catch((e: unknown) => this.onFlushError(e, ''));
    }, this.flushMs);
    this.timer.unref?.();
  }

  private flush(checkpoint: boolean): Promise<void> {
    this.dirty = false;
    if (checkpoint) {
      this.lastCheckpoint = performance.now();
      this.uncheckpointed = false;
      clearTimeout(this.checkpointTimer);
      this.checkpointTimer = undefined;
    } else this.uncheckpointed = true;
    this.flushing = this.thread
      .flushWal(checkpoint)
      .catch((e: unknown) => {
        this.fsyncFailure ??= e instanceof Error ? e : new Error(String(e));
        throw e;
      })
      .finally(() => {
        this.flushing = undefined;
        if (this.closed) return;
        // Commits made while this fsync ran get the next one.
        if (this.dirty) this.committed();
        // Fsynced but not yet in the database file: copied within a second even if nothing more is written.
        if (this.uncheckpointed && !this.checkpointTimer) {
          this.checkpointTimer = setTimeout(() => {
            this.checkpointTimer = undefined;
            if (this.uncheckpointed && !this.flushing && !this.timer) void this.flush(true).catch((e: unknown) => this.onFlushError(e, ''));
            else if (this.uncheckpointed) this.lastCheckpoint = -Infinity; // the next flush checkpoints
          }, Math.max(0, this.lastCheckpoint + CHECKPOINT_EVERY_MS - performance.now()));
          this.checkpointTimer.unref?.();
        }
      });
    return this.flushing;
  }
}
