/**
 * The store in PostgreSQL (`serve --store postgres://…`), for several
 * instances sharing one database. It keeps every promise of the SQLite
 * store (sqlite.ts), so the same contract tests run against both:
 *
 * - Durability: `appendUpdate` resolves once the update is committed (with
 *   PostgreSQL's default `synchronous_commit = on`, flushed to its WAL), and
 *   the sync core broadcasts an update only after that. Updates appended in
 *   the same event-loop turn share one transaction (postgres-update-log.ts).
 * - Compaction in the background once a document has more than
 *   `compactAfter` updates and is quiet, merging the rows the database holds
 *   under a per-document advisory lock, so instances never compact one
 *   document at once and no update appended meanwhile is lost.
 * - Fail-closed audit: an action given an audit entry is written in the
 *   same transaction as the entry, or not at all (`UnrecordedError`).
 * - Sign-offs and the audit trail are append-only in the database itself.
 *
 * What differs: `backup` is pg_dump's job (it refuses, saying so), and the
 * change marker counts changes to access from every process, this one
 * included (postgres-schema.ts), so a server also re-checks its connections
 * after its own grant changes, which it does anyway.
 */
import type pg from 'pg';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import { redactedUrl as redactUrl } from '../redacted-url.js';
import { PostgresAccounts } from './postgres-accounts.js';
import { changes, one, openPool, recordAudit, rows, transaction } from './postgres-db.js';
import { PostgresRecords } from './postgres-records.js';
import { migratePostgres } from './postgres-schema.js';
import { PostgresSessions } from './postgres-sessions.js';
import { PostgresTeams } from './postgres-teams.js';
import { PostgresUpdateLog } from './postgres-update-log.js';
import { PostgresVersions } from './postgres-versions.js';
import {
  type AccountStore,
  type AppendedUpdate,
  type AuditDraft,
  type AuditEntry,
  type AuditQuery,
  type DocumentRow,
  type LegacyKeyRow,
  type ServerKeyRow,
  type SessionStore,
  type SignoffRow,
  type Storage,
  StorageError,
  type TeamStore,
  type VersionStore,
} from './storage.js';

/** How to open a PostgreSQL store. */
export interface PostgresStorageOptions {
  /** Connection URL, e.g. "postgres://poc@db.mission.example/poc" (a password may come in the URL or PGPASSWORD). */
  url: string;
  /** Compact a document once it has more than this many stored updates (default 300). */
  compactAfter?: number;
  /** …once no update came for this long (ms, default 2000), or at once past 4 × `compactAfter` updates. */
  compactWhenQuietMs?: number;
  /** Called when a background compaction fails (the updates stay as they were, so nothing is lost). */
  onBackgroundError?: (error: unknown, docId: string) => void;
  /** Connections this process keeps to the database at most (default 10). */
  poolSize?: number;
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

const DOC_COLUMNS = 'd.id, d.created_at, d.created_by, d.archived_at, d.changed_at, d.changed_by, d.changed_by_name, (SELECT MAX(seq) FROM updates u WHERE u.doc_id = d.id) AS last_seq';

/** The URL without its password (in the user part or the query), for messages and logs. */
export function redactedUrl(url: string): string {
  return redactUrl(url, 'the given PostgreSQL URL');
}

/** A `Storage` in a PostgreSQL database. Open it with `PostgresStorage.open`. */
export class PostgresStorage implements Storage {
  private readonly accounts: PostgresAccounts;
  private readonly teams: PostgresTeams;
  private readonly records: PostgresRecords;
  private readonly sessions: PostgresSessions;
  private readonly versions: PostgresVersions;
  private readonly updateLog: PostgresUpdateLog;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    /** Whether this open created the store (schema version was 0). */
    readonly created: boolean,
    opts: PostgresStorageOptions,
  ) {
    this.accounts = new PostgresAccounts(pool);
    this.teams = new PostgresTeams(pool);
    this.records = new PostgresRecords(pool);
    this.sessions = new PostgresSessions(pool);
    this.versions = new PostgresVersions(pool);
    const compactAfter = opts.compactAfter ?? 300;
    this.updateLog = new PostgresUpdateLog(pool, {
      compactAfter,
      quietMs: opts.compactWhenQuietMs ?? 2000,
      hardLimit: compactAfter * 4,
      onBackgroundError: opts.onBackgroundError ?? (() => {}),
    });
  }

  /** Connects, creates or upgrades the schema, and returns the store; throws saying what to check when it cannot. */
  static async open(opts: PostgresStorageOptions): Promise<PostgresStorage> {
    const pool = openPool(opts.url, opts.poolSize);
    // An idle connection the database drops (a restart) is an error on the pool, not a crash of the server.
    pool.on('error', () => {});
    try {
      const from = await migratePostgres(pool);
      return new PostgresStorage(pool, from === 0, opts);
    } catch (e) {
      await pool.end().catch(() => {});
      if (e instanceof StorageError) throw e;
      throw new StorageError(
        'failed',
        `Cannot open the PostgreSQL store ${redactedUrl(opts.url)}: ${(e as Error).message}. Check that PostgreSQL runs and accepts this user, password and database (create it with "createdb"), then start again.`,
      );
    }
  }

  // ------------------------------------------------------------ documents

  async getDocument(id: string): Promise<DocumentRow | undefined> {
    await this.updateLog.settled();
    const r = await one<DocDbRow>(this.pool, `SELECT ${DOC_COLUMNS} FROM documents d WHERE d.id = $1 AND d.deleted_at IS NULL`, [id]);
    return r && toDoc(r);
  }

  async listDocuments(): Promise<DocumentRow[]> {
    await this.updateLog.settled();
    return (await rows<DocDbRow>(this.pool, `SELECT ${DOC_COLUMNS} FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.id COLLATE "C"`)).map(toDoc);
  }

  async recordChange(id: string, change: { at: string; by: string; byName: string }): Promise<void> {
    await this.pool.query('UPDATE documents SET changed_at = $1, changed_by = $2, changed_by_name = $3 WHERE id = $4 AND deleted_at IS NULL', [change.at, change.by, change.byName, id]);
  }

  async createDocument(id: string, owner: string | null, initialState?: Uint8Array, audit?: AuditDraft): Promise<boolean> {
    return transaction(this.pool, async (c) => {
      const now = new Date().toISOString();
      // The unique index on lower(id) makes a look-alike or a tombstone a conflict too: nothing is created.
      if ((await changes(c, 'INSERT INTO documents (id, created_at, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, now, owner])) === 0) return false;
      if (owner !== null) {
        await c.query(
          `INSERT INTO grants (username, doc_id, access, granted_by, granted_at) VALUES ($1, $2, 'owner', $1, $3)
           ON CONFLICT (username, doc_id) DO UPDATE SET access = 'owner', granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
          [owner, id, now],
        );
      }
      if (initialState) await c.query('INSERT INTO updates (doc_id, kind, data) VALUES ($1, 1, $2)', [id, Buffer.from(initialState)]);
      // Fail-closed audit: inside this transaction, so a creation that cannot be recorded leaves nothing behind.
      await recordAudit(c, audit);
      return true;
    });
  }

  async loadUpdates(id: string): Promise<Uint8Array[]> {
    await this.updateLog.settled();
    const stored = await rows<{ data: Buffer }>(this.pool, 'SELECT data FROM updates WHERE doc_id = $1 ORDER BY seq', [id]);
    this.updateLog.loaded(id, stored.length);
    return stored.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }

  appendUpdate(id: string, update: Uint8Array): Promise<AppendedUpdate> {
    return this.updateLog.append(id, update);
  }

  loadUpdatesSince(id: string, seq: number): Promise<{ updates: Uint8Array[]; lastSeq: number }> {
    return this.updateLog.loadSince(id, seq);
  }

  compact(id: string): Promise<void> {
    return this.updateLog.compact(id);
  }

  async findDocumentId(id: string): Promise<{ id: string; deleted: boolean } | undefined> {
    const r = await one<{ id: string; deleted_at: string | null }>(this.pool, 'SELECT id, deleted_at FROM documents WHERE lower(id) = lower($1)', [id]);
    return r && { id: r.id, deleted: r.deleted_at !== null };
  }

  async countDocumentsCreatedBy(username: string): Promise<number> {
    return (await one<{ n: number }>(this.pool, 'SELECT COUNT(*) AS n FROM documents WHERE created_by = $1 AND deleted_at IS NULL', [username]))!.n;
  }

  async setArchived(id: string, archived: boolean, audit?: AuditDraft): Promise<boolean> {
    return transaction(this.pool, async (c) => {
      if ((await changes(c, 'UPDATE documents SET archived_at = $1 WHERE id = $2 AND deleted_at IS NULL', [archived ? new Date().toISOString() : null, id])) === 0) return false;
      await recordAudit(c, audit);
      return true;
    });
  }

  async deleteDocument(id: string, audit?: AuditDraft): Promise<boolean> {
    // Updates still queued land first, so none is written after the content is gone (the trigger drops later ones).
    await this.updateLog.settled();
    return transaction(this.pool, async (c) => {
      // FOR UPDATE first: waits for other instances' inserts under way into this document, and holds back new ones
      // until the tombstone is committed (the insert trigger then drops them), so no update outlives the content.
      if (!(await one(c, 'SELECT 1 FROM documents WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [id]))) return false;
      await c.query('UPDATE documents SET deleted_at = $1, archived_at = NULL WHERE id = $2', [new Date().toISOString(), id]);
      await c.query('DELETE FROM updates WHERE doc_id = $1', [id]);
      await c.query('DELETE FROM grants WHERE doc_id = $1', [id]);
      await c.query('DELETE FROM team_grants WHERE doc_id = $1', [id]);
      // Stored versions are working copies, not evidence: they go with the content. Sign-offs stay, with their snapshots.
      const versionsDropped = await this.versions.dropDocument(c, id);
      const signoffsKept = (await one<{ n: number }>(c, 'SELECT COUNT(*) AS n FROM signoffs WHERE doc_id = $1', [id]))!.n;
      await recordAudit(c, audit && { ...audit, detail: { ...audit.detail, signoffsKept, versionsDropped } });
      return true;
    });
  }

  async storedBytes(id: string): Promise<number> {
    await this.updateLog.settled();
    return (await one<{ n: number }>(this.pool, 'SELECT COALESCE(SUM(octet_length(data)), 0)::bigint AS n FROM updates WHERE doc_id = $1', [id]))!.n;
  }

  // ------------------------------------------------------------ people, teams, sessions, versions: one line each, as their modules do it

  readonly addUser: AccountStore['addUser'] = (...a) => this.accounts.addUser(...a);
  readonly getUser: AccountStore['getUser'] = (...a) => this.accounts.getUser(...a);
  readonly listUsers: AccountStore['listUsers'] = (...a) => this.accounts.listUsers(...a);
  readonly addToken: AccountStore['addToken'] = (...a) => this.accounts.addToken(...a);
  readonly findToken: AccountStore['findToken'] = (...a) => this.accounts.findToken(...a);
  readonly revokeTokens: AccountStore['revokeTokens'] = (...a) => this.accounts.revokeTokens(...a);
  readonly setGrant: AccountStore['setGrant'] = (...a) => this.accounts.setGrant(...a);
  readonly removeGrant: AccountStore['removeGrant'] = (...a) => this.accounts.removeGrant(...a);
  readonly transferOwnership: AccountStore['transferOwnership'] = (...a) => this.accounts.transferOwnership(...a);
  readonly grantsFor: AccountStore['grantsFor'] = (...a) => this.accounts.grantsFor(...a);
  readonly grantsOf: AccountStore['grantsOf'] = (...a) => this.accounts.grantsOf(...a);
  readonly setOffices: (username: string, offices: OfficeHolding[], audit?: AuditDraft) => Promise<void> = (...a) => this.accounts.setOffices(...a);
  readonly addExpiringToken: AccountStore['addExpiringToken'] = (...a) => this.accounts.addExpiringToken(...a);
  readonly listTokens: AccountStore['listTokens'] = (...a) => this.accounts.listTokens(...a);
  readonly revokeToken: AccountStore['revokeToken'] = (...a) => this.accounts.revokeToken(...a);
  readonly setCanCreate: AccountStore['setCanCreate'] = (...a) => this.accounts.setCanCreate(...a);
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
  readonly addWebSession: SessionStore['addWebSession'] = (...a) => this.sessions.addWebSession(...a);
  readonly findWebSession: SessionStore['findWebSession'] = (...a) => this.sessions.findWebSession(...a);
  readonly getWebSession: SessionStore['getWebSession'] = (...a) => this.sessions.getWebSession(...a);
  readonly touchWebSession: SessionStore['touchWebSession'] = (...a) => this.sessions.touchWebSession(...a);
  readonly endWebSession: SessionStore['endWebSession'] = (...a) => this.sessions.endWebSession(...a);
  readonly endWebSessionsOf: SessionStore['endWebSessionsOf'] = (...a) => this.sessions.endWebSessionsOf(...a);
  readonly forgetDeadWebSessions: SessionStore['forgetDeadWebSessions'] = (...a) => this.sessions.forgetDeadWebSessions(...a);
  readonly appendVersion: VersionStore['appendVersion'] = (...a) => this.versions.appendVersion(...a);
  readonly listVersions: VersionStore['listVersions'] = (...a) => this.versions.listVersions(...a);
  readonly getVersion: VersionStore['getVersion'] = (...a) => this.versions.getVersion(...a);
  readonly dropVersions: VersionStore['dropVersions'] = (...a) => this.versions.dropVersions(...a);
  readonly setLastViewed: VersionStore['setLastViewed'] = (...a) => this.versions.setLastViewed(...a);
  readonly lastViewed: VersionStore['lastViewed'] = (...a) => this.versions.lastViewed(...a);
  readonly viewedVersions: VersionStore['viewedVersions'] = (...a) => this.versions.viewedVersions(...a);

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
  legacyPrivateKeys(): Promise<LegacyKeyRow[]> {
    return this.records.legacyPrivateKeys();
  }
  forgetLegacyPrivateKeys(): Promise<void> {
    return this.records.forgetLegacyPrivateKeys();
  }

  /** Appends an audit entry through the update log's group commit, so a burst of connections does not cost one commit each. */
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void> {
    return this.updateLog.appendAudit([entry.at ?? new Date().toISOString(), entry.kind, entry.actor, entry.docId, JSON.stringify(entry.detail)]);
  }
  async queryAudit(query: AuditQuery): Promise<AuditEntry[]> {
    await this.updateLog.settled();
    return this.records.queryAudit(query);
  }

  // ------------------------------------------------------------ store-wide

  async getSetting(key: string): Promise<string | undefined> {
    return (await one<{ value: string }>(this.pool, 'SELECT value FROM settings WHERE key = $1', [key]))?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async settingOnce(key: string, value: string): Promise<string> {
    await this.pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value]);
    return (await this.getSetting(key))!;
  }

  /** The change counter (postgres-schema.ts): moves with every committed change to access, from any process. */
  async externalChangeMarker(): Promise<number> {
    return (await one<{ n: number }>(this.pool, 'SELECT n FROM store_change'))!.n;
  }

  /** Refuses: a PostgreSQL store is backed up with pg_dump, which copies it consistently while the servers run. */
  async backup(file: string): Promise<void> {
    throw new StorageError(
      'invalid',
      `poc backup copies a SQLite store only; this store is in PostgreSQL, so nothing was written to ${file}. Back it up with pg_dump (e.g. pg_dump --format=custom --file=poc.dump "$POC_STORE_URL"), which takes a consistent copy while the servers run, and keep each instance's signing-key file beside it.`,
    );
  }

  /** Inserts and deletes a row of health_probe in one committed transaction, behind the updates queued. */
  async probeWrite(): Promise<void> {
    if (this.closed) throw new StorageError('failed', 'The store is closed.');
    await this.updateLog.probe();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.updateLog.close();
    await this.pool.end();
  }
}
