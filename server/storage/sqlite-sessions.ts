/**
 * Web sessions (issue 13) in SQLite: written on the main connection, as the
 * account tables are (a sign-in, a sign-out and at most one touch a minute
 * per session are few; the commit thread is for the flood of document updates).
 * @internal Used by `SqliteStorage`, which is the public face of the store.
 */
import type Database from 'better-sqlite3';
import { recordedWrite } from './sqlite-records.js';
import { type AuditDraft, type SessionStore, StorageError, type WebSessionRow } from './storage.js';
import { type SessionDbRow, toSession } from './db-rows.js';

/** @internal The web_sessions table of a SQLite store. */
export class SqliteSessions implements SessionStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      userExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM users WHERE username = ?'),
      add: db.prepare(
        'INSERT INTO web_sessions (hash, username, token_hash, created_at, last_used_at, idle_expires_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      find: db.prepare<[string], SessionDbRow>('SELECT id, username, token_hash, created_at, last_used_at, idle_expires_at, expires_at, revoked_at FROM web_sessions WHERE hash = ?'),
      get: db.prepare<[number], SessionDbRow>('SELECT id, username, token_hash, created_at, last_used_at, idle_expires_at, expires_at, revoked_at FROM web_sessions WHERE id = ?'),
      touch: db.prepare('UPDATE web_sessions SET last_used_at = ?, idle_expires_at = ? WHERE id = ? AND revoked_at IS NULL'),
      end: db.prepare('UPDATE web_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      endOf: db.prepare('UPDATE web_sessions SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL'),
      forget: db.prepare('DELETE FROM web_sessions WHERE revoked_at IS NOT NULL OR expires_at <= ? OR idle_expires_at <= ?'),
    };
  }

  async addWebSession(secretHash: string, s: Omit<WebSessionRow, 'id' | 'revokedAt'>, audit?: AuditDraft): Promise<number> {
    if (!this.q.userExists.get(s.username)) throw new StorageError('not-found', `There is no user named "${s.username}". Add them first with "user add".`);
    return this.db.transaction(() => {
      const id = Number(this.q.add.run(secretHash, s.username, s.tokenHash, s.createdAt, s.lastUsedAt, s.idleExpiresAt, s.expiresAt).lastInsertRowid);
      recordedWrite(this.db, audit && { ...audit, detail: { ...audit.detail, session: id } }, () => undefined);
      return id;
    }).immediate();
  }

  async findWebSession(secretHash: string): Promise<WebSessionRow | undefined> {
    const r = this.q.find.get(secretHash);
    return r && toSession(r);
  }

  async getWebSession(id: number): Promise<WebSessionRow | undefined> {
    const r = this.q.get.get(id);
    return r && toSession(r);
  }

  async touchWebSession(id: number, lastUsedAt: string, idleExpiresAt: string): Promise<void> {
    this.q.touch.run(lastUsedAt, idleExpiresAt, id);
  }

  async endWebSession(id: number, at: string): Promise<boolean> {
    return this.q.end.run(at, id).changes > 0;
  }

  async endWebSessionsOf(username: string, at: string): Promise<number> {
    return this.q.endOf.run(at, username).changes;
  }

  async forgetDeadWebSessions(now: string): Promise<number> {
    return this.q.forget.run(now, now).changes;
  }
}
