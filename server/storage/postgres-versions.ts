/**
 * Stored versions of documents (issue 13) and the version each person last
 * viewed, in PostgreSQL: the same rows and answers as sqlite-versions.ts.
 * @internal Used by `PostgresStorage`.
 */
import type pg from 'pg';
import { bytes, changes, type Queryable, recordedWrite, rows, toBuffer, transaction } from './postgres-db.js';
import type { AuditDraft, VersionRow, VersionSnapshotRow, VersionStore } from './storage.js';
import { toVersion, VERSION_COLUMNS, type VersionDbRow } from './db-rows.js';

/** @internal The version tables of a PostgreSQL store. */
export class PostgresVersions implements VersionStore {
  constructor(private readonly pool: pg.Pool) {}

  async appendVersion(row: VersionSnapshotRow, audit?: AuditDraft): Promise<void> {
    await recordedWrite(this.pool, audit, (db) =>
      db.query(`INSERT INTO versions (${VERSION_COLUMNS}, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        row.id,
        row.docId,
        row.kind,
        row.name,
        row.createdAt,
        row.createdBy,
        row.contentHash,
        row.restoredFrom,
        toBuffer(row.snapshot),
      ]),
    );
  }

  async listVersions(docId: string): Promise<VersionRow[]> {
    // Newest first; n (the order written) breaks ties between versions saved within the same millisecond.
    return (await rows<VersionDbRow>(this.pool, `SELECT ${VERSION_COLUMNS} FROM versions WHERE doc_id = $1 ORDER BY created_at DESC, n DESC`, [docId])).map(toVersion);
  }

  async getVersion(id: string): Promise<VersionSnapshotRow | undefined> {
    const [r] = await rows<VersionDbRow & { snapshot: Buffer }>(this.pool, `SELECT ${VERSION_COLUMNS}, snapshot FROM versions WHERE id = $1`, [id]);
    return r && { ...toVersion(r), snapshot: new Uint8Array(bytes(r.snapshot)) };
  }

  async dropVersions(docId: string, ids: readonly string[]): Promise<number> {
    return transaction(this.pool, (c) => changes(c, 'DELETE FROM versions WHERE doc_id = $1 AND id = ANY($2::text[])', [docId, [...ids]]));
  }

  async setLastViewed(username: string, docId: string, versionId: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO version_views (username, doc_id, version_id, viewed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username, doc_id) DO UPDATE SET version_id = excluded.version_id, viewed_at = excluded.viewed_at`,
      [username, docId, versionId, new Date().toISOString()],
    );
  }

  async lastViewed(username: string, docId: string): Promise<string | undefined> {
    return (await rows<{ version_id: string }>(this.pool, 'SELECT version_id FROM version_views WHERE username = $1 AND doc_id = $2', [username, docId]))[0]?.version_id;
  }

  async viewedVersions(docId: string): Promise<string[]> {
    return (await rows<{ version_id: string }>(this.pool, 'SELECT DISTINCT version_id FROM version_views WHERE doc_id = $1', [docId])).map((r) => r.version_id);
  }

  /** @internal Inside the deletion's transaction: every version of the document and who viewed which; returns how many versions went. */
  async dropDocument(c: Queryable, docId: string): Promise<number> {
    await c.query('DELETE FROM version_views WHERE doc_id = $1', [docId]);
    return changes(c, 'DELETE FROM versions WHERE doc_id = $1', [docId]);
  }
}
