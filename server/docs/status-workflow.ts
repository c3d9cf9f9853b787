/**
 * The server's side of the status workflow (the rule: shared/signoff/
 * workflow.ts): it recomputes a document's status after a sign-off is
 * stored and shortly after its content changes, and writes `meta.status`
 * as a server change when the rule says otherwise than the document does.
 * So a document becomes "approved" when its last required approval is valid
 * for the current content, goes back to "in review" when an edit makes that
 * approval stale, and a client that writes "approved" itself is corrected.
 *
 * Content changes are debounced per document (`delayMs` after the last
 * update, not per keystroke), but never beyond `maxWaitMs` after the first
 * update of a run: a client that never stops sending (a script typing a
 * character a second) would otherwise keep a status it forged, "approved",
 * for as long as it likes. The sync core knows nothing of this: the
 * server's hooks tell it which document changed (server/app.ts).
 */
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { contentHash } from '../../shared/hash/canonical.js';
import type { DocStatus } from '../../shared/model/types.js';
import { currentScope, latestPerOffice } from '../../shared/signoff/latest.js';
import { serverStatus } from '../../shared/signoff/workflow.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { META, toModel } from '../../shared/ydoc/layout.js';
import { mapValue } from '../../shared/ydoc/short-text.js';
import type { Storage } from '../storage/storage.js';
import type { SyncServer } from '../sync/sync-server.js';
import { type KeyLookup, viewSignoffs } from './inspect.js';

/** What the workflow reads and writes: the store's sign-offs, the live documents, the templates and keys, and the log. */
export interface StatusWorkflowDeps {
  storage: Pick<Storage, 'listSignoffs' | 'getDocument'>;
  sync: Pick<SyncServer, 'read' | 'change'>;
  templates: TemplateSet;
  keyFor: KeyLookup;
  logger: Logger;
  /** How long after a document's last update its status is recomputed. */
  delayMs: number;
  /** The longest a run of updates delays the recomputation, counted from its first update (STATUS_MAX_WAIT_MS unless given). */
  maxWaitMs?: number;
  /** Called after the workflow changed a document's status (to forget cached reports). */
  onChanged?: (docId: string) => void;
  /** Called once a run of edits has settled and the status was recomputed after it (the version history's automatic versions use this debounce). */
  onSettled?: (docId: string) => void;
}

/** The default wait after the last update before a document's status is recomputed. */
export const STATUS_DELAY_MS = 2000;

/** The default longest wait after the first of a run of updates: steady typing still gets its status recomputed this often. */
export const STATUS_MAX_WAIT_MS = 5000;

/** Keeps documents' statuses true to the workflow rule. */
export class StatusWorkflow {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly deps: StatusWorkflowDeps) {}

  /** Notes that a document's content changed; its status is recomputed `delayMs` after the last such call, and at most `maxWaitMs` after the first one still waiting. */
  touched(docId: string): void {
    if (this.stopped) return;
    const pending = this.timers.get(docId);
    clearTimeout(pending?.timer);
    const since = pending?.since ?? Date.now();
    const wait = Math.max(0, Math.min(this.deps.delayMs, since + (this.deps.maxWaitMs ?? STATUS_MAX_WAIT_MS) - Date.now()));
    const timer = setTimeout(() => {
      this.timers.delete(docId);
      // Also a document that left memory meanwhile (it is loaded again for this): its last edit may have made an approval
      // stale, and nothing else would take "approved" off it until someone edits or signs it again.
      void this.recompute(docId).then(() => this.deps.onSettled?.(docId));
    }, wait);
    timer.unref();
    this.timers.set(docId, { timer, since });
  }

  /** Recomputes a document's status now and writes it when it differs; never rejects (a failure is logged). Calls for one document run one after another. */
  recompute(docId: string): Promise<void> {
    const previous = this.running.get(docId) ?? Promise.resolve();
    const next = previous.then(() => this.apply(docId)).catch((err: unknown) => this.deps.logger.error({ err, docId }, 'recomputing the document status failed'));
    this.running.set(docId, next);
    void next.then(() => {
      if (this.running.get(docId) === next) this.running.delete(docId);
    });
    return next;
  }

  /** Cancels pending recomputations and waits for those under way (on shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    await Promise.all(this.running.values());
  }

  private async apply(docId: string): Promise<void> {
    const records = await this.deps.storage.listSignoffs(docId);
    const row = await this.deps.storage.getDocument(docId);
    // Deleted meanwhile: nothing to keep true (and nothing to load back into memory).
    if (!row) return;
    const archived = Boolean(row.archivedAt);
    const wanted = await this.deps.sync.read(docId, (doc) => this.statusFor(doc, docId, records, archived));
    if (!wanted) return;
    let changed = false;
    await this.deps.sync.change(
      docId,
      (doc) => {
        // Read again inside the change: a client's update may have arrived between the read and the write.
        const now = this.statusFor(doc, docId, records, archived);
        if (!now) return;
        doc.getMap(META).set('status', now.status);
        changed = true;
      },
      'status workflow',
    );
    if (changed) {
      this.deps.logger.info({ docId, from: wanted.from, to: wanted.status }, 'document status changed');
      this.deps.onChanged?.(docId);
    }
  }

  /** The status the rule gives the document (`archived`: whether the store has it archived), when it differs from what it says; undefined when it agrees, or when it is no readable document that says anything but "approved". */
  private statusFor(doc: Y.Doc, docId: string, records: Parameters<typeof viewSignoffs>[0], archived: boolean): { status: DocStatus; from: DocStatus } | undefined {
    // Nothing the workflow cannot read as this document is approved: a client that rewrote its id or type beside a forged
    // "approved" would otherwise keep it. Anything else such a document says is left as it is.
    const unreadable = () => (mapValue(doc.getMap(META).get('status')) === 'approved' ? { status: 'in-review' as const, from: 'approved' as const } : undefined);
    let model;
    try {
      model = toModel(doc, this.deps.templates).model;
    } catch {
      return unreadable();
    }
    if (model.meta.id !== docId) return unreadable();
    const template = this.deps.templates.find(model.meta.type);
    if (!template) return unreadable();
    const hash = contentHash(model);
    // Only records that verify count (valid or stale), each office's standing by the one rule.
    const views = viewSignoffs(records, docId, hash, this.deps.keyFor).filter((v) => v.status !== 'invalid');
    const standing = latestPerOffice(views, (v) => v.record.payload, currentScope(model, template));
    // "Archived" is the store's to say (server/docs/lifecycle.ts): written by a client into a document that is not archived, it
    // is read as a draft (so a standing approval still puts it in review), not left to tell everyone nobody signs it any more.
    const said = model.meta.status === 'archived' && !archived ? 'draft' : model.meta.status;
    const status = serverStatus(said, template, new Map([...standing].map(([role, v]) => [role, v.record.payload])), hash);
    // Compared with the value stored, not the one read: a status written as a shared text, or beside metadata too odd
    // to read, reads as something it is not, and the editor shows what is stored (editor/header.ts).
    return status === doc.getMap(META).get('status') ? undefined : { status, from: model.meta.status };
  }
}
