/**
 * The append-only tables of a PostgreSQL store: sign-offs with their
 * snapshots, the audit trail (read here; entries are appended through the
 * update log's group commit or with the action they record), and the
 * server's published keys. The database refuses to change or delete a
 * sign-off or an audit entry (postgres-schema.ts).
 * @internal Used by `PostgresStorage`.
 */
import type pg from 'pg';
import { type AuditDbRow, parseRecord, toAudit } from './db-rows.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { bytes, recordedWrite, rows, toBuffer } from './postgres-db.js';
import type { AuditDraft, AuditEntry, AuditLog, AuditQuery, LegacyKeyRow, ServerKeyRow, SignoffRow, SignoffStore } from './storage.js';

/** @internal Sign-offs, keys, and reading the audit trail of a PostgreSQL store. */
export class PostgresRecords implements SignoffStore, Pick<AuditLog, 'queryAudit'> {
  constructor(private readonly pool: pg.Pool) {}

  async appendSignoff(row: SignoffRow, audit?: AuditDraft): Promise<void> {
    const r = row.record;
    await recordedWrite(this.pool, audit, (db) =>
      db.query('INSERT INTO signoffs (id, doc_id, signed_at, record, snapshot) VALUES ($1, $2, $3, $4, $5)', [r.id, r.payload.docId, r.payload.signedAt, JSON.stringify(r), toBuffer(row.snapshot)]),
    );
  }

  async listSignoffs(docId: string): Promise<SignoffRecord[]> {
    return (await rows<{ id: string; record: string }>(this.pool, 'SELECT id, record FROM signoffs WHERE doc_id = $1 ORDER BY signed_at, n', [docId])).map((r) => parseRecord(r.record, r.id, 'from a backup (pg_dump)'));
  }

  async getSignoff(id: string): Promise<SignoffRow | undefined> {
    const [r] = await rows<{ id: string; record: string; snapshot: Buffer }>(this.pool, 'SELECT id, record, snapshot FROM signoffs WHERE id = $1', [id]);
    return r && { record: parseRecord(r.record, r.id, 'from a backup (pg_dump)'), snapshot: new Uint8Array(bytes(r.snapshot)) };
  }

  async listServerKeys(): Promise<ServerKeyRow[]> {
    const keys = await rows<{ key_id: string; public_key: Buffer; created_at: string }>(this.pool, 'SELECT key_id, public_key, created_at FROM server_keys ORDER BY created_at DESC, n DESC');
    return keys.map((r) => ({ keyId: r.key_id, publicKey: new Uint8Array(bytes(r.public_key)), createdAt: r.created_at }));
  }

  async addServerKey(key: Omit<ServerKeyRow, 'createdAt'> & { createdAt?: string }): Promise<void> {
    await this.pool.query('INSERT INTO server_keys (key_id, public_key, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING', [
      key.keyId,
      toBuffer(key.publicKey),
      key.createdAt ?? new Date().toISOString(),
    ]);
  }

  /** None: a PostgreSQL store was never one that kept private keys (`poc migrate` refuses a SQLite store that still does). */
  async legacyPrivateKeys(): Promise<LegacyKeyRow[]> {
    return [];
  }

  /** Nothing to forget (see `legacyPrivateKeys`). */
  async forgetLegacyPrivateKeys(): Promise<void> {}

  async queryAudit(query: AuditQuery): Promise<AuditEntry[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      args.push(value);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (query.docId !== undefined) add('doc_id = ?', query.docId);
    // at compares as SQLite compares text, byte by byte (COLLATE "C"), whatever the database's locale.
    if (query.since !== undefined) add('at COLLATE "C" >= ?', query.since);
    // A bare date means the whole of that day.
    if (query.until !== undefined) add('at COLLATE "C" <= ?', /^\d{4}-\d{2}-\d{2}$/.test(query.until) ? `${query.until}T23:59:59.999Z` : query.until);
    if (query.actor !== undefined) add('actor = ?', query.actor);
    if (query.kind !== undefined) add('kind = ?', query.kind);
    const limit = query.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(query.limit))}`;
    const sql = `SELECT * FROM (SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC${limit}) a ORDER BY id`;
    const found = await rows<AuditDbRow>(this.pool, sql, args);
    return found.map(toAudit);
  }
}
