/**
 * The append-only tables of a SQLite store: sign-offs with their snapshots,
 * the audit trail, and the server's signing keys.
 * @internal Used by `SqliteStorage`.
 */
import type Database from 'better-sqlite3';
import { type AuditDbRow, parseRecord, toAudit } from './db-rows.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { type AuditDraft, type AuditEntry, type AuditLog, type AuditQuery, type LegacyKeyRow, type ServerKeyRow, type SignoffRow, type SignoffStore, UnrecordedError } from './storage.js';

const auditInserts = new WeakMap<Database.Database, Database.Statement>();

/**
 * @internal Fail-closed audit: runs `write` and inserts `entry` into the audit trail in one transaction on `db`, so
 * the action and its record are stored together or not at all; an audit insert that fails becomes an `UnrecordedError`.
 */
export function recordedWrite<T>(db: Database.Database, entry: AuditDraft | undefined, write: () => T): T {
  if (!entry) return write();
  let insert = auditInserts.get(db);
  if (!insert) auditInserts.set(db, (insert = db.prepare('INSERT INTO audit (at, kind, actor, doc_id, detail) VALUES (?, ?, ?, ?, ?)')));
  const statement = insert;
  return db.transaction(() => {
    const result = write();
    try {
      statement.run(new Date().toISOString(), entry.kind, entry.actor, entry.docId, JSON.stringify(entry.detail));
    } catch (e) {
      throw new UnrecordedError(e);
    }
    return result;
  }).immediate();
}

/** @internal Sign-offs, keys, and reading the audit trail of a SQLite store (entries are appended through the update log's group commit). */
export class SqliteRecords implements SignoffStore, Pick<AuditLog, 'queryAudit'> {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      appendSignoff: db.prepare('INSERT INTO signoffs (id, doc_id, signed_at, record, snapshot) VALUES (?, ?, ?, ?, ?)'),
      listSignoffs: db.prepare<[string], { id: string; record: string }>('SELECT id, record FROM signoffs WHERE doc_id = ? ORDER BY signed_at, rowid'),
      getSignoff: db.prepare<[string], { id: string; record: string; snapshot: Buffer }>('SELECT id, record, snapshot FROM signoffs WHERE id = ?'),
      listKeys: db.prepare<[], { key_id: string; public_key: Buffer; created_at: string }>('SELECT * FROM server_keys ORDER BY created_at DESC, rowid DESC'),
      addKey: db.prepare('INSERT OR IGNORE INTO server_keys (key_id, public_key, created_at) VALUES (?, ?, ?)'),
    };
  }

  async appendSignoff(row: SignoffRow, audit?: AuditDraft): Promise<void> {
    const r = row.record;
    recordedWrite(this.db, audit, () => this.q.appendSignoff.run(r.id, r.payload.docId, r.payload.signedAt, JSON.stringify(r), Buffer.from(row.snapshot)));
  }

  async listSignoffs(docId: string): Promise<SignoffRecord[]> {
    return this.q.listSignoffs.all(docId).map((r) => parseRecord(r.record, r.id, 'from a backup'));
  }

  async getSignoff(id: string): Promise<SignoffRow | undefined> {
    const r = this.q.getSignoff.get(id);
    return r && { record: parseRecord(r.record, r.id, 'from a backup'), snapshot: new Uint8Array(r.snapshot) };
  }

  async listServerKeys(): Promise<ServerKeyRow[]> {
    return this.q.listKeys.all().map((r) => ({ keyId: r.key_id, publicKey: new Uint8Array(r.public_key), createdAt: r.created_at }));
  }

  async addServerKey(key: Omit<ServerKeyRow, 'createdAt'> & { createdAt?: string }): Promise<void> {
    this.q.addKey.run(key.keyId, Buffer.from(key.publicKey), key.createdAt ?? new Date().toISOString());
  }

  // -- secrets at rest: the private keys the migration set aside in server_keys_legacy, until the key file holds them

  async legacyPrivateKeys(): Promise<LegacyKeyRow[]> {
    if (!this.hasLegacyTable()) return [];
    const rows = this.db
      .prepare<[], { key_id: string; public_key: Buffer; private_key: Buffer; created_at: string }>('SELECT * FROM server_keys_legacy ORDER BY created_at DESC, rowid DESC')
      .all();
    return rows.map((r) => ({ keyId: r.key_id, publicKey: new Uint8Array(r.public_key), privateKey: new Uint8Array(r.private_key), createdAt: r.created_at }));
  }

  async forgetLegacyPrivateKeys(): Promise<void> {
    if (!this.hasLegacyTable()) return;
    // With secure_delete on (set when the store opens), dropping the table overwrites its pages with zeros;
    // the checkpoint then writes that into the main file and empties the WAL, where the old pages were.
    this.db.exec('DROP TABLE server_keys_legacy');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  private hasLegacyTable(): boolean {
    return !!this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'server_keys_legacy'").get();
  }

  async queryAudit(query: AuditQuery): Promise<AuditEntry[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.docId !== undefined) {
      where.push('doc_id = ?');
      args.push(query.docId);
    }
    if (query.since !== undefined) {
      where.push('at >= ?');
      args.push(query.since);
    }
    if (query.until !== undefined) {
      // A bare date means the whole of that day.
      where.push('at <= ?');
      args.push(/^\d{4}-\d{2}-\d{2}$/.test(query.until) ? `${query.until}T23:59:59.999Z` : query.until);
    }
    if (query.actor !== undefined) {
      where.push('actor = ?');
      args.push(query.actor);
    }
    if (query.kind !== undefined) {
      where.push('kind = ?');
      args.push(query.kind);
    }
    const limit = query.limit ?? -1;
    const sql = `SELECT * FROM (SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?) ORDER BY id`;
    const rows = this.db.prepare<unknown[], AuditDbRow>(sql).all(...args, limit);
    return rows.map(toAudit);
  }
}
