/**
 * Users, token hashes and access grants in SQLite.
 * @internal Used by `SqliteStorage`, which is the public face of the store.
 */
import type Database from 'better-sqlite3';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import { recordedWrite } from './sqlite-records.js';
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

/** Whether a failed statement broke a unique constraint (a taken username, email or identity). */
const isUniqueClash = (e: unknown) => ['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'].includes((e as { code?: string }).code ?? '');

/** @internal The account tables of a SQLite store. */
export class SqliteAccounts implements AccountStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      addUser: db.prepare('INSERT INTO users (username, name, offices, created_at, can_create, email) VALUES (?, ?, ?, ?, ?, ?)'),
      setCanCreate: db.prepare('UPDATE users SET can_create = ? WHERE username = ?'),
      getUser: db.prepare<[string], UserDbRow>('SELECT * FROM users WHERE username = ?'),
      listUsers: db.prepare<[], UserDbRow>('SELECT * FROM users ORDER BY username'),
      addToken: db.prepare('INSERT INTO tokens (username, hash, created_at) VALUES (?, ?, ?)'),
      findToken: db.prepare<[string], TokenDbRow>(`SELECT ${TOKEN_COLUMNS} FROM tokens WHERE hash = ?`),
      addExpiringToken: db.prepare('INSERT INTO tokens (username, hash, created_at, expires_at, kind, label) VALUES (?, ?, ?, ?, ?, ?)'),
      listTokens: db.prepare<[string], TokenDbRow>(`SELECT ${TOKEN_COLUMNS} FROM tokens WHERE username = ? ORDER BY id`),
      revokeToken: db.prepare('UPDATE tokens SET revoked_at = ? WHERE username = ? AND id = ? AND revoked_at IS NULL'),
      revokeTokens: db.prepare('UPDATE tokens SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL'),
      setGrant: db.prepare(
        `INSERT INTO grants (username, doc_id, access, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (username, doc_id) DO UPDATE SET access = excluded.access, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
      ),
      removeGrant: db.prepare('DELETE FROM grants WHERE username = ? AND doc_id = ?'),
      grantsFor: db.prepare<[string], GrantDbRow>("SELECT * FROM grants WHERE doc_id = ? OR doc_id = '*' ORDER BY username, doc_id"),
      grantsOf: db.prepare<[string], GrantDbRow>('SELECT * FROM grants WHERE username = ? ORDER BY doc_id'),
      // Offices in scope (issue 10, sign-offs)
      setOffices: db.prepare('UPDATE users SET offices = ? WHERE username = ?'),
      // people and access (issue 14)
      setName: db.prepare('UPDATE users SET name = ? WHERE username = ?'),
      setEmail: db.prepare('UPDATE users SET email = ? WHERE username = ?'),
      byEmail: db.prepare<[string], UserDbRow>('SELECT * FROM users WHERE lower(email) = lower(?)'),
      setDisabled: db.prepare('UPDATE users SET disabled_at = ? WHERE username = ?'),
      touchUser: db.prepare('UPDATE users SET last_seen_at = ? WHERE username = ?'),
      touchToken: db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ? AND username = ?'),
      addInvite: db.prepare('INSERT INTO invites (hash, username, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)'),
      retireInvites: db.prepare('UPDATE invites SET expires_at = ? WHERE username = ? AND used_at IS NULL AND expires_at > ?'),
      findInvite: db.prepare<[string], InviteDbRow>('SELECT id, username, created_by, created_at, expires_at, used_at FROM invites WHERE hash = ?'),
      useInvite: db.prepare('UPDATE invites SET used_at = ? WHERE id = ? AND used_at IS NULL'),
      latestInvite: db.prepare<[string], InviteDbRow>('SELECT id, username, created_by, created_at, expires_at, used_at FROM invites WHERE username = ? ORDER BY id DESC LIMIT 1'),
      findIdentity: db.prepare<[string, string], IdentityDbRow>('SELECT * FROM identities WHERE issuer = ? AND subject = ?'),
      linkIdentity: db.prepare('INSERT INTO identities (issuer, subject, username, created_at) VALUES (?, ?, ?, ?)'),
      identitiesOf: db.prepare<[string], IdentityDbRow>('SELECT * FROM identities WHERE username = ? ORDER BY created_at'),
    };
  }

  async addUser(user: NewUser, audit?: AuditDraft): Promise<UserRow> {
    const createdAt = new Date().toISOString();
    const canCreate = user.canCreate ?? false;
    const email = user.email?.trim() || null;
    try {
      recordedWrite(this.db, audit, () => this.q.addUser.run(user.username, user.name, JSON.stringify(user.offices), createdAt, canCreate ? 1 : 0, email));
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new StorageError('exists', `A user named "${user.username}" already exists. Choose another username, or issue them a new token with "user token".`);
      }
      if (isUniqueClash(e)) throw new StorageError('exists', `Another person already has the email ${email}; each email names one person.`);
      throw e;
    }
    return { username: user.username, name: user.name, offices: user.offices, createdAt, canCreate, email, disabledAt: null, lastSeenAt: null };
  }

  async getUser(username: string): Promise<UserRow | undefined> {
    const r = this.q.getUser.get(username);
    return r && toUser(r);
  }

  async listUsers(): Promise<UserRow[]> {
    return this.q.listUsers.all().map(toUser);
  }

  async addToken(username: string, tokenHash: string): Promise<void> {
    if (!this.q.getUser.get(username)) throw new StorageError('not-found', `There is no user named "${username}". Add them first with "user add".`);
    this.q.addToken.run(username, tokenHash, new Date().toISOString());
  }

  async findToken(tokenHash: string): Promise<TokenRow | undefined> {
    const r = this.q.findToken.get(tokenHash);
    return r && toToken(r);
  }

  async revokeTokens(username: string): Promise<number> {
    return this.q.revokeTokens.run(new Date().toISOString(), username).changes;
  }

  async setGrant(grant: Omit<GrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void> {
    if (!this.q.getUser.get(grant.username)) throw new StorageError('not-found', `There is no user named "${grant.username}". Add them first with "user add".`);
    recordedWrite(this.db, audit, () => this.q.setGrant.run(grant.username, grant.docId, grant.access, grant.grantedBy, new Date().toISOString()));
  }

  async removeGrant(username: string, docId: string, audit?: AuditDraft): Promise<boolean> {
    // The entry is written only when a grant was removed: the removal and its record commit together or not at all.
    if (!audit) return this.q.removeGrant.run(username, docId).changes > 0;
    return this.db.transaction(() => {
      if (this.q.removeGrant.run(username, docId).changes === 0) return false;
      recordedWrite(this.db, audit, () => undefined);
      return true;
    }).immediate();
  }

  async transferOwnership(docId: string, to: string, grantedBy: string, audit?: AuditDraft): Promise<string[]> {
    if (!this.q.getUser.get(to)) throw new StorageError('not-found', `There is no user named "${to}". Add them first with "user add".`);
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      this.q.setGrant.run(to, docId, 'owner', grantedBy, now);
      // Owners of this document by a grant of its own (not "*"): they keep working on it as editors.
      const previousOwners = this.q.grantsFor
        .all(docId)
        .filter((g) => g.doc_id === docId && g.access === 'owner' && g.username !== to)
        .map((g) => g.username);
      for (const username of previousOwners) this.q.setGrant.run(username, docId, 'editor', grantedBy, now);
      recordedWrite(this.db, audit && { ...audit, detail: { ...audit.detail, previousOwners } }, () => undefined);
      return previousOwners;
    }).immediate();
  }

  async grantsFor(docId: string): Promise<GrantRow[]> {
    return this.q.grantsFor.all(docId).map(toGrant);
  }

  async grantsOf(username: string): Promise<GrantRow[]> {
    return this.q.grantsOf.all(username).map(toGrant);
  }

  // Offices in scope (issue 10, sign-offs)
  async setOffices(username: string, offices: OfficeHolding[], audit?: AuditDraft): Promise<void> {
    if (!this.q.getUser.get(username)) throw new StorageError('not-found', `There is no user named "${username}". Add them first with "user add".`);
    recordedWrite(this.db, audit, () => this.q.setOffices.run(JSON.stringify(offices), username));
  }

  // transport: token expiry, listing and revocation one by one.
  async addExpiringToken(username: string, tokenHash: string, expiresAt: string | null, audit?: AuditDraft, options: NewTokenOptions = {}): Promise<number> {
    if (!this.q.getUser.get(username)) throw new StorageError('not-found', `There is no user named "${username}". Add them first with "user add".`);
    const run = recordedWrite(this.db, audit, () => this.q.addExpiringToken.run(username, tokenHash, new Date().toISOString(), expiresAt, options.kind ?? 'token', options.label ?? null));
    return Number(run.lastInsertRowid);
  }

  async listTokens(username: string): Promise<TokenRow[]> {
    return this.q.listTokens.all(username).map(toToken);
  }

  async revokeToken(username: string, id: number): Promise<boolean> {
    return this.q.revokeToken.run(new Date().toISOString(), username, id).changes > 0;
  }

  // create (issue 10): the right to create documents

  async setCanCreate(username: string, canCreate: boolean, audit?: AuditDraft): Promise<boolean> {
    if (!this.q.getUser.get(username)) return false;
    recordedWrite(this.db, audit, () => this.q.setCanCreate.run(canCreate ? 1 : 0, username));
    return true;
  }

  // people and access (issue 14)

  async setUserDetails(username: string, details: { name?: string; email?: string | null }, audit?: AuditDraft): Promise<boolean> {
    if (!this.q.getUser.get(username)) return false;
    const email = details.email === undefined ? undefined : details.email?.trim() || null;
    try {
      recordedWrite(this.db, audit, () => {
        if (details.name !== undefined) this.q.setName.run(details.name, username);
        if (email !== undefined) this.q.setEmail.run(email, username);
      });
    } catch (e) {
      if (isUniqueClash(e)) throw new StorageError('exists', `Another person already has the email ${email}; each email names one person.`);
      throw e;
    }
    return true;
  }

  async findUserByEmail(email: string): Promise<UserRow | undefined> {
    const r = this.q.byEmail.get(email.trim());
    return r && toUser(r);
  }

  async setDisabled(username: string, disabled: boolean, at: string, audit?: AuditDraft): Promise<boolean> {
    if (!this.q.getUser.get(username)) return false;
    recordedWrite(this.db, audit, () => this.q.setDisabled.run(disabled ? at : null, username));
    return true;
  }

  async touchUser(username: string, at: string, tokenId?: number): Promise<void> {
    this.db.transaction(() => {
      this.q.touchUser.run(at, username);
      if (tokenId !== undefined) this.q.touchToken.run(at, tokenId, username);
    }).immediate();
  }

  async addInvite(codeHash: string, invite: Omit<InviteRow, 'id' | 'usedAt'>, audit?: AuditDraft): Promise<number> {
    if (!this.q.getUser.get(invite.username)) throw new StorageError('not-found', `There is no user named "${invite.username}".`);
    return recordedWrite(this.db, audit, () => {
      // Earlier links stop working: only the newest invite of a person is ever outstanding.
      this.q.retireInvites.run(invite.createdAt, invite.username, invite.createdAt);
      return Number(this.q.addInvite.run(codeHash, invite.username, invite.createdBy, invite.createdAt, invite.expiresAt).lastInsertRowid);
    });
  }

  async redeemInvite(codeHash: string, at: string, audit?: AuditDraft): Promise<InviteRow | undefined> {
    return this.db.transaction(() => {
      const r = this.q.findInvite.get(codeHash);
      if (!r || r.used_at || Date.parse(r.expires_at) <= Date.parse(at)) return undefined;
      if (this.q.useInvite.run(at, r.id).changes === 0) return undefined;
      // The caller cannot know whose code it was before this: the entry names the person the invite was for.
      recordedWrite(this.db, audit && { ...audit, actor: audit.actor ?? r.username, detail: { user: r.username, ...audit.detail } }, () => undefined);
      return toInvite({ ...r, used_at: at });
    }).immediate();
  }

  async latestInvite(username: string): Promise<InviteRow | undefined> {
    const r = this.q.latestInvite.get(username);
    return r && toInvite(r);
  }

  async findIdentity(issuer: string, subject: string): Promise<IdentityRow | undefined> {
    const r = this.q.findIdentity.get(issuer, subject);
    return r && toIdentity(r);
  }

  async linkIdentity(identity: Omit<IdentityRow, 'createdAt'>, audit?: AuditDraft): Promise<void> {
    if (!this.q.getUser.get(identity.username)) throw new StorageError('not-found', `There is no user named "${identity.username}".`);
    try {
      recordedWrite(this.db, audit, () => this.q.linkIdentity.run(identity.issuer, identity.subject, identity.username, new Date().toISOString()));
    } catch (e) {
      if (isUniqueClash(e)) throw new StorageError('exists', 'This single sign-on identity is already linked to a person.');
      throw e;
    }
  }

  async identitiesOf(username: string): Promise<IdentityRow[]> {
    return this.q.identitiesOf.all(username).map(toIdentity);
  }
}
