/**
 * Users, token hashes, access grants, invites and single sign-on identities
 * in PostgreSQL: the same rows and answers as sqlite-accounts.ts.
 * @internal Used by `PostgresStorage`, which is the public face of the store.
 */
import type pg from 'pg';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import { changes, isUniqueClash, one, recordAudit, recordedWrite, rows, transaction } from './postgres-db.js';
import {
  type AccountStore,
  type AuditDraft,
  type GrantRow,
  type IdentityRow,
  type InviteRow,
  type NewTokenOptions,
  type NewUser,
  StorageError,
  type TokenRow,
  type UserRow,
} from './storage.js';
import { type GrantDbRow, type IdentityDbRow, type InviteDbRow, TOKEN_COLUMNS, type TokenDbRow, toGrant, toIdentity, toInvite, toToken, toUser, type UserDbRow } from './db-rows.js';

const INVITE_COLUMNS = 'id, username, created_by, created_at, expires_at, used_at';
const SET_GRANT = `INSERT INTO grants (username, doc_id, access, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (username, doc_id) DO UPDATE SET access = excluded.access, granted_by = excluded.granted_by, granted_at = excluded.granted_at`;

const noUser = (username: string, hint = ' Add them first with "user add".') => new StorageError('not-found', `There is no user named "${username}".${hint}`);
const emailTaken = (email: string | null | undefined) => new StorageError('exists', `Another person already has the email ${email}; each email names one person.`);

/** @internal The account tables of a PostgreSQL store. */
export class PostgresAccounts implements AccountStore {
  constructor(private readonly pool: pg.Pool) {}

  private async exists(username: string): Promise<boolean> {
    return !!(await one(this.pool, 'SELECT 1 FROM users WHERE username = $1', [username]));
  }

  async addUser(user: NewUser, audit?: AuditDraft): Promise<UserRow> {
    const createdAt = new Date().toISOString();
    const canCreate = user.canCreate ?? false;
    const email = user.email?.trim() || null;
    try {
      await recordedWrite(this.pool, audit, (db) =>
        db.query('INSERT INTO users (username, name, offices, created_at, can_create, email) VALUES ($1, $2, $3, $4, $5, $6)', [
          user.username,
          user.name,
          JSON.stringify(user.offices),
          createdAt,
          canCreate,
          email,
        ]),
      );
    } catch (e) {
      if (isUniqueClash(e, 'users_pkey')) throw new StorageError('exists', `A user named "${user.username}" already exists. Choose another username, or issue them a new token with "user token".`);
      if (isUniqueClash(e)) throw emailTaken(email);
      throw e;
    }
    return { username: user.username, name: user.name, offices: user.offices, createdAt, canCreate, email, disabledAt: null, lastSeenAt: null };
  }

  async getUser(username: string): Promise<UserRow | undefined> {
    const r = await one<UserDbRow>(this.pool, 'SELECT * FROM users WHERE username = $1', [username]);
    return r && toUser(r);
  }

  async listUsers(): Promise<UserRow[]> {
    return (await rows<UserDbRow>(this.pool, 'SELECT * FROM users ORDER BY username COLLATE "C"')).map(toUser);
  }

  async addToken(username: string, tokenHash: string): Promise<void> {
    if (!(await this.exists(username))) throw noUser(username);
    await this.pool.query('INSERT INTO tokens (username, hash, created_at) VALUES ($1, $2, $3)', [username, tokenHash, new Date().toISOString()]);
  }

  async findToken(tokenHash: string): Promise<TokenRow | undefined> {
    const r = await one<TokenDbRow>(this.pool, `SELECT ${TOKEN_COLUMNS} FROM tokens WHERE hash = $1`, [tokenHash]);
    return r && toToken(r);
  }

  async revokeTokens(username: string): Promise<number> {
    return changes(this.pool, 'UPDATE tokens SET revoked_at = $1 WHERE username = $2 AND revoked_at IS NULL', [new Date().toISOString(), username]);
  }

  async setGrant(grant: Omit<GrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void> {
    if (!(await this.exists(grant.username))) throw noUser(grant.username);
    await recordedWrite(this.pool, audit, (db) => db.query(SET_GRANT, [grant.username, grant.docId, grant.access, grant.grantedBy, new Date().toISOString()]));
  }

  async removeGrant(username: string, docId: string, audit?: AuditDraft): Promise<boolean> {
    // The entry is written only when a grant was removed: the removal and its record commit together or not at all.
    return transaction(this.pool, async (c) => {
      if ((await changes(c, 'DELETE FROM grants WHERE username = $1 AND doc_id = $2', [username, docId])) === 0) return false;
      await recordAudit(c, audit);
      return true;
    });
  }

  async transferOwnership(docId: string, to: string, grantedBy: string, audit?: AuditDraft): Promise<string[]> {
    if (!(await this.exists(to))) throw noUser(to);
    return transaction(this.pool, async (c) => {
      const now = new Date().toISOString();
      await c.query(SET_GRANT, [to, docId, 'owner', grantedBy, now]);
      // Owners of this document by a grant of its own (not "*"): they keep working on it as editors.
      const previousOwners = (
        await rows<{ username: string }>(c, "SELECT username FROM grants WHERE doc_id = $1 AND access = 'owner' AND username <> $2 ORDER BY username COLLATE \"C\"", [docId, to])
      ).map((r) => r.username);
      for (const username of previousOwners) await c.query(SET_GRANT, [username, docId, 'editor', grantedBy, now]);
      await recordAudit(c, audit && { ...audit, detail: { ...audit.detail, previousOwners } });
      return previousOwners;
    });
  }

  async grantsFor(docId: string): Promise<GrantRow[]> {
    return (await rows<GrantDbRow>(this.pool, "SELECT * FROM grants WHERE doc_id = $1 OR doc_id = '*' ORDER BY username COLLATE \"C\", doc_id COLLATE \"C\"", [docId])).map(toGrant);
  }

  async grantsOf(username: string): Promise<GrantRow[]> {
    return (await rows<GrantDbRow>(this.pool, 'SELECT * FROM grants WHERE username = $1 ORDER BY doc_id COLLATE "C"', [username])).map(toGrant);
  }

  async setOffices(username: string, offices: OfficeHolding[], audit?: AuditDraft): Promise<void> {
    if (!(await this.exists(username))) throw noUser(username);
    await recordedWrite(this.pool, audit, (db) => db.query('UPDATE users SET offices = $1 WHERE username = $2', [JSON.stringify(offices), username]));
  }

  async addExpiringToken(username: string, tokenHash: string, expiresAt: string | null, audit?: AuditDraft, options: NewTokenOptions = {}): Promise<number> {
    if (!(await this.exists(username))) throw noUser(username);
    return recordedWrite(this.pool, audit, async (db) => {
      const r = await db.query<{ id: number }>('INSERT INTO tokens (username, hash, created_at, expires_at, kind, label) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
        username,
        tokenHash,
        new Date().toISOString(),
        expiresAt,
        options.kind ?? 'token',
        options.label ?? null,
      ]);
      return r.rows[0].id;
    });
  }

  async listTokens(username: string): Promise<TokenRow[]> {
    return (await rows<TokenDbRow>(this.pool, `SELECT ${TOKEN_COLUMNS} FROM tokens WHERE username = $1 ORDER BY id`, [username])).map(toToken);
  }

  async revokeToken(username: string, id: number): Promise<boolean> {
    return (await changes(this.pool, 'UPDATE tokens SET revoked_at = $1 WHERE username = $2 AND id = $3 AND revoked_at IS NULL', [new Date().toISOString(), username, id])) > 0;
  }

  async setCanCreate(username: string, canCreate: boolean, audit?: AuditDraft): Promise<boolean> {
    if (!(await this.exists(username))) return false;
    await recordedWrite(this.pool, audit, (db) => db.query('UPDATE users SET can_create = $1 WHERE username = $2', [canCreate, username]));
    return true;
  }

  async setUserDetails(username: string, details: { name?: string; email?: string | null }, audit?: AuditDraft): Promise<boolean> {
    if (!(await this.exists(username))) return false;
    const email = details.email === undefined ? undefined : details.email?.trim() || null;
    try {
      await transaction(this.pool, async (c) => {
        if (details.name !== undefined) await c.query('UPDATE users SET name = $1 WHERE username = $2', [details.name, username]);
        if (email !== undefined) await c.query('UPDATE users SET email = $1 WHERE username = $2', [email, username]);
        await recordAudit(c, audit);
      });
    } catch (e) {
      if (isUniqueClash(e)) throw emailTaken(email);
      throw e;
    }
    return true;
  }

  async findUserByEmail(email: string): Promise<UserRow | undefined> {
    const r = await one<UserDbRow>(this.pool, 'SELECT * FROM users WHERE lower(email) = lower($1)', [email.trim()]);
    return r && toUser(r);
  }

  async setDisabled(username: string, disabled: boolean, at: string, audit?: AuditDraft): Promise<boolean> {
    if (!(await this.exists(username))) return false;
    await recordedWrite(this.pool, audit, (db) => db.query('UPDATE users SET disabled_at = $1 WHERE username = $2', [disabled ? at : null, username]));
    return true;
  }

  async touchUser(username: string, at: string, tokenId?: number): Promise<void> {
    await transaction(this.pool, async (c) => {
      await c.query('UPDATE users SET last_seen_at = $1 WHERE username = $2', [at, username]);
      if (tokenId !== undefined) await c.query('UPDATE tokens SET last_used_at = $1 WHERE id = $2 AND username = $3', [at, tokenId, username]);
    });
  }

  async addInvite(codeHash: string, invite: Omit<InviteRow, 'id' | 'usedAt'>, audit?: AuditDraft): Promise<number> {
    if (!(await this.exists(invite.username))) throw noUser(invite.username, '');
    return transaction(this.pool, async (c) => {
      // Earlier links stop working: only the newest invite of a person is ever outstanding.
      await c.query('UPDATE invites SET expires_at = $1 WHERE username = $2 AND used_at IS NULL AND expires_at > $1', [invite.createdAt, invite.username]);
      const r = await c.query<{ id: number }>('INSERT INTO invites (hash, username, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
        codeHash,
        invite.username,
        invite.createdBy,
        invite.createdAt,
        invite.expiresAt,
      ]);
      await recordAudit(c, audit);
      return r.rows[0].id;
    });
  }

  async redeemInvite(codeHash: string, at: string, audit?: AuditDraft): Promise<InviteRow | undefined> {
    return transaction(this.pool, async (c) => {
      // FOR UPDATE: two redemptions at once wait for each other, so the code works once.
      const r = await one<InviteDbRow>(c, `SELECT ${INVITE_COLUMNS} FROM invites WHERE hash = $1 FOR UPDATE`, [codeHash]);
      if (!r || r.used_at || Date.parse(r.expires_at) <= Date.parse(at)) return undefined;
      if ((await changes(c, 'UPDATE invites SET used_at = $1 WHERE id = $2 AND used_at IS NULL', [at, r.id])) === 0) return undefined;
      // The caller cannot know whose code it was before this: the entry names the person the invite was for.
      await recordAudit(c, audit && { ...audit, actor: audit.actor ?? r.username, detail: { user: r.username, ...audit.detail } });
      return toInvite({ ...r, used_at: at });
    });
  }

  async latestInvite(username: string): Promise<InviteRow | undefined> {
    const r = await one<InviteDbRow>(this.pool, `SELECT ${INVITE_COLUMNS} FROM invites WHERE username = $1 ORDER BY id DESC LIMIT 1`, [username]);
    return r && toInvite(r);
  }

  async findIdentity(issuer: string, subject: string): Promise<IdentityRow | undefined> {
    const r = await one<IdentityDbRow>(this.pool, 'SELECT * FROM identities WHERE issuer = $1 AND subject = $2', [issuer, subject]);
    return r && toIdentity(r);
  }

  async linkIdentity(identity: Omit<IdentityRow, 'createdAt'>, audit?: AuditDraft): Promise<void> {
    if (!(await this.exists(identity.username))) throw noUser(identity.username, '');
    try {
      await recordedWrite(this.pool, audit, (db) =>
        db.query('INSERT INTO identities (issuer, subject, username, created_at) VALUES ($1, $2, $3, $4)', [identity.issuer, identity.subject, identity.username, new Date().toISOString()]),
      );
    } catch (e) {
      if (isUniqueClash(e)) throw new StorageError('exists', 'This single sign-on identity is already linked to a person.');
      throw e;
    }
  }

  async identitiesOf(username: string): Promise<IdentityRow[]> {
    return (await rows<IdentityDbRow>(this.pool, 'SELECT * FROM identities WHERE username = $1 ORDER BY created_at', [username])).map(toIdentity);
  }
}
