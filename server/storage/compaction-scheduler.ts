/**
 * When each document's update log is compacted, for every store (SQLite's
 * commit thread and in-memory log, PostgreSQL's log): merging a document's
 * rows into one state update costs a Y.Doc built from all of them, so it
 * waits until the document has been quiet for `quietMs`, or until its rows
 * pass a hard bound (`hardLimit`, so a document edited without pause still
 * gets compacted), and compactions run one at a time, spaced apart, never
 * several in a row.
 */

/** When a store compacts documents and whom it tells when a background compaction fails. */
export interface CompactionPolicy {
  /** Compact a document once it has more than this many rows. */
  compactAfter: number;
  /** …and no update came for this long (ms). */
  quietMs: number;
  /** Compact even a busy document once it has more than this many rows. */
  hardLimit: number;
  /** Called when a background compaction fails (the rows stay as they were, so nothing is lost). */
  onBackgroundError: (error: unknown, docId: string) => void;
}

/** Pause between two background compactions, so they never add up to one long stall. */
const COMPACTION_SPACING_MS = 20;

/**
 * How long a closing store may spend compacting the documents still waiting for it (ms): a server stopped right after
 * a burst of typing then loads them from one row each when it starts again, instead of from hundreds.
 */
export const CLOSE_COMPACTION_BUDGET_MS = 1500;

/** @internal Decides when each document is compacted, from its row count and its last append; runs one compaction at a time. */
export class CompactionScheduler {
  private readonly rows = new Map<string, number>();
  /** Documents over `compactAfter`, with when they were last appended to (performance.now()). */
  private readonly candidates = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private running = false;
  /** The background compaction under way, so closing can wait for it. */
  private current: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly policy: CompactionPolicy,
    private readonly run: (docId: string) => Promise<void>,
  ) {}

  /** The known row count of a document, if any. */
  rowsOf(docId: string): number | undefined {
    return this.rows.get(docId);
  }

  /** A document now has `rows` rows; `lastAppend` is when it was last appended to (-Infinity: not recently). */
  setRows(docId: string, rows: number, lastAppend: number): void {
    this.rows.set(docId, rows);
    if (rows <= this.policy.compactAfter) {
      this.candidates.delete(docId);
      return;
    }
    this.candidates.set(docId, lastAppend);
    this.arm(this.dueAt(docId));
  }

  /**
   * Stops background compaction, then compacts the documents still waiting, most rows first, one after the other,
   * starting none after `budgetMs`; a failure is reported as in the background and the rest go on.
   */
  async drain(budgetMs: number): Promise<void> {
    const until = performance.now() + budgetMs;
    const waiting = [...this.candidates.keys()].sort((a, b) => (this.rows.get(b) ?? 0) - (this.rows.get(a) ?? 0));
    this.close();
    await this.current;
    for (const docId of waiting) {
      if (performance.now() >= until) break;
      await this.run(docId).catch((e: unknown) => this.policy.onBackgroundError(e, docId));
    }
  }

  /** Stops: no compaction starts after this. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.candidates.clear();
  }

  /** When a candidate may be compacted: once quiet, or at once past the hard bound. */
  private dueAt(docId: string): number {
    if ((this.rows.get(docId) ?? 0) > this.policy.hardLimit) return -Infinity;
    return this.candidates.get(docId)! + this.policy.quietMs;
  }

  private arm(at: number): void {
    if (this.closed || this.running || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.tick(), Math.max(0, Math.min(at - performance.now(), 2 ** 31 - 1)));
    this.timer.unref?.();
  }

  /** Compacts the candidate most overdue, then re-arms for the next. */
  private tick(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    if (this.closed) return;
    let best: string | undefined;
    let bestAt = Infinity;
    for (const id of this.candidates.keys()) {
      const at = this.dueAt(id);
      if (at < bestAt) [best, bestAt] = [id, at];
    }
    if (best === undefined) return;
    if (bestAt > performance.now()) return this.arm(bestAt);
    const docId = best;
    this.candidates.delete(docId);
    this.running = true;
    this.current = this.run(docId).then(
      () => this.finished(),
      (e: unknown) => {
        this.finished();
        if (!this.closed) this.policy.onBackgroundError(e, docId);
      },
    );
  }

  private finished(): void {
    this.running = false;
    this.current = undefined;
    if (this.candidates.size) this.arm(performance.now() + COMPACTION_SPACING_MS);
  }
}
