/**
 * When a person last changed a document's content, and who, for the
 * listing (`GET /api/docs` `lastChange`). The sync hooks note each update a
 * connection stores; noting is in memory, and the store is written at most
 * once per `flushMs` for all documents changed meanwhile, and when a
 * document unloads or the server stops, so typing never costs a database
 * write per keystroke. A crash loses at most the last `flushMs` of this
 * note (never content: the update log is written before every update is
 * applied). Server-made changes (sign-offs, the status) are not noted:
 * "last change" is a person's.
 */
import type { Logger } from 'pino';
import type { LastChange } from '../../shared/api/documents.js';
import type { DocumentRow, DocumentStore } from '../storage/storage.js';

/** What the tracker needs: where to write, the log for a failed write, the clock and how long to hold notes. */
export interface LastChangesDeps {
  storage: Pick<DocumentStore, 'recordChange'>;
  logger: Logger;
  now: () => Date;
  /** The longest a note waits in memory before it is written. */
  flushMs: number;
}

/** How long a note of the last change waits in memory at most, by default. */
export const LAST_CHANGE_FLUSH_MS = 5_000;

type Change = { at: string; by: string; byName: string };

/** A recorded change as the API tells it (an empty username or name is left out). */
export function toldChange(c: Change | undefined): LastChange | undefined {
  return c && { at: c.at, ...(c.by ? { by: c.by } : {}), ...(c.byName ? { byName: c.byName } : {}) };
}

/** The last change per document: noted in memory, written to the store in batches. */
export class LastChanges {
  private readonly pending = new Map<string, Change>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: LastChangesDeps) {}

  /** Notes that `user` changed `docId` now; it is written to the store within `flushMs` (or at unload). */
  noted(docId: string, user: { username: string; name: string }): void {
    this.pending.set(docId, { at: this.deps.now().toISOString(), by: user.username, byName: user.name });
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.deps.flushMs);
    this.timer.unref?.();
  }

  /** The document's last change: the note not yet written, else what the store row says; undefined when none is known. */
  of(row: Pick<DocumentRow, 'id' | 'lastChange'>): LastChange | undefined {
    return toldChange(this.pending.get(row.id) ?? row.lastChange);
  }

  /** Writes the notes held for `docId` (or for every document); a failed write is logged and the note dropped (it is not content). */
  async flush(docId?: string): Promise<void> {
    const ids = docId === undefined ? [...this.pending.keys()] : this.pending.has(docId) ? [docId] : [];
    for (const id of ids) {
      const change = this.pending.get(id)!;
      this.pending.delete(id);
      try {
        await this.deps.storage.recordChange(id, change);
      } catch (err) {
        this.deps.logger.warn({ err, docId: id }, 'could not record when the document last changed');
      }
    }
  }

  /** Writes every note held and stops the timer (the server is stopping). */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
