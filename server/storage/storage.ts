/**
 * The storage contract of the server: documents (as Yjs updates), people and
 * their tokens, per-document access, sign-offs, the audit trail and the
 * server's signing keys. The sync core never sees this interface; the server
 * wires it in through hooks, so another backend (PostgreSQL) only has to
 * implement `Storage`.
 *
 * Every method is asynchronous so a networked backend fits; a method that
 * resolves has made its write durable (for SQLite: committed in WAL mode).
 */
import type { AuditKind } from '../../shared/api/audit-kinds.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import type { DocumentRow, UserRow, NewUser, TokenRow, NewTokenOptions, TeamRow, TeamMemberRow, TeamGrantRow, InviteRow, IdentityRow, GrantRow, SignoffRow, VersionRow, VersionSnapshotRow, AuditEntry, ServerKeyRow, LegacyKeyRow, AuditDraft, AppendedUpdate, WebSessionRow } from './store-rows.js';

/** The rows (server/storage/store-rows.ts), exported from here too so the contract is one import. */
export * from './store-rows.js';

/** Documents and their Yjs history. */
export interface DocumentStore {
  /** The document, or undefined if the store does not hold it. */
  getDocument(id: string): Promise<DocumentRow | undefined>;
  /** All documents, ordered by id. */
  listDocuments(): Promise<DocumentRow[]>;
  /**
   * Creates the document if it does not exist, and when `owner` is given
   * grants them owner access in the same transaction. Returns whether it
   * was created by this call (false: it already existed, nothing changed).
   * With `audit`, the entry is written in the same transaction when the document is created: if it cannot be,
   * nothing is created (`UnrecordedError`).
   */
  createDocument(id: string, owner: string | null, initialState?: Uint8Array, audit?: AuditDraft): Promise<boolean>;
  /** The stored updates of a document (compacted state first); applying them all gives its current state. */
  loadUpdates(id: string): Promise<Uint8Array[]>;
  /** Durably appends one Yjs update; the document must exist. Resolves with where it landed in the document's log. */
  appendUpdate(id: string, update: Uint8Array): Promise<AppendedUpdate>;
  /**
   * Several instances (server/scale/): the document's stored rows whose sequence number is above `seq`, oldest first
   * (a compacted state that replaced rows above `seq` is among them, so applying them all brings a copy that held
   * everything up to `seq` up to date), and `lastSeq`, the sequence number of the last row returned (`seq` when none).
   */
  loadUpdatesSince(id: string, seq: number): Promise<{ updates: Uint8Array[]; lastSeq: number }>;
  /** Replaces every stored update of the document by one state update that contains them. */
  compact(id: string): Promise<void>;
  /** Records when a person (username and name) last changed a live document's content; an unknown or deleted id is ignored. */
  recordChange(id: string, change: { at: string; by: string; byName: string }): Promise<void>;

  // create (issue 10): ids by right, case-insensitive ids, archive and delete (tombstones)
  /**
   * The stored id that `id` names when case is ignored, live or deleted (a tombstone), or undefined when the id is free.
   * `getDocument` matches exactly; this says whether a new id would clash.
   */
  findDocumentId(id: string): Promise<{ id: string; deleted: boolean } | undefined>;
  /** How many live documents `username` created (the per-user cap counts these). */
  countDocumentsCreatedBy(username: string): Promise<number>;
  /** Archives (read-only) or unarchives a live document; returns whether it exists. With `audit`, as for `createDocument`. */
  setArchived(id: string, archived: boolean, audit?: AuditDraft): Promise<boolean>;
  /**
   * Deletes a live document's content, grants and stored versions (with who last viewed which) in one transaction,
   * keeping a tombstone (the id is never reused), its sign-offs and the audit trail. Returns whether there was such a
   * document. With `audit`, the entry is written in that transaction (`detail` is completed with `signoffsKept` and
   * `versionsDropped`): if it cannot be, nothing is deleted (`UnrecordedError`).
   */
  deleteDocument(id: string, audit?: AuditDraft): Promise<boolean>;
  // Bounded resources (issue 10): the document-size cap measures what the store holds.
  /** Bytes of the document's stored updates now (0 for an unknown document); compaction shrinks it. */
  storedBytes(id: string): Promise<number>;
}

/** People, tokens and access grants. */
export interface AccountStore {
  /**
   * Adds a user; throws a StorageError "exists" if the username is taken. With `audit`, the entry is written in the
   * same transaction: if it cannot be, no user is added (`UnrecordedError`). Likewise for the `audit` of the other
   * account changes below.
   */
  addUser(user: NewUser, audit?: AuditDraft): Promise<UserRow>;
  getUser(username: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  /** Stores a token by its SHA-256 hash (the token itself is never stored). */
  addToken(username: string, tokenHash: string): Promise<void>;
  /** The token row for a hash, revoked or not, or undefined. */
  findToken(tokenHash: string): Promise<TokenRow | undefined>;
  /** Revokes every live token of the user; returns how many were revoked. */
  revokeTokens(username: string): Promise<number>;
  /**
   * Sets a user's access to a document (or "*"), replacing any earlier grant for the same pair. With `audit`, the
   * entry is written in the same transaction: if it cannot be, nothing changes (`UnrecordedError`).
   */
  setGrant(grant: Omit<GrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void>;
  /** Removes the grant for the pair; returns whether there was one. With `audit`, as for `setGrant` (written only when there was one). */
  removeGrant(username: string, docId: string, audit?: AuditDraft): Promise<boolean>;
  /**
   * Makes `to` the owner of `docId` and its other owners of their own editors, in one transaction; returns those
   * previous owners. With `audit`, the entry (its `detail` completed with `previousOwners`) is written in that
   * transaction: if it cannot be, no grant changes (`UnrecordedError`). Throws a StorageError "not-found" for an unknown user.
   */
  transferOwnership(docId: string, to: string, grantedBy: string, audit?: AuditDraft): Promise<string[]>;
  /** Grants that apply to a document: its own and the "*" ones. */
  grantsFor(docId: string): Promise<GrantRow[]>;
  /** Every grant of a user. */
  grantsOf(username: string): Promise<GrantRow[]>;

  // Offices in scope (issue 10, sign-offs): a person's office holdings change after they are added.
  /** Replaces a user's office holdings; throws a StorageError "not-found" if there is no such user. */
  setOffices(username: string, offices: OfficeHolding[], audit?: AuditDraft): Promise<void>;
  // transport: token expiry, listing and revocation one by one.
  /** Stores a token by its SHA-256 hash with an expiry (ISO timestamp; null: never expires), its kind and label; returns its id. */
  addExpiringToken(username: string, tokenHash: string, expiresAt: string | null, audit?: AuditDraft, options?: NewTokenOptions): Promise<number>;
  /** Every token of a user (never the hash), oldest first. */
  listTokens(username: string): Promise<TokenRow[]>;
  /** Revokes one live token of a user by its id; returns whether one was revoked (false: no such live token of theirs). */
  revokeToken(username: string, id: number): Promise<boolean>;
  // create (issue 10): the right to create documents
  /** Gives or takes a user's right to create documents; returns whether the user exists. */
  setCanCreate(username: string, canCreate: boolean, audit?: AuditDraft): Promise<boolean>;

  // people and access (issue 14)
  /** Changes a person's name and/or email (null clears it); returns whether the user exists. Throws a StorageError "exists" when another person has that email (ignoring case). */
  setUserDetails(username: string, details: { name?: string; email?: string | null }, audit?: AuditDraft): Promise<boolean>;
  /** The person with this email, ignoring case and surrounding spaces, or undefined. */
  findUserByEmail(email: string): Promise<UserRow | undefined>;
  /** Disables (at `at`) or enables a person; returns whether the user exists. Disabling does not revoke tokens: enabling gives them back. */
  setDisabled(username: string, disabled: boolean, at: string, audit?: AuditDraft): Promise<boolean>;
  /** Records a use of the server by a person and the token they used (the caller throttles: at most once a minute each). */
  touchUser(username: string, at: string, tokenId?: number): Promise<void>;
  /** Stores an invite under its code's hash and makes every earlier unused invite of the person unusable; returns its id. */
  addInvite(codeHash: string, invite: Omit<InviteRow, 'id' | 'usedAt'>, audit?: AuditDraft): Promise<number>;
  /**
   * Spends an invite: when the code's hash names an unused invite whose expiry is after `at`, marks it used at `at`
   * (in one transaction, so it works once) and returns it; else undefined. The `audit` entry, written only when it
   * is spent, is completed with the invite's person (`detail.user`, and `actor` when the draft has none).
   */
  redeemInvite(codeHash: string, at: string, audit?: AuditDraft): Promise<InviteRow | undefined>;
  /** The person's latest invite, used or not, or undefined. */
  latestInvite(username: string): Promise<InviteRow | undefined>;
  /** The person an identity is linked to, or undefined. */
  findIdentity(issuer: string, subject: string): Promise<IdentityRow | undefined>;
  /** Links an identity to a person (a person may have several); throws a StorageError "exists" if it is linked to someone. */
  linkIdentity(identity: Omit<IdentityRow, 'createdAt'>, audit?: AuditDraft): Promise<void>;
  /** Whether the person has any linked identity. */
  identitiesOf(username: string): Promise<IdentityRow[]>;
}

/** Teams (issue 14): their members, their grants and the offices they give. */
export interface TeamStore {
  /** Creates a team; throws a StorageError "exists" when the id is taken. */
  addTeam(team: Omit<TeamRow, 'createdAt'>, audit?: AuditDraft): Promise<TeamRow>;
  getTeam(id: string): Promise<TeamRow | undefined>;
  /** Every team, by id. */
  listTeams(): Promise<TeamRow[]>;
  /** Changes a team's name, offices or claim value; returns whether it exists. */
  updateTeam(id: string, patch: Partial<Pick<TeamRow, 'name' | 'offices' | 'claimValue'>>, audit?: AuditDraft): Promise<boolean>;
  /** Deletes a team with its memberships and grants in one transaction; returns whether it existed. */
  deleteTeam(id: string, audit?: AuditDraft): Promise<boolean>;
  /** Adds a member or changes their membership (manager, source); throws a StorageError "not-found" for an unknown team or user. */
  setTeamMember(member: Omit<TeamMemberRow, 'addedAt'>, audit?: AuditDraft): Promise<void>;
  /** Removes a member; returns whether they were one. */
  removeTeamMember(teamId: string, username: string, audit?: AuditDraft): Promise<boolean>;
  /** A team's members, by username. */
  teamMembers(teamId: string): Promise<TeamMemberRow[]>;
  /** A person's memberships, by team id. */
  membershipsOf(username: string): Promise<TeamMemberRow[]>;
  /** Sets a team's access to a document (or "*"), replacing an earlier one; throws a StorageError "not-found" for an unknown team. */
  setTeamGrant(grant: Omit<TeamGrantRow, 'grantedAt'>, audit?: AuditDraft): Promise<void>;
  /** Removes a team's grant; returns whether there was one. */
  removeTeamGrant(teamId: string, docId: string, audit?: AuditDraft): Promise<boolean>;
  /** Team grants that apply to a document: its own and the "*" ones. */
  teamGrantsFor(docId: string): Promise<TeamGrantRow[]>;
  /** Every grant of a team. */
  teamGrantsOf(teamId: string): Promise<TeamGrantRow[]>;
}

/** Sign-offs (append-only) and the server's keys. */
export interface SignoffStore {
  /**
   * Appends a sign-off and its snapshot; records are never changed or removed. With `audit`, the entry is written
   * in the same transaction: a sign-off that cannot be recorded is not stored (`UnrecordedError`).
   */
  appendSignoff(row: SignoffRow, audit?: AuditDraft): Promise<void>;
  /** Sign-offs of a document, oldest first, without snapshots. */
  listSignoffs(docId: string): Promise<SignoffRecord[]>;
  /** One sign-off with its snapshot, or undefined. */
  getSignoff(id: string): Promise<SignoffRow | undefined>;
  /** All published server keys, newest first. */
  listServerKeys(): Promise<ServerKeyRow[]>;
  /** Publishes a public key; `createdAt` defaults to now. Adding a key already there changes nothing. */
  addServerKey(key: Omit<ServerKeyRow, 'createdAt'> & { createdAt?: string }): Promise<void>;

  // -- secrets at rest: private keys an older store kept, until the key file holds them
  /** Private keys a store from before the key file still holds, newest first (empty once moved out). */
  legacyPrivateKeys(): Promise<LegacyKeyRow[]>;
  /** Erases those private keys from the store for good (overwritten, not just unlinked), once the key file holds them. */
  forgetLegacyPrivateKeys(): Promise<void>;
}

/** Web sessions (issue 13), by the hash of their secret. */
export interface SessionStore {
  /**
   * Stores a new session under the hash of its secret and returns its id. With `audit`, the entry (its `detail`
   * completed with `session`: the id) is written in the same transaction: if it cannot be, no session is stored
   * (`UnrecordedError`). Throws a StorageError "not-found" for an unknown user.
   */
  addWebSession(secretHash: string, session: Omit<WebSessionRow, 'id' | 'revokedAt'>, audit?: AuditDraft): Promise<number>;
  /** The session stored under a secret's hash, ended or not, or undefined. */
  findWebSession(secretHash: string): Promise<WebSessionRow | undefined>;
  /** The session of an id, ended or not, or undefined (forgotten). */
  getWebSession(id: number): Promise<WebSessionRow | undefined>;
  /** Records a use of a live session: when, and the idle expiry it moves to. */
  touchWebSession(id: number, lastUsedAt: string, idleExpiresAt: string): Promise<void>;
  /** Ends one live session at `at`; returns whether there was one. No audit entry rides along: cutting access off goes ahead even when the audit cannot be written. */
  endWebSession(id: number, at: string): Promise<boolean>;
  /** Ends every live session of a user at `at`; returns how many (as `endWebSession`, with no audit riding along). */
  endWebSessionsOf(username: string, at: string): Promise<number>;
  /** Forgets sessions that ended, or expired by `now` (they can never be used again), so the table stays small; returns how many. */
  forgetDeadWebSessions(now: string): Promise<number>;
}

/** A document's stored versions (issue 13) and what each person last viewed. */
export interface VersionStore {
  /** Stores a version of a live document (a deleted one takes none). With `audit`, the entry is written in the same transaction (`UnrecordedError`). */
  appendVersion(row: VersionSnapshotRow, audit?: AuditDraft): Promise<void>;
  /** A document's stored versions without content, newest first. */
  listVersions(docId: string): Promise<VersionRow[]>;
  /** One stored version with its content, or undefined. */
  getVersion(id: string): Promise<VersionSnapshotRow | undefined>;
  /** Removes these versions of the document (the thinning of automatic versions); returns how many went. */
  dropVersions(docId: string, ids: readonly string[]): Promise<number>;
  /** Records that `username` last viewed version `versionId` (stored or signed) of the document. */
  setLastViewed(username: string, docId: string, versionId: string): Promise<void>;
  /** The version `username` last viewed of the document, or undefined. */
  lastViewed(username: string, docId: string): Promise<string | undefined>;
  /** Every version of the document that someone last viewed (the thinning keeps these). */
  viewedVersions(docId: string): Promise<string[]>;
}

/** Filter for reading the audit trail. */
export interface AuditQuery {
  docId?: string;
  /** ISO timestamp or date; entries at or after it. */
  since?: string;
  actor?: string;
  kind?: AuditKind;
  /** ISO timestamp or date; entries at or before it (a bare date: the whole day, UTC). */
  until?: string;
  /** At most this many entries (the newest ones), in chronological order. */
  limit?: number;
}

/** The append-only audit trail. */
export interface AuditLog {
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void>;
  queryAudit(query: AuditQuery): Promise<AuditEntry[]>;
}

/** The whole store. */
export interface Storage extends DocumentStore, AccountStore, TeamStore, SignoffStore, VersionStore, AuditLog, SessionStore {
  /** A small key/value area for server state (e.g. whether the demo vault was imported). */
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /** The value of `key`, storing `value` first when it has none; processes asking at once all get the one stored. */
  settingOnce(key: string, value: string): Promise<string>;
  /**
   * A number that changes when another process (the CLI) has written to the
   * store, so a running server can notice revoked tokens and grants.
   */
  externalChangeMarker(): Promise<number>;
  /** Writes a consistent copy of the whole store to `file` while it stays in use. */
  backup(file: string): Promise<void>;
  /** Finishes background work and closes the store. */
  close(): Promise<void>;

  // -- honest health
  /** Writes and removes a scratch row, durably; rejects with the store's reason when the store cannot write (read-only, full disk). */
  probeWrite(): Promise<void>;
}

/** A storage failure a person can act on. `code` lets callers tell "already exists" from "not found". */
export class StorageError extends Error {
  constructor(
    readonly code: 'exists' | 'not-found' | 'invalid' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * Fail-closed audit: the action was not done because its audit entry could not be written (nothing was changed).
 * The HTTP API answers 503; the person retries later.
 */
export class UnrecordedError extends StorageError {
  /** Why the audit entry could not be written (the store's own words), for the API's message in any language. */
  readonly detail: string;

  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super('failed', `The server could not record this action in its audit trail (${detail}), so it did not do it; nothing was changed. Retry later; if it persists, the server's disk may be full.`);
    this.detail = detail;
    this.name = 'UnrecordedError';
  }
}
