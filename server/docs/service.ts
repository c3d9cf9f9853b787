/**
 * Reading documents on the server side: from the live room when the
 * document is loaded, else straight from the store (without loading a room
 * that nobody edits). Reports are cached until the document or its
 * sign-offs change, so listing many documents stays cheap.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { TemplateSet } from '../../shared/template/set.js';
import { missionToday } from '../../shared/time/mission-day.js';
import type { ServerSigner } from '../signing/signer.js';
import type { Storage } from '../storage/storage.js';
import type { SyncServer } from '../sync/sync-server.js';
import { effectiveAccess } from '../auth/access.js';
import type { LastChange } from '../../shared/api/documents.js';
import type { Office } from '../../shared/signoff/workflow.js';
import type { DocumentRow } from '../storage/storage.js';
import { type DocReport, type Inspection, inspect } from './inspect.js';
import { type LastChanges, toldChange } from './last-change.js';
import { LinkResolver, withLinks } from './link-resolver.js';
import { docFromStored } from './stored.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';

/** What the document service reads from: the store, the live rooms, the templates, the keys, the clock and the mission's time zone. */
export interface DocServiceDeps {
  storage: Storage;
  sync: SyncServer;
  templates: TemplateSet;
  signer: ServerSigner;
  logger: Logger;
  now: () => Date;
  /** The mission's IANA time zone: "today", for deadlines and overdue checks, is the date there (the server's config). */
  timeZone: string;
  /** Who last changed each document (noted by the sync hooks); without it, only what the store has written is told. */
  changes?: LastChanges;
}

/** Server-side reading of documents. */
export class DocService {
  private readonly cache = new Map<string, { key: string; report: DocReport; awaiting: Office[] }>();
  /**
   * Temporary copies being read, per document: requests that arrive while one is loaded or in use share it
   * (single flight), so twenty requests about a large document build it once, not twenty times.
   */
  private readonly temporary = new Map<string, { doc: Promise<Y.Doc>; users: number }>();
  /** How many temporary copies were built from the store (for tests and metrics). */
  temporaryBuilds = 0;

  constructor(readonly deps: DocServiceDeps) {}

  /** Runs `fn` on the document's current content: the live Y.Doc if loaded, else a temporary copy from the store. */
  async withDoc<T>(docId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    const { sync, storage, logger } = this.deps;
    if (sync.isLoaded(docId)) return sync.read(docId, fn);
    let entry = this.temporary.get(docId);
    if (!entry) {
      const doc = storage.loadUpdates(docId).then((updates) => {
        this.temporaryBuilds++;
        return docFromStored(updates, logger, docId);
      });
      entry = { doc, users: 0 };
      this.temporary.set(docId, entry);
    }
    entry.users++;
    const shared = entry;
    try {
      return await fn(await shared.doc);
    } finally {
      // The last reader frees the copy; a later request builds a fresh one, so nobody reads a stale copy after a change.
      if (--shared.users === 0) {
        if (this.temporary.get(docId) === shared) this.temporary.delete(docId);
        shared.doc.then((d) => d.destroy(), () => {});
      }
    }
  }

  /**
   * Everything known about a document's content now (model, diagnostics, verified sign-offs).
   * Given the `reader` the answer is for, links to other documents are checked too, as a sign-off checks them,
   * and the diagnostics are written in the reader's `locale` (English by default).
   */
  async inspect(docId: string, reader?: string, locale: Locale = DEFAULT_LOCALE): Promise<Inspection> {
    const records = await this.deps.storage.listSignoffs(docId);
    const deps = { ...this.inspectDeps(), locale };
    if (reader === undefined) return this.withDoc(docId, (doc) => inspect(doc, docId, records, deps));
    const links = this.linkResolver(reader);
    return withLinks(links, () => this.withDoc(docId, (doc) => inspect(doc, docId, records, deps, links)));
  }

  /** A fresh resolver of links to other stored documents, for one request on behalf of `reader` (titles of documents they cannot read are withheld). */
  linkResolver(reader: string): LinkResolver {
    const { storage, templates } = this.deps;
    return new LinkResolver({
      templates,
      exists: async (id) => (await storage.getDocument(id)) !== undefined,
      withDoc: (id, fn) => this.withDoc(id, fn),
      // The reader's own grants and their teams', as every other access check reads them (authenticator.ts, readable.ts).
      canRead: async (id) => {
        const [grants, memberships] = await Promise.all([storage.grantsFor(id), storage.membershipsOf(reader)]);
        const teamGrants = (await Promise.all(memberships.map((m) => storage.teamGrantsOf(m.teamId)))).flat();
        return effectiveAccess(grants, reader, id, { grants: teamGrants, memberships }) !== undefined;
      },
    });
  }

  /** The listing entry of a document, from the cache when neither it nor its sign-offs changed. */
  async report(docId: string): Promise<DocReport> {
    return (await this.summary(docId)).report;
  }

  /** The listing entry and the offices the document waits for now (`Inspection.awaiting`), cached as `report` is. */
  async summary(docId: string): Promise<{ report: DocReport; awaiting: Office[] }> {
    const row = await this.deps.storage.getDocument(docId);
    const records = await this.deps.storage.listSignoffs(docId);
    // Today is part of the key: a report goes out of date at the mission's midnight (overdue dates), not only on a change.
    const key = `${row?.lastSeq ?? 0}/${records.length}/${this.today()}`;
    const hit = this.cache.get(docId);
    if (hit && hit.key === key) return hit;
    const { report, awaiting } = await this.withDoc(docId, (doc) => inspect(doc, docId, records, this.inspectDeps()));
    const entry = { key, report, awaiting };
    this.cache.set(docId, entry);
    return entry;
  }

  /** When a person last changed the document and who: a change not yet written counts (see last-change.ts). */
  lastChange(row: Pick<DocumentRow, 'id' | 'lastChange'>): LastChange | undefined {
    return this.deps.changes ? this.deps.changes.of(row) : toldChange(row.lastChange);
  }

  /** A signed version: the record, the Yjs state it signed, and that state read as a model (when it is one). */
  async version(docId: string, signoffId: string): Promise<Inspection & { snapshot: Uint8Array } | undefined> {
    const row = await this.deps.storage.getSignoff(signoffId);
    if (!row || row.record.payload.docId !== docId) return undefined;
    const doc = docFromStored([row.snapshot], this.deps.logger, docId);
    try {
      return { ...inspect(doc, docId, [row.record], this.inspectDeps()), snapshot: row.snapshot };
    } finally {
      doc.destroy();
    }
  }

  /** Forgets a cached report (after a change the cache key cannot see). */
  invalidate(docId: string): void {
    this.cache.delete(docId);
  }

  /** Dependencies of `inspect`: templates, today's date in the mission's time zone, and the server's keys. */
  inspectDeps() {
    const { templates, signer } = this.deps;
    return { templates, today: this.today(), keyFor: (keyId: string) => signer.publicKey(keyId) };
  }

  /** The mission's date now (YYYY-MM-DD), in its configured time zone. */
  private today(): string {
    return missionToday(this.deps.timeZone, this.deps.now());
  }
}
