/**
 * Stored versions of documents (issue 13) and the version each person last
 * viewed, in SQLite. Each version is one full Yjs update, so it reads on its
 * own whatever happens to the update log (compaction, garbage collection).
 * @internal Used by `SqliteStorage`.
 */
import type Database from 'better-sqlite3';
import { recordedWrite } from './sqlite-records.js';
import type { AuditDraft, VersionRow, VersionSnapshotRow, VersionStore } from './storage.js';
import { toVersion, VERSION_COLUMNS, type VersionDbRow } from './db-rows.js';

/** @internal The version tables of a SQLite store. */
export class SqliteVersions implements VersionStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      insert: db.prepare(`INSERT INTO versions (${VERSION_COLUMNS}, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // Newest first; rowid breaks ties between versions saved within the same millisecond.
      list: db.prepare<[string], VersionDbRow>(`SELECT ${VERSION_COLUMNS} FROM versions WHERE doc_id = ? ORDER BY created_at DESC, rowid DESC`),
      get: db.prepare<[string], VersionDbRow & { snapshot: Buffer }>(`SELECT ${VERSION_COLUMNS}, snapshot FROM versions WHERE id = ?`),
      drop: db.prepare('DELETE FROM versions WHERE doc_id = ? AND id = ?'),
      dropAll: db.prepare('DELETE FROM versions WHERE doc_id = ?'),
      dropViews: db.prepare('DELETE FROM version_views WHERE doc_id = ?'),
      setViewed: db.prepare('INSERT OR REPLACE INTO version_views (username, doc_id, version_id, viewed_at) VALUES (?, ?, ?, ?)'),
      viewed: db.prepare<[string, string], { version_id: string }>('SELECT version_id FROM version_views WHERE username = ? AND doc_id = ?'),
      viewedOfDoc: db.prepare<[string], { version_id: string }>('SELECT DISTINCT version_id FROM version_views WHERE doc_id = ?'),
    };
  }

  async appendVersion(row: VersionSnapshotRow, audit?: AuditDraft): Promise<void> {
    recordedWrite(this.db, audit, () =>
      this.q.insert.run(row.id, row.docId, row.kind, row.name, row.createdAt, row.createdBy, row.contentHash, row.restoredFrom, Buffer.from(row.snapshot)),
    );
  }

  async listVersions(docId: string): Promise<VersionRow[]> {
    return this.q.list.all(docId).map(toVersion);
  }

  async getVersion(id: string): Promise<VersionSnapshotRow | undefined> {
    const r = this.q.get.get(id);
    return r && { ...toVersion(r), snapshot: new Uint8Array(r.snapshot) };
  }

  async dropVersions(docId: string, ids: readonly string[]): Promise<number> {
    return this.db.transaction(() => ids.reduce((n, id) => n + this.q.drop.run(docId, id).changes, 0)).immediate();
  }

  async setLastViewed(username: string, docId: string, versionId: string): Promise<void> {
    this.q.setViewed.run(username, docId, versionId, new Date().toISOString());
  }

  async lastViewed(username: string, docId: string): Promise<string | undefined> {
    return this.q.viewed.get(username, docId)?.version_id;
  }

  async viewedVersions(docId: string): Promise<string[]> {
    return this.q.viewedOfDoc.all(docId).map((r) => r.version_id);
  }

  /** @internal Inside the deletion's transaction: every version of the document and who viewed which; returns how many versions went. */
  dropDocument(docId: string): number {
    this.q.dropViews.run(docId);
    return this.q.dropAll.run(docId).changes;
  }
}
