/**
 * A document's version history (issue 13; the wire types: shared/api/versions.ts).
 *
 * Kinds: a person names the current state ("named"); the server takes one
 * while the document is edited ("auto": at most one every `autoEveryMs`, only
 * when the content differs from the latest version's, after the status
 * workflow's debounce has settled the edits); a restore records the result
 * ("restored"). Signed versions are never copied: they are listed from the
 * sign-off records, whose snapshots are already stored (append-only) with them,
 * and a signed version's id is its record's id.
 *
 * Each stored version is one full update (`Y.encodeStateAsUpdate`): it holds
 * the whole state, so it reads on its own whatever the document's GC setting
 * or the update log's compaction did since.
 *
 * Bounded growth (the rules and numbers: server/docs/version-thinning.ts):
 * automatic versions are all kept for 24 hours, then one a day for 30 days,
 * then one a week; named, restored and last-viewed versions are kept; over a
 * hard cap per document (300) the oldest automatic versions go first, and a
 * named save is refused at the cap. Named saves, restores and the automatic
 * versions a "viewed" mark takes are rate-limited per person and document
 * (server/rate-limits.ts). Deleting a document removes its stored versions
 * (server/storage/sqlite.ts `deleteDocument`); its sign-offs and their
 * snapshots stay, as before.
 *
 * Refusals are values with a stable code; the HTTP layer gives each a status.
 */
import type { ArgsFor, KeyOf } from '../../shared/i18n/catalogue.js';
import { type Localized, localized } from '../../shared/i18n/localized.js';
import { serverDocErrors } from '../../shared/i18n/messages/server-errors-docs.js';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { VersionEntry, VersionsResponse } from '../../shared/api/versions.js';
import { contentHash } from '../../shared/hash/canonical.js';
import type { DocModel } from '../../shared/model/types.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { META, toModel, writeModel } from '../../shared/ydoc/layout.js';
import { mapValue } from '../../shared/ydoc/short-text.js';
import { atLeast } from '../auth/access.js';
import type { RateLimits } from '../rate-limits.js';
import type { AccessLevel, Storage, UserRow, VersionRow, VersionSnapshotRow } from '../storage/storage.js';
import type { SyncServer } from '../sync/sync-server.js';
import type { DocService } from './service.js';
import type { StatusWorkflow } from './status-workflow.js';
import { officeFor } from '../../shared/signoff/workflow.js';
import { docFromStored } from './stored.js';
import { roomForKept, versionsToDrop } from './version-thinning.js';

/** What the history needs: the store, the live documents, the document service (reading, its cache), templates, clock, limits, log. */
export interface VersionDeps {
  storage: Storage;
  sync: Pick<SyncServer, 'change'>;
  docs: Pick<DocService, 'withDoc' | 'invalidate' | 'version'>;
  templates: TemplateSet;
  now: () => Date;
  logger: Logger;
  rateLimits: Pick<RateLimits, 'consume'>;
  /** The shortest time between two automatic versions of a document (server/config.ts `autoVersionEveryMs`). */
  autoEveryMs: number;
  /** The status workflow: a restore may make an approval stale, so the status is recomputed after it. */
  status?: Pick<StatusWorkflow, 'recompute'>;
}

/** Why a version action was refused. */
export type VersionRefusalCode = 'not-found' | 'no-such-version' | 'not-an-editor' | 'archived' | 'not-a-document' | 'too-many-versions' | 'too-many-requests';

/** A refusal: a stable code and words a person can act on (and, when rate-limited, the wait). */
export interface VersionRefusal {
  ok: false;
  code: VersionRefusalCode;
  /** In English, for logs and the CLI. */
  message: string;
  /** In the reader's language (the API answers with it). */
  words: Localized;
  retryAfterSec?: number;
}

/** A result: the version made or viewed, or why not. */
export type VersionResult = { ok: true; entry: VersionEntry } | VersionRefusal;

/** One version's content as `GET /api/docs/:id/versions/:versionId` answers it (the shape of `SignedVersionSchema`). */
export interface VersionContent {
  record?: SignoffRecord;
  contentHash: string | null;
  model: DocModel | null;
  snapshot: Uint8Array;
}

/** A document's state read at one moment: the full update, its model and hash (null when it is no readable POC document). */
interface State {
  snapshot: Uint8Array;
  model: DocModel | null;
  contentHash: string | null;
}

const refuse = (code: VersionRefusalCode, words: Localized, retryAfterSec?: number): VersionRefusal => ({ ok: false, code, message: words('en'), words, ...(retryAfterSec === undefined ? {} : { retryAfterSec }) });

/** A message of the version history's catalogue, worded when its reader is known. */
const says = <K extends KeyOf<typeof serverDocErrors>>(key: K, ...args: ArgsFor<typeof serverDocErrors, K>): Localized => localized(serverDocErrors, key, ...args);

/** A new unguessable version id: "v_" and 16 random bytes, base64url. */
export function newVersionId(): string {
  return `v_${randomBytes(16).toString('base64url')}`;
}

/** The model of a Yjs state, or null when it is no readable POC document (a bad content is reported by the reader, not thrown further). */
export function modelOf(doc: Y.Doc, templates: TemplateSet): DocModel | null {
  try {
    return toModel(doc, templates).model;
  } catch {
    return null;
  }
}

function stateOf(doc: Y.Doc, templates: TemplateSet): State {
  const model = modelOf(doc, templates);
  return { snapshot: Y.encodeStateAsUpdate(doc), model, contentHash: model ? contentHash(model) : null };
}

/** A stored version as the history lists it. */
function storedEntry(v: VersionRow, names: ReadonlyMap<string, string>): VersionEntry {
  const by = v.createdBy;
  const name = by === null ? undefined : names.get(by);
  return {
    id: v.id,
    kind: v.kind,
    ...(v.name === null ? {} : { name: v.name }),
    createdAt: v.createdAt,
    ...(by === null ? {} : { createdBy: by }),
    ...(name === undefined ? {} : { createdByName: name }),
    contentHash: v.contentHash,
    ...(v.restoredFrom === null ? {} : { restoredFrom: v.restoredFrom }),
  };
}

/** The version history of every document: listing, saving, automatic versions, restoring, and "last viewed". */
export class VersionHistory {
  private readonly chains = new Map<string, Promise<unknown>>();
  /** Documents whose automatic version waits for the interval to pass (one timer each). */
  private readonly waiting = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly deps: VersionDeps) {}

  /** The history of a document for `username`, newest first, with the versions they compare against by default. */
  async list(docId: string, username: string): Promise<VersionsResponse> {
    const { storage } = this.deps;
    const stored = await storage.listVersions(docId);
    const records = await storage.listSignoffs(docId);
    const names = new Map<string, string>();
    for (const by of new Set(stored.map((v) => v.createdBy))) {
      const user = by === null ? undefined : await storage.getUser(by);
      if (user) names.set(user.username, user.name);
    }
    const signed = records.map((r) => this.signedEntry(r)).reverse();
    // Both lists are newest first; a stable sort keeps that order within one instant.
    const versions = [...stored.map((v) => storedEntry(v, names)), ...signed].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    const viewed = await storage.lastViewed(username, docId);
    const mine = [...records].reverse().find((r) => r.payload.user === username);
    const last = records.at(-1);
    return {
      versions,
      // A version the thinning let go is not offered as a starting point.
      ...(viewed && versions.some((v) => v.id === viewed) ? { lastViewed: viewed } : {}),
      ...(mine ? { lastSignedByMe: mine.id } : {}),
      ...(last ? { lastSigned: last.id } : {}),
    };
  }

  /** One version of the document (stored or signed) with its content, or undefined when the document has no such version. */
  async content(docId: string, versionId: string): Promise<VersionContent | undefined> {
    const row = await this.deps.storage.getVersion(versionId);
    if (row && row.docId === docId) {
      const doc = docFromStored([row.snapshot], this.deps.logger, docId);
      try {
        return { contentHash: row.contentHash, model: modelOf(doc, this.deps.templates), snapshot: row.snapshot };
      } finally {
        doc.destroy();
      }
    }
    const signed = await this.deps.docs.version(docId, versionId);
    if (!signed) return undefined;
    return { record: signed.records[0]?.record, contentHash: signed.report.contentHash, model: signed.model ?? null, snapshot: signed.snapshot };
  }

  /** Saves the current state under `name` as `user` (editors and owners), audited; never throws for a refusal. */
  async save(docId: string, user: UserRow, access: AccessLevel | undefined, name: string): Promise<VersionResult> {
    const refused = await this.mayChange(docId, user, access, 'save');
    if (refused) return refused;
    return this.serial(docId, async () => {
      const { storage } = this.deps;
      const versions = await storage.listVersions(docId);
      if (roomForKept(versions, new Set(await storage.viewedVersions(docId))) <= 0) {
        return refuse('too-many-versions', says('versions.full', { docId }));
      }
      const state = await this.deps.docs.withDoc(docId, (doc) => stateOf(doc, this.deps.templates));
      const row = this.row(docId, 'named', state, { name: name.trim() || name, createdBy: user.username });
      await storage.appendVersion(row, { kind: 'version-saved', actor: user.username, docId, detail: { versionId: row.id, name: row.name, contentHash: row.contentHash } });
      await this.thin(docId);
      return { ok: true, entry: storedEntry(row, new Map([[user.username, user.name]])) };
    });
  }

  /**
   * Makes version `versionId` the current content (meta and body; sign-offs and the status are left to their owners) as a
   * new server change every client sees live; saves the state before it first when no version holds it, then records the
   * result as a "restored" version, audited. Never throws for a refusal.
   */
  async restore(docId: string, user: UserRow, access: AccessLevel | undefined, versionId: string): Promise<VersionResult> {
    const refused = await this.mayChange(docId, user, access, 'restore');
    if (refused) return refused;
    const source = await this.content(docId, versionId);
    if (!source) return refuse('no-such-version', says('versions.none', { docId, versionId }));
    if (!source.model) return refuse('not-a-document', says('versions.unrestorable', { docId }));
    const entry = (await this.list(docId, user.username)).versions.find((v) => v.id === versionId);
    const model = { ...source.model, meta: { ...source.model.meta, id: docId } };
    const template = this.deps.templates.find(model.meta.type);
    return this.serial(docId, async () => {
      const { storage, sync, templates } = this.deps;
      let before: State | undefined;
      await sync.change(
        docId,
        (doc) => {
          // Read in the same transaction as the write, before it: exactly the state the restore replaces.
          before = stateOf(doc, templates);
          // The status is the workflow's: whatever the version said, the document keeps its own until the workflow decides.
          const status = mapValue(doc.getMap(META).get('status'));
          writeModel(doc, typeof status === 'string' ? { ...model, meta: { ...model.meta, status: status as DocModel['meta']['status'] } } : model, null, template);
        },
        `restore ${versionId}`,
      );
      let savedBefore: string | undefined;
      if (before && before.contentHash !== (await this.latestHash(docId))) {
        const row = this.row(docId, 'auto', before);
        await storage.appendVersion(row);
        savedBefore = row.id;
      }
      const after = await this.deps.docs.withDoc(docId, (doc) => stateOf(doc, templates));
      const row = this.row(docId, 'restored', after, { name: `Restored ${entry?.name ? `"${entry.name}"` : `the version of ${when(source, entry)}`}`, createdBy: user.username, restoredFrom: versionId });
      await storage.appendVersion(row, {
        kind: 'version-restored',
        actor: user.username,
        docId,
        detail: { versionId: row.id, restoredFrom: versionId, contentHash: row.contentHash, ...(savedBefore ? { savedBefore } : {}) },
      });
      await this.thin(docId);
      await this.deps.status?.recompute(docId);
      this.deps.docs.invalidate(docId);
      return { ok: true as const, entry: storedEntry(row, new Map([[user.username, user.name]])) };
    });
  }

  /**
   * Records that `user` has seen the current state: their "last viewed" becomes the latest version when it holds the
   * current content, else a new automatic version (at most `viewedVersionsPerPersonDocument` of those per person).
   */
  async markViewed(docId: string, user: UserRow): Promise<VersionResult> {
    const outcome = await this.serial(docId, async (): Promise<VersionResult | { ok: true; id: string }> => {
      const { storage, templates } = this.deps;
      const state = await this.deps.docs.withDoc(docId, (doc) => stateOf(doc, templates));
      if (state.contentHash === null) return refuse('not-a-document', says('versions.unreadable', { docId }));
      const latest = await this.latest(docId);
      if (latest?.contentHash === state.contentHash) {
        await storage.setLastViewed(user.username, docId, latest.id);
        return { ok: true, id: latest.id };
      }
      const rate = await this.deps.rateLimits.consume('viewedVersionsPerPersonDocument', `${user.username}/${docId}`);
      if (!rate.ok) return refuse('too-many-requests', says('versions.seenTooOften', { docId, count: String(rate.retryAfterSec) }), rate.retryAfterSec);
      const row = this.row(docId, 'auto', state);
      await storage.appendVersion(row);
      await storage.setLastViewed(user.username, docId, row.id);
      await this.thin(docId);
      return { ok: true, id: row.id };
    });
    if (!outcome.ok || !('id' in outcome)) return outcome;
    const entry = (await this.list(docId, user.username)).versions.find((v) => v.id === outcome.id);
    return entry ? { ok: true, entry } : refuse('no-such-version', says('versions.seenGone', { docId }));
  }

  /** Notes that a document's edits have settled (after the status workflow's debounce): an automatic version follows when due. */
  touched(docId: string): void {
    if (this.stopped) return;
    void this.serial(docId, () => this.autoSave(docId)).catch((err: unknown) => this.deps.logger.error({ err, docId }, 'saving an automatic version failed'));
  }

  /** Resolves once every action on the document started so far (an automatic version included) has ended. */
  async settled(docId: string): Promise<void> {
    await this.chains.get(docId)?.catch(() => {});
  }

  /** Cancels waiting automatic versions and waits for those under way (on shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.waiting.values()) clearTimeout(t);
    this.waiting.clear();
    await Promise.allSettled(this.chains.values());
  }

  private async autoSave(docId: string): Promise<void> {
    const { storage, now, autoEveryMs } = this.deps;
    if (!(await storage.getDocument(docId))) return;
    const lastAuto = (await storage.listVersions(docId)).find((v) => v.kind === 'auto');
    const since = lastAuto ? now().getTime() - Date.parse(lastAuto.createdAt) : Infinity;
    if (since < autoEveryMs) {
      // Too soon: the edits of this run are saved once the interval has passed, even if nobody edits again.
      if (this.waiting.has(docId)) return;
      const timer = setTimeout(() => {
        this.waiting.delete(docId);
        this.touched(docId);
      }, autoEveryMs - since);
      timer.unref();
      this.waiting.set(docId, timer);
      return;
    }
    const state = await this.deps.docs.withDoc(docId, (doc) => stateOf(doc, this.deps.templates));
    if (state.contentHash === null || state.contentHash === (await this.latestHash(docId))) return;
    await storage.appendVersion(this.row(docId, 'auto', state));
    clearTimeout(this.waiting.get(docId));
    this.waiting.delete(docId);
    await this.thin(docId);
  }

  /** The refusal for a caller who may not change the document's history, or undefined when they may. */
  private async mayChange(docId: string, user: UserRow, access: AccessLevel | undefined, what: 'save' | 'restore'): Promise<VersionRefusal | undefined> {
    const row = await this.deps.storage.getDocument(docId);
    if (!row || !atLeast(access, 'viewer')) return refuse('not-found', says('versions.notReadable', { docId }));
    if (row.archivedAt) return refuse('archived', says('versions.archived', { docId }));
    if (!atLeast(access, 'editor')) return refuse('not-an-editor', says(what === 'save' ? 'versions.notEditorSave' : 'versions.notEditorRestore', { docId }));
    const rate = await this.deps.rateLimits.consume('versionSavesPerPersonDocument', `${user.username}/${docId}`);
    if (!rate.ok) return refuse('too-many-requests', says('versions.tooOften', { docId, count: String(rate.retryAfterSec) }), rate.retryAfterSec);
    return undefined;
  }

  /** The newest version (stored or signed), as far as what it holds: its id and content hash. */
  private async latest(docId: string): Promise<{ id: string; contentHash: string | null } | undefined> {
    const stored = (await this.deps.storage.listVersions(docId))[0];
    const signed = (await this.deps.storage.listSignoffs(docId)).at(-1);
    if (signed && (!stored || signed.payload.signedAt > stored.createdAt)) return { id: signed.id, contentHash: signed.payload.contentHash };
    return stored;
  }

  private async latestHash(docId: string): Promise<string | null | undefined> {
    return (await this.latest(docId))?.contentHash;
  }

  private row(docId: string, kind: VersionRow['kind'], state: State, extra: Partial<Pick<VersionRow, 'name' | 'createdBy' | 'restoredFrom'>> = {}): VersionSnapshotRow {
    return {
      id: newVersionId(),
      docId,
      kind,
      name: extra.name ?? null,
      createdAt: this.deps.now().toISOString(),
      createdBy: extra.createdBy ?? null,
      contentHash: state.contentHash,
      restoredFrom: extra.restoredFrom ?? null,
      snapshot: state.snapshot,
    };
  }

  /** Lets the thinning go over the document's stored versions (server/docs/version-thinning.ts). */
  private async thin(docId: string): Promise<void> {
    const { storage, now } = this.deps;
    const drop = versionsToDrop(await storage.listVersions(docId), now(), new Set(await storage.viewedVersions(docId)));
    if (drop.length) await storage.dropVersions(docId, drop);
  }

  /** Runs `fn` after every earlier action on the same document: two saves never race to the same "latest". */
  private serial<T>(docId: string, fn: () => Promise<T>): Promise<T> {
    const next = (this.chains.get(docId) ?? Promise.resolve()).catch(() => {}).then(fn);
    this.chains.set(docId, next);
    void next
      .catch(() => {})
      .then(() => {
        if (this.chains.get(docId) === next) this.chains.delete(docId);
      });
    return next;
  }

  /** A signed version as the history lists it: named after the office's label in the document's template. */
  private signedEntry(r: SignoffRecord): VersionEntry {
    const p = r.payload;
    // A record signed under a former office name (an alias, e.g. "unct") is named after the office it now counts for.
    const template = this.deps.templates.find(p.docType);
    const office = (template && officeFor(template, p.role)?.label) ?? p.role;
    return {
      id: r.id,
      kind: 'signed',
      name: `${p.decision === 'approved' ? 'Approved' : 'Rejected'} as ${office}`,
      createdAt: p.signedAt,
      createdBy: p.user,
      createdByName: p.userName,
      contentHash: p.contentHash,
      signoff: { role: p.role, decision: p.decision },
    };
  }
}

/** When a version was made, in plain UTC minutes ("2026-06-15 12:00 UTC"). */
function when(source: VersionContent, entry: VersionEntry | undefined): string {
  const at = entry?.createdAt ?? source.record?.payload.signedAt;
  return at ? `${at.slice(0, 16).replace('T', ' ')} UTC` : 'an earlier time';
}
