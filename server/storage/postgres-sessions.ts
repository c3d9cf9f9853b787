/**
 * Web sessions (issue 13) in PostgreSQL, the same rows and answers as
 * sqlite-sessions.ts: only hashes of the session's secret and of the token
 * it was signed in with are stored.
 * @internal Used by `PostgresStorage`, which is the public face of the store.
 */
import type pg from 'pg';
import { changes, one, recordAudit, transaction } from './postgres-db.js';
import { type AuditDraft, type SessionStore, StorageError, type WebSessionRow } from './storage.js';
import { SESSION_COLUMNS, type SessionDbRow, toSession } from './db-rows.js';

/** @internal The web_sessions table of a PostgreSQL store. */
export class PostgresSessions implements SessionStore {
  constructor(private readonly pool: pg.Pool) {}

  async addWebSession(secretHash: string, s: Omit<WebSessionRow, 'id' | 'revokedAt'>, audit?: AuditDraft): Promise<number> {
    if (!(await one(this.pool, 'SELECT 1 FROM users WHERE username = $1', [s.username]))) throw new StorageError('not-found', `There is no user named "${s.username}". Add them first with "user add".`);
    return transaction(this.pool, async (c) => {
      const r = await c.query<{ id: number }>(
        'INSERT INTO web_sessions (hash, username, token_hash, created_at, last_used_at, idle_expires_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
        [secretHash, s.username, s.tokenHash, s.createdAt, s.lastUsedAt, s.idleExpiresAt, s.expiresAt],
      );
      const id = r.rows[0].id;
      await recordAudit(c, audit && { ...audit, detail: { ...audit.detail, session: id } });
      return id;
    });
  }

  async findWebSession(secretHash: string): Promise<WebSessionRow | undefined> {
    const r = await one<SessionDbRow>(this.pool, `SELECT ${SESSION_COLUMNS} FROM web_sessions WHERE hash = $1`, [secretHash]);
    return r && toSession(r);
  }

  async getWebSession(id: number): Promise<WebSessionRow | undefined> {
    const r = await one<SessionDbRow>(this.pool, `SELECT ${SESSION_COLUMNS} FROM web_sessions WHERE id = $1`, [id]);
    return r && toSession(r);
  }

  async touchWebSession(id: number, lastUsedAt: string, idleExpiresAt: string): Promise<void> {
    await this.pool.query('UPDATE web_sessions SET last_used_at = $1, idle_expires_at = $2 WHERE id = $3 AND revoked_at IS NULL', [lastUsedAt, idleExpiresAt, id]);
  }

  async endWebSession(id: number, at: string): Promise<boolean> {
    return (await changes(this.pool, 'UPDATE web_sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id])) > 0;
  }

  async endWebSessionsOf(username: string, at: string): Promise<number> {
    return changes(this.pool, 'UPDATE web_sessions SET revoked_at = $1 WHERE username = $2 AND revoked_at IS NULL', [at, username]);
  }

  async forgetDeadWebSessions(now: string): Promise<number> {
    return changes(this.pool, 'DELETE FROM web_sessions WHERE revoked_at IS NOT NULL OR expires_at <= $1 OR idle_expires_at <= $1', [now]);
  }
}
