/**
 * The default store: one SQLite file (better-sqlite3) in WAL mode.
 *
 * Durability: every update is committed before `appendUpdate` resolves, and
 * the sync core only broadcasts an update after that, so a `kill -9` loses
 * nothing another client has seen. With `synchronous = FULL` (the default)
 * the commit also survives a power cut; `NORMAL` survives a process crash
 * only, and is faster.
 *
 * Compaction: a document's updates are merged into one state update (with
 * deleted content garbage-collected) in the background once more than
 * `compactAfter` of them pile up, so loading stays fast however long the
 * history. Signed versions are kept separately as snapshots with their
 * sign-off, so compaction never loses a version someone signed.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { migrate } from './sqlite-schema.js';
import { SqliteAccounts } from './sqlite-accounts.js';
import { SqliteRecords } from './sqlite-records.js';
import {
  type AuditEntry,
  type AuditQuery,
  type DocumentRow,
  type GrantRow,
  type ServerKeyRow,
  type SignoffRow,
  type Storage,
  StorageError,
  type TokenRow,
  type UserRow,
} from './types.js';

export interface SqliteStorageOptions {
  /** Path of the database file; its folder is created if missing. ":memory:" for a throw-away store. */
  file: string;
  /** SQLite `synchronous` setting: "full" (default) survives power loss, "normal" survives a process crash. */
  synchronous?: 'full' | 'normal';
  /** Compact a document once it has more than this many stored updates (default 300). */
  compactAfter?: number;
  /** Called when a background compaction fails (the updates stay as they were, so nothing is lost). */
  onBackgroundError?: (error: unknown, docId: string) => void;
}

interface DocDbRow {
  id: string;
  created_at: string;
  created_by: string | null;
  last_seq: number | null;
}

const toDoc = (r: DocDbRow): DocumentRow => ({ id: r.id, createdAt: r.created_at, createdBy: r.created_by, lastSeq: r.last_seq ?? 0 });

/** A `Storage` in one SQLite file. Open it with `SqliteStorage.open`. */
export class SqliteStorage implements Storage {
  /** Whether this open created the store (schema version was 0). */
  readonly created: boolean;
  private readonly db: Database.Database;
  private readonly accounts: SqliteAccounts;
  private readonly records: SqliteRecords;
  private readonly compactAfter: number;
  private readonly onBackgroundError: (error: unknown, docId: string) => void;
  /** Updates appended per document since its last compaction (counted from the table on first use). */
  private readonly pile = new Map<string, number>();
  private readonly scheduled = new Map<string, NodeJS.Timeout>();
  private closed = false;
  private readonly q;

  private constructor(opts: SqliteStorageOptions) {
    if (opts.file !== ':memory:') mkdirSync(dirname(opts.file), { recursive: true });
    this.db = new Database(opts.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${opts.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    // The CLI may write while the server runs; wait for its lock rather than fail.
    this.db.pragma('busy_timeout = 5000');
    this.created = migrate(this.db) === 0;
    this.accounts = new SqliteAccounts(this.db);
    this.records = new SqliteRecords(this.db);
    this.compactAfter = opts.compactAfter ?? 300;
    this.onBackgroundError = opts.onBackgroundError ?? (() => {});
    const db = this.db;
    this.q = {
      getDoc: db.prepare<[string], DocDbRow>(
        'SELECT d.*, (SELECT MAX(seq) FROM updates u WHERE u.doc_id = d.id) AS last_seq FROM documents d WHERE d.id = ?',
      ),
      listDocs: db.prepare<[], DocDbRow>('SELECT d.*, (SELECT MAX(seq) FROM updates u WHERE u.doc_id = d.id) AS last_seq FROM documents d ORDER BY d.id'),
      insertDoc: db.prepare('INSERT OR IGNORE INTO documents (id, created_at, created_by) VALUES (?, ?, ?)'),
      ownerGrant: db.prepare("INSERT OR REPLACE INTO grants (username, doc_id, access, granted_by, granted_at) VALUES (?, ?, 'owner', ?, ?)"),
      loadUpdates: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE doc_id = ? ORDER BY seq'),
      countUpdates: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE doc_id = ?'),
      append: db.prepare('INSERT INTO updates (doc_id, kind, data) VALUES (?, ?, ?)'),
      deleteUpTo: db.prepare('DELETE FROM updates WHERE doc_id = ? AND seq <= ?'),
      getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)'),
    };
  }

  /** Opens (creating and migrating if needed) the store in `opts.file`. Throws with the file name if it cannot. */
  static open(opts: SqliteStorageOptions): SqliteStorage {
    try {
      return new SqliteStorage(opts);
    } catch (e) {
      throw new StorageError('failed', `Cannot open the store ${opts.file}: ${(e as Error).message}`);
    }
  }

  // ------------------------------------------------------------ documents

  async getDocument(id: string): Promise<DocumentRow | undefined> {
    const r = this.q.getDoc.get(id);
    return r && toDoc(r);
  }

  async listDocuments(): Promise<DocumentRow[]> {
    return this.q.listDocs.all().map(toDoc);
  }

  async createDocument(id: string, owner: string | null, initialState?: Uint8Array): Promise<boolean> {
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      const created = this.q.insertDoc.run(id, now, owner).changes > 0;
      if (!created) return false;
      if (owner !== null) this.q.ownerGrant.run(owner, id, owner, now);
      if (initialState) this.q.append.run(id, 1, Buffer.from(initialState));
      return true;
    })();
  }

  async loadUpdates(id: string): Promise<Uint8Array[]> {
    const rows = this.q.loadUpdates.all(id);
    this.pile.set(id, rows.length);
    if (rows.length > this.compactAfter) this.schedule(id);
    return rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<void> {
    try {
      this.q.append.run(id, 0, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new StorageError('not-found', `Cannot store an update for document "${id}": the store does not hold that document.`);
      }
      throw e;
    }
    const n = (this.pile.get(id) ?? this.q.countUpdates.get(id)!.n - 1) + 1;
    this.pile.set(id, n);
    if (n > this.compactAfter) this.schedule(id);
  }

  async compact(id: string): Promise<void> {
    this.compactNow(id);
  }

  /** Merges a document's rows into one state row, in one transaction (appends cannot interleave: better-sqlite3 is synchronous). */
  private compactNow(id: string): void {
    this.db.transaction(() => {
      const rows = this.q.loadUpdates.all(id);
      if (rows.length <= 1) return;
      const doc = new Y.Doc();
      Y.transact(doc, () => {
        for (const r of rows) Y.applyUpdate(doc, r.data);
      });
      // encodeStateAsUpdate also carries pending structs, so even an update with a missing dependency is kept.
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      this.q.deleteUpTo.run(id, rows[rows.length - 1].seq);
      this.q.append.run(id, 1, Buffer.from(state));
    })();
    this.pile.set(id, 1);
  }

  private schedule(id: string): void {
    if (this.closed || this.scheduled.has(id)) return;
    // A macrotask later, so the write that triggered it is answered first.
    const timer = setTimeout(() => {
      this.scheduled.delete(id);
      if (this.closed) return;
      try {
        this.compactNow(id);
      } catch (e) {
        this.onBackgroundError(e, id);
      }
    }, 0);
    timer.unref?.();
    this.scheduled.set(id, timer);
  }

  // ------------------------------------------------------------ accounts

  addUser(user: Omit<UserRow, 'createdAt'>): Promise<UserRow> {
    return this.accounts.addUser(user);
  }
  getUser(username: string): Promise<UserRow | undefined> {
    return this.accounts.getUser(username);
  }
  listUsers(): Promise<UserRow[]> {
    return this.accounts.listUsers();
  }
  addToken(username: string, tokenHash: string): Promise<void> {
    return this.accounts.addToken(username, tokenHash);
  }
  findToken(tokenHash: string): Promise<TokenRow | undefined> {
    return this.accounts.findToken(tokenHash);
  }
  revokeTokens(username: string): Promise<number> {
    return this.accounts.revokeTokens(username);
  }
  setGrant(grant: Omit<GrantRow, 'grantedAt'>): Promise<void> {
    return this.accounts.setGrant(grant);
  }
  removeGrant(username: string, docId: string): Promise<boolean> {
    return this.accounts.removeGrant(username, docId);
  }
  grantsFor(docId: string): Promise<GrantRow[]> {
    return this.accounts.grantsFor(docId);
  }
  grantsOf(username: string): Promise<GrantRow[]> {
    return this.accounts.grantsOf(username);
  }

  // ------------------------------------------------------------ sign-offs, keys, audit

  appendSignoff(row: SignoffRow): Promise<void> {
    return this.records.appendSignoff(row);
  }
  listSignoffs(docId: string): Promise<SignoffRecord[]> {
    return this.records.listSignoffs(docId);
  }
  getSignoff(id: string): Promise<SignoffRow | undefined> {
    return this.records.getSignoff(id);
  }
  listServerKeys(): Promise<ServerKeyRow[]> {
    return this.records.listServerKeys();
  }
  addServerKey(key: Omit<ServerKeyRow, 'createdAt'>): Promise<void> {
    return this.records.addServerKey(key);
  }
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void> {
    return this.records.appendAudit(entry);
  }
  queryAudit(query: AuditQuery): Promise<AuditEntry[]> {
    return this.records.queryAudit(query);
  }

  // ------------------------------------------------------------ store-wide

  async getSetting(key: string): Promise<string | undefined> {
    return this.q.getSetting.get(key)?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.q.setSetting.run(key, value);
  }

  async externalChangeMarker(): Promise<number> {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  async backup(file: string): Promise<void> {
    mkdirSync(dirname(file), { recursive: true });
    await this.db.backup(file);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.scheduled.values()) clearTimeout(t);
    this.scheduled.clear();
    // Fold the WAL into the main file so a copied data folder is self-contained.
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A reader in another process may hold the WAL; the next open checkpoints it.
    }
    this.db.close();
  }
}
