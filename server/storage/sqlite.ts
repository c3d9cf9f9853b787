/**
 * The default store: one SQLite file (better-sqlite3) in WAL mode.
 *
 * Durability: every update is committed before `appendUpdate` resolves, and
 * the sync core only broadcasts an update after that, so a `kill -9` loses
 * nothing another client has seen. With `synchronous = NORMAL` (the
 * default) the commit is fsynced within 50 ms (sqlite-direct-log.ts); with
 * `FULL` before anyone sees it, at the cost of the disk's latency on every
 * keystroke. Updates appended in the same event-loop turn share one commit
 * (see sqlite-update-log.ts).
 *
 * Compaction: a document's updates are merged into one state update (with
 * deleted content garbage-collected) in the background once more than
 * `compactAfter` of them pile up and the document is quiet, so loading stays
 * fast however long the history. Signed versions are kept separately as
 * snapshots with their sign-off, so compaction never loses a version
 * someone signed.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { unwritableReason, unwritableStoreMessage } from './health.js';
import { journalFiles, makePrivateDir, makePrivateFile, touchPrivateFile } from './file-modes.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import { migrate } from './sqlite-schema.js';
import { SqliteAccounts } from './sqlite-accounts.js';
import { SqliteTeams } from './sqlite-teams.js';
import { SqliteSessions } from './sqlite-sessions.js';
import { recordedWrite, SqliteRecords } from './sqlite-records.js';
import { SqliteVersions } from './sqlite-versions.js';
import { commitThreadScript } from './commit-thread-script.js';
import { WorkerUpdateLog } from './sqlite-commit-worker.js';
import { DirectUpdateLog } from './sqlite-direct-log.js';
import { InThreadUpdateLog, type UpdateLog } from './sqlite-update-log.js';
import { configureConnection } from './sqlite-update-rows.js';
import {
  type AccountStore,
  type AppendedUpdate,
  type AuditDraft,
  type AuditEntry,
  type AuditQuery,
  type DocumentRow,
  type GrantRow,
  type LegacyKeyRow,
  type NewTokenOptions,
  type NewUser,
  type ServerKeyRow,
  type SignoffRow,
  type Storage,
  StorageError,
  type TeamStore,
  type TokenRow,
  type UserRow,
  type WebSessionRow,
  type VersionRow,
  type VersionSnapshotRow,
} from './storage.js';

export interface SqliteStorageOptions {
  /** Path of the database file; its folder is created if missing. ":memory:" for a throw-away store. */
  file: string;
  /**
   * Durability: "normal" (default) commits each update before it is broadcast and fsyncs within 50 ms (a crash or
   * kill -9 loses nothing anyone saw; a power cut at most the last 50 ms, which the clients send back); "full"
   * fsyncs every commit before it is broadcast (each keystroke waits for the disk).
   */
  synchronous?: 'full' | 'normal';
  /** Compact a document once it has more than this many stored updates (default 300). */
  compactAfter?: number;
  /** …once no update came for this long (ms, default 2000), or at once past 4 × `compactAfter` updates. */
  compactWhenQuietMs?: number;
  /** Called when a background compaction fails (the updates stay as they were, so nothing is lost). */
  onBackgroundError?: (error: unknown, docId: string) => void;
}

interface DocDbRow {
  id: string;
  created_at: string;
  created_by: string | null;
  last_seq: number | null;
  archived_at: string | null;
  changed_at: string | null;
  changed_by: string | null;
  changed_by_name: string | null;
}

const toDoc = (r: DocDbRow): DocumentRow => ({
  id: r.id,
  createdAt: r.created_at,
  createdBy: r.created_by,
  lastSeq: r.last_seq ?? 0,
  archivedAt: r.archived_at,
  ...(r.changed_at ? { lastChange: { at: r.changed_at, by: r.changed_by ?? '', byName: r.changed_by_name ?? '' } } : {}),
});

/** A `Storage` in one SQLite file. Open it with `SqliteStorage.open`. */
export class SqliteStorage implements Storage {
  /** Whether this open created the store (schema version was 0). */
  readonly created: boolean;
  private readonly db: Database.Database;
  private readonly accounts: SqliteAccounts;
  private readonly teams: SqliteTeams;
  private readonly records: SqliteRecords;
  private readonly sessions: SqliteSessions;
  private readonly versions: SqliteVersions;
  private readonly updateLog: UpdateLog;
  private closed = false;
  private readonly q;

  private constructor(opts: SqliteStorageOptions) {
    // Found (or built) first, so a server deployed without its commit thread says so before touching the store.
    const commitThread = opts.file === ':memory:' ? undefined : commitThreadScript();
    const onDisk = opts.file !== ':memory:';
    // A new store is born private (folder 0700, file 0600): SQLite then gives its -wal and -shm the same mode.
    const isNew = onDisk && !existsSync(opts.file);
    if (onDisk) {
      makePrivateDir(dirname(opts.file));
      touchPrivateFile(opts.file);
    }
    this.db = new Database(opts.file);
    // The same settings as the commit thread's connection: WAL, fsync per the option, foreign keys, wait for locks.
    configureConnection(this.db, opts.synchronous === 'full' ? 'FULL' : 'NORMAL');
    // Deleted rows (such as a private key moved out of the store) are overwritten, not left in free pages.
    this.db.pragma('secure_delete = ON');
    if (isNew) journalFiles(opts.file).forEach(makePrivateFile);
    this.created = migrate(this.db) === 0;
    this.accounts = new SqliteAccounts(this.db);
    this.teams = new SqliteTeams(this.db);
    this.records = new SqliteRecords(this.db);
    this.sessions = new SqliteSessions(this.db);
    this.versions = new SqliteVersions(this.db);
    const compactAfter = opts.compactAfter ?? 300;
    const policy = {
      compactAfter,
      quietMs: opts.compactWhenQuietMs ?? 2000,
      hardLimit: compactAfter * 4,
      onBackgroundError: opts.onBackgroundError ?? (() => {}),
    };
    // On disk with "full", commits and their fsync happen on a worker thread; with "normal" (the default) they are
    // written here and fsynced by that thread within a fraction of a second (sqlite-direct-log.ts); in memory there
    // is nothing to wait for.
    this.updateLog = !commitThread
      ? new InThreadUpdateLog(this.db, policy)
      : opts.synchronous === 'full'
        ? new WorkerUpdateLog(commitThread, opts.file, 'FULL', policy)
        : new DirectUpdateLog(this.db, commitThread, opts.file, policy);
    const db = this.db;
    this.q = {
      getDoc: db.prepare<[string], DocDbRow>(
        'SELECT d.*, (SELECT MAX(seq) FROM updates u WHERE u.doc_id = d.id) AS last_seq FROM documents d WHERE d.id = ? AND d.deleted_at IS NULL',
      ),
      listDocs: db.prepare<[], DocDbRow>(
        'SELECT d.*, (SELECT MAX(seq) FROM updates u WHERE u.doc_id = d.id) AS last_seq FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.id',
      ),
      // create (issue 10): the unique index on lower(id) makes INSERT OR IGNORE refuse a look-alike or a tombstone too.
      findDocId: db.prepare<[string], { id: string; deleted_at: string | null }>('SELECT id, deleted_at FROM documents WHERE lower(id) = lower(?)'),
      countCreatedBy: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM documents WHERE created_by = ? AND deleted_at IS NULL'),
      setArchived: db.prepare('UPDATE documents SET archived_at = ? WHERE id = ? AND deleted_at IS NULL'),
      recordChange: db.prepare('UPDATE documents SET changed_at = ?, changed_by = ?, changed_by_name = ? WHERE id = ? AND deleted_at IS NULL'),
      tombstone: db.prepare('UPDATE documents SET deleted_at = ?, archived_at = NULL WHERE id = ? AND deleted_at IS NULL'),
      dropUpdates: db.prepare('DELETE FROM updates WHERE doc_id = ?'),
      dropGrants: db.prepare('DELETE FROM grants WHERE doc_id = ?'),
      dropTeamGrants: db.prepare('DELETE FROM team_grants WHERE doc_id = ?'),
      insertDoc: db.prepare('INSERT OR IGNORE INTO documents (id, created_at, created_by) VALUES (?, ?, ?)'),
      ownerGrant: db.prepare("INSERT OR REPLACE INTO grants (username, doc_id, access, granted_by, granted_at) VALUES (?, ?, 'owner', ?, ?)"),
      loadUpdates: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE doc_id = ? ORDER BY seq'),
      loadSince: db.prepare<[string, number], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE doc_id = ? AND seq > ? ORDER BY seq'),
      append: db.prepare('INSERT INTO updates (doc_id, kind, data) VALUES (?, ?, ?)'),
      getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)'),
      addSetting: db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)'),
      countSignoffs: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM signoffs WHERE doc_id = ?'),
      storedBytes: db.prepare<[string], { n: number }>('SELECT COALESCE(SUM(length(data)), 0) AS n FROM updates WHERE doc_id = ?'),
    };
  }

  /** Opens (creating and migrating if needed) the store in `opts.file`. Throws with the file name if it cannot. */
  static open(opts: SqliteStorageOptions): SqliteStorage {
    try {
      return new SqliteStorage(opts);
    } catch (e) {
      // A read-only disk or folder makes SQLite say only "unable to open database file": say what is wrong and what to do.
      const readOnly = opts.file === ':memory:' ? undefined : unwritableReason(opts.file);
      if (readOnly) throw new StorageError('failed', unwritableStoreMessage(opts.file, `${readOnly}; SQLite: ${(e as Error).message}`));
      throw new StorageError('failed', `Cannot open the store ${opts.file}: ${(e as Error).message}`);
    }
  }

  // ------------------------------------------------------------ documents

  async getDocument(id: string): Promise<DocumentRow | undefined> {
    await this.updateLog.settled();
    const r = this.q.getDoc.get(id);
    return r && toDoc(r);
  }

  async listDocuments(): Promise<DocumentRow[]> {
    await this.updateLog.settled();
    return this.q.listDocs.all().map(toDoc);
  }

  async recordChange(id: string, change: { at: string; by: string; byName: string }): Promise<void> {
    this.q.recordChange.run(change.at, change.by, change.byName, id);
  }

  async createDocument(id: string, owner: string | null, initialState?: Uint8Array, audit?: AuditDraft): Promise<boolean> {
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      const created = this.q.insertDoc.run(id, now, owner).changes > 0;
      if (!created) return false;
      if (owner !== null) this.q.ownerGrant.run(owner, id, owner, now);
      if (initialState) this.q.append.run(id, 1, Buffer.from(initialState));
      // Fail-closed audit: inside this transaction, so a creation that cannot be recorded leaves nothing behind.
      recordedWrite(this.db, audit, () => undefined);
      return true;
    }).immediate();
  }

  async loadUpdates(id: string): Promise<Uint8Array[]> {
    await this.updateLog.settled();
    const rows = this.q.loadUpdates.all(id);
    this.updateLog.loaded(id, rows.length);
    return rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }

  appendUpdate(id: string, update: Uint8Array): Promise<AppendedUpdate> {
    return this.updateLog.append(id, update);
  }

  async loadUpdatesSince(id: string, seq: number): Promise<{ updates: Uint8Array[]; lastSeq: number }> {
    await this.updateLog.settled();
    // One statement, so one consistent read even while another process appends or compacts.
    const rows = this.q.loadSince.all(id, seq);
    return { updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)), lastSeq: rows.length ? rows[rows.length - 1].seq : seq };
  }

  compact(id: string): Promise<void> {
    return this.updateLog.compact(id);
  }

  // create (issue 10): ids by right, case-insensitive ids, archive and delete (tombstones)

  async findDocumentId(id: string): Promise<{ id: string; deleted: boolean } | undefined> {
    const r = this.q.findDocId.get(id);
    return r && { id: r.id, deleted: r.deleted_at !== null };
  }

  async countDocumentsCreatedBy(username: string): Promise<number> {
    return this.q.countCreatedBy.get(username)?.n ?? 0;
  }

  async setArchived(id: string, archived: boolean, audit?: AuditDraft): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.q.setArchived.run(archived ? new Date().toISOString() : null, id).changes === 0) return false;
      recordedWrite(this.db, audit, () => undefined);
      return true;
    }).immediate();
  }

  async deleteDocument(id: string, audit?: AuditDraft): Promise<boolean> {
    // Updates still queued for the commit thread land first, so none is written after the content is gone.
    await this.updateLog.settled();
    return this.db.transaction(() => {
      if (this.q.tombstone.run(new Date().toISOString(), id).changes === 0) return false;
      this.q.dropUpdates.run(id);
      this.q.dropGrants.run(id);
      this.q.dropTeamGrants.run(id);
      // Stored versions are working copies, not evidence: their content goes with the document's (secure_delete
      // overwrites it). Sign-offs stay, with their snapshots: a signed record must still verify after the deletion.
      const versionsDropped = this.versions.dropDocument(id);
      // Counted inside the transaction, so the record says exactly how many sign-offs outlived the content.
      const signoffsKept = this.q.countSignoffs.get(id)?.n ?? 0;
      recordedWrite(this.db, audit && { ...audit, detail: { ...audit.detail, signoffsKept, versionsDropped } }, () => undefined);
      return true;
    }).immediate();
  }

  // Bounded resources (issue 10): the document-size cap.
  async storedBytes(id: string): Promise<number> {
    await this.updateLog.settled();
    // length() of a BLOB comes from the record header, so this does not read the updates themselves.
    return this.q.storedBytes.get(id)?.n ?? 0;
  }

  // ------------------------------------------------------------ accounts

  addUser(user: NewUser, audit?: AuditDraft): Promise<UserRow> {
    return this.accounts.addUser(user, audit);
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
  setGrant(grant: Omit<GrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void> {
    return this.accounts.setGrant(grant, audit);
  }
  removeGrant(username: string, docId: string, audit?: AuditDraft): Promise<boolean> {
    return this.accounts.removeGrant(username, docId, audit);
  }
  transferOwnership(docId: string, to: string, grantedBy: string, audit?: AuditDraft): Promise<string[]> {
    return this.accounts.transferOwnership(docId, to, grantedBy, audit);
  }
  grantsFor(docId: string): Promise<GrantRow[]> {
    return this.accounts.grantsFor(docId);
  }
  grantsOf(username: string): Promise<GrantRow[]> {
    return this.accounts.grantsOf(username);
  }
  // transport: token expiry, listing and revocation one by one.
  addExpiringToken(username: string, tokenHash: string, expiresAt: string | null, audit?: AuditDraft, options?: NewTokenOptions): Promise<number> {
    return this.accounts.addExpiringToken(username, tokenHash, expiresAt, audit, options);
  }
  listTokens(username: string): Promise<TokenRow[]> {
    return this.accounts.listTokens(username);
  }
  revokeToken(username: string, id: number): Promise<boolean> {
    return this.accounts.revokeToken(username, id);
  }

  // Offices in scope (issue 10, sign-offs)
  setOffices(username: string, offices: OfficeHolding[], audit?: AuditDraft): Promise<void> {
    return this.accounts.setOffices(username, offices, audit);
  }
  // create (issue 10): the right to create documents
  setCanCreate(username: string, canCreate: boolean, audit?: AuditDraft): Promise<boolean> {
    return this.accounts.setCanCreate(username, canCreate, audit);
  }

  // ------------------------------------------------------------ people and access (issue 14): one line each, as the account and team tables do it
  readonly setUserDetails: AccountStore['setUserDetails'] = (...a) => this.accounts.setUserDetails(...a);
  readonly findUserByEmail: AccountStore['findUserByEmail'] = (...a) => this.accounts.findUserByEmail(...a);
  readonly setDisabled: AccountStore['setDisabled'] = (...a) => this.accounts.setDisabled(...a);
  readonly touchUser: AccountStore['touchUser'] = (...a) => this.accounts.touchUser(...a);
  readonly addInvite: AccountStore['addInvite'] = (...a) => this.accounts.addInvite(...a);
  readonly redeemInvite: AccountStore['redeemInvite'] = (...a) => this.accounts.redeemInvite(...a);
  readonly latestInvite: AccountStore['latestInvite'] = (...a) => this.accounts.latestInvite(...a);
  readonly findIdentity: AccountStore['findIdentity'] = (...a) => this.accounts.findIdentity(...a);
  readonly linkIdentity: AccountStore['linkIdentity'] = (...a) => this.accounts.linkIdentity(...a);
  readonly identitiesOf: AccountStore['identitiesOf'] = (...a) => this.accounts.identitiesOf(...a);
  readonly addTeam: TeamStore['addTeam'] = (...a) => this.teams.addTeam(...a);
  readonly getTeam: TeamStore['getTeam'] = (...a) => this.teams.getTeam(...a);
  readonly listTeams: TeamStore['listTeams'] = (...a) => this.teams.listTeams(...a);
  readonly updateTeam: TeamStore['updateTeam'] = (...a) => this.teams.updateTeam(...a);
  readonly deleteTeam: TeamStore['deleteTeam'] = (...a) => this.teams.deleteTeam(...a);
  readonly setTeamMember: TeamStore['setTeamMember'] = (...a) => this.teams.setTeamMember(...a);
  readonly removeTeamMember: TeamStore['removeTeamMember'] = (...a) => this.teams.removeTeamMember(...a);
  readonly teamMembers: TeamStore['teamMembers'] = (...a) => this.teams.teamMembers(...a);
  readonly membershipsOf: TeamStore['membershipsOf'] = (...a) => this.teams.membershipsOf(...a);
  readonly setTeamGrant: TeamStore['setTeamGrant'] = (...a) => this.teams.setTeamGrant(...a);
  readonly removeTeamGrant: TeamStore['removeTeamGrant'] = (...a) => this.teams.removeTeamGrant(...a);
  readonly teamGrantsFor: TeamStore['teamGrantsFor'] = (...a) => this.teams.teamGrantsFor(...a);
  readonly teamGrantsOf: TeamStore['teamGrantsOf'] = (...a) => this.teams.teamGrantsOf(...a);

  // ------------------------------------------------------------ web sessions (issue 13)

  addWebSession(secretHash: string, session: Omit<WebSessionRow, 'id' | 'revokedAt'>, audit?: AuditDraft): Promise<number> {
    return this.sessions.addWebSession(secretHash, session, audit);
  }
  findWebSession(secretHash: string): Promise<WebSessionRow | undefined> {
    return this.sessions.findWebSession(secretHash);
  }
  getWebSession(id: number): Promise<WebSessionRow | undefined> {
    return this.sessions.getWebSession(id);
  }
  touchWebSession(id: number, lastUsedAt: string, idleExpiresAt: string): Promise<void> {
    return this.sessions.touchWebSession(id, lastUsedAt, idleExpiresAt);
  }
  endWebSession(id: number, at: string): Promise<boolean> {
    return this.sessions.endWebSession(id, at);
  }
  endWebSessionsOf(username: string, at: string): Promise<number> {
    return this.sessions.endWebSessionsOf(username, at);
  }
  forgetDeadWebSessions(now: string): Promise<number> {
    return this.sessions.forgetDeadWebSessions(now);
  }

  // ------------------------------------------------------------ sign-offs, keys, audit

  appendSignoff(row: SignoffRow, audit?: AuditDraft): Promise<void> {
    return this.records.appendSignoff(row, audit);
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
  addServerKey(key: Omit<ServerKeyRow, 'createdAt'> & { createdAt?: string }): Promise<void> {
    return this.records.addServerKey(key);
  }

  // ------------------------------------------------------------ version history (issue 13)

  appendVersion(row: VersionSnapshotRow, audit?: AuditDraft): Promise<void> {
    return this.versions.appendVersion(row, audit);
  }
  listVersions(docId: string): Promise<VersionRow[]> {
    return this.versions.listVersions(docId);
  }
  getVersion(id: string): Promise<VersionSnapshotRow | undefined> {
    return this.versions.getVersion(id);
  }
  dropVersions(docId: string, ids: readonly string[]): Promise<number> {
    return this.versions.dropVersions(docId, ids);
  }
  setLastViewed(username: string, docId: string, versionId: string): Promise<void> {
    return this.versions.setLastViewed(username, docId, versionId);
  }
  lastViewed(username: string, docId: string): Promise<string | undefined> {
    return this.versions.lastViewed(username, docId);
  }
  viewedVersions(docId: string): Promise<string[]> {
    return this.versions.viewedVersions(docId);
  }

  /** Appends an audit entry through the update log's group commit, so a burst of connections does not cost one fsync each. */
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void> {
    return this.updateLog.appendAudit([entry.at ?? new Date().toISOString(), entry.kind, entry.actor, entry.docId, JSON.stringify(entry.detail)]);
  }
  async queryAudit(query: AuditQuery): Promise<AuditEntry[]> {
    await this.updateLog.settled();
    return this.records.queryAudit(query);
  }

  // ------------------------------------------------------------ store-wide

  async getSetting(key: string): Promise<string | undefined> {
    return this.q.getSetting.get(key)?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.q.setSetting.run(key, value);
  }

  async settingOnce(key: string, value: string): Promise<string> {
    this.q.addSetting.run(key, value);
    return this.q.getSetting.get(key)!.value;
  }

  externalChangeMarker(): Promise<number> {
    return this.updateLog.changeMarker();
  }

  /** Writes the copy as a 0600 file (created so before SQLite fills it), in a folder created 0700 if missing. */
  async backup(file: string): Promise<void> {
    makePrivateDir(dirname(file));
    touchPrivateFile(file);
    await this.updateLog.settled();
    await this.db.backup(file);
    makePrivateFile(file);
  }

  // ------------------------------------------------------------ secrets at rest, honest health

  legacyPrivateKeys(): Promise<LegacyKeyRow[]> {
    return this.records.legacyPrivateKeys();
  }
  forgetLegacyPrivateKeys(): Promise<void> {
    return this.records.forgetLegacyPrivateKeys();
  }

  /** Inserts and deletes a row of health_probe in one committed (fsynced) transaction, through the update log: where, and behind what, every update is committed. */
  async probeWrite(): Promise<void> {
    if (this.closed) throw new StorageError('failed', 'The store is closed.');
    await this.updateLog.probe();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.updateLog.close();
    // Fold the WAL into the main file so a copied data folder is self-contained.
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A reader in another process may hold the WAL; the next open checkpoints it.
    }
    this.db.close();
  }
}
