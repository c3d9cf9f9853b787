/**
 * The rows of the storage contract (server/storage/storage.ts): what the
 * store hands back and takes for documents, people, tokens, teams, grants,
 * invites, identities, sign-offs, versions, the audit trail, keys and web
 * sessions. Both stores (SQLite and PostgreSQL) return exactly these shapes;
 * server/storage/db-rows.ts turns their database rows into them.
 */
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import type { SignoffRecord } from '../../shared/signoff/record.js';
import type { TokenKind } from '../../shared/api/people.js';
import type { AuditKind } from '../../shared/api/audit-kinds.js';
import type { AccessLevel } from '../../shared/access-levels.js';

/** Access levels, from least to most (the one list lives in shared/access-levels.ts). */
export { ACCESS_LEVELS, type AccessLevel } from '../../shared/access-levels.js';

/** A document known to the store. */
export interface DocumentRow {
  id: string;
  /** ISO timestamp of creation. */
  createdAt: string;
  /** Username of the creator; null for documents imported by the server (the demo vault). */
  createdBy: string | null;
  /** Sequence number of the last stored update (grows with every write; a cheap change marker). */
  lastSeq: number;
  /** ISO timestamp when an administrator archived it (read-only from then on), else null. */
  archivedAt: string | null;
  /** The last change a person's connection made to the content, as last written by `recordChange`; absent when none was. */
  lastChange?: { at: string; by: string; byName: string };
}

/** A person who may connect. Offices are holdings of the sign-off roles the templates declare (e.g. "head-of-mission"), each mission-wide or bound to an area or documents (shared/signoff/offices.ts). */
export interface UserRow {
  username: string;
  name: string;
  offices: OfficeHolding[];
  createdAt: string;
  /** Whether they may create documents (`POST /api/docs`); administrators (owner of "*") may whatever this says. */
  canCreate: boolean;
  // people and access (issue 14)
  /** Their email (how single sign-on finds an existing person on first sign-in), stored trimmed; null when unknown. */
  email: string | null;
  /** ISO timestamp when an administrator disabled them (nothing of theirs is accepted from then on), else null. */
  disabledAt: string | null;
  /** When they last used the server (written at most once a minute), else null. */
  lastSeenAt: string | null;
}

/** A user as `addUser` takes it: the create right defaults to no. */
export type NewUser = Omit<UserRow, 'createdAt' | 'canCreate' | 'email' | 'disabledAt' | 'lastSeenAt'> & { canCreate?: boolean; email?: string | null };

/** What a token hash resolves to. */
export interface TokenRow {
  id: number;
  username: string;
  createdAt: string;
  /** ISO timestamp when revoked, else null. */
  revokedAt: string | null;
  /** ISO timestamp after which the token is refused, or null when it never expires. */
  expiresAt: string | null;
  // people and access (issue 14): devices
  /** How it was issued (shared/api/people.ts `TokenKind`). Rows from before are "token". */
  kind: TokenKind;
  /** What it is for ("Obsidian on LAPTOP-JUBA-04"), or null. */
  label: string | null;
  /** When it was last used (written at most once a minute), or null. */
  lastUsedAt: string | null;
}

/** What `addExpiringToken` may say of a new token besides its expiry (default: kind "token", no label). */
export interface NewTokenOptions {
  kind?: TokenKind;
  label?: string | null;
}

// ------------------------------------------------------------------------------ people and access (issue 14)

/** A team: named people who share grants and may hold offices together. Ids follow the username rule (server/auth/names.ts). */
export interface TeamRow {
  id: string;
  name: string;
  /** Offices every member holds through the team. */
  offices: OfficeHolding[];
  /** The identity provider's claim value whose holders are made members at single sign-on, or null. */
  claimValue: string | null;
  createdAt: string;
  createdBy: string | null;
}

/** A person's membership of a team. */
export interface TeamMemberRow {
  teamId: string;
  username: string;
  /** Managers may add and remove the team's members (not make managers). */
  manager: boolean;
  /** "sso": added by the identity provider's claim (and removed by it when the claim no longer says so); "manual": by a person. */
  source: 'manual' | 'sso';
  addedAt: string;
  addedBy: string | null;
}

/** A team's access to one document, or to every document ("*"). A team is never an owner. */
export interface TeamGrantRow {
  teamId: string;
  docId: string;
  access: Exclude<AccessLevel, 'owner'>;
  grantedBy: string | null;
  grantedAt: string;
}

/** A single-use invite link's record (its code is kept only as a hash). */
export interface InviteRow {
  id: number;
  username: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  /** When it was used (it never works again), else null. */
  usedAt: string | null;
}

/** A single sign-on identity (the provider's issuer and subject) linked to a person. */
export interface IdentityRow {
  issuer: string;
  subject: string;
  username: string;
  createdAt: string;
}

/** An access grant: a user's level on one document, or on every document when `docId` is "*". */
export interface GrantRow {
  username: string;
  docId: string;
  access: AccessLevel;
  grantedBy: string | null;
  grantedAt: string;
}

/** A stored sign-off: the signed record and the Yjs state of the version it signed. */
export interface SignoffRow {
  record: SignoffRecord;
  /** Yjs state update (`Y.encodeStateAsUpdate`) of the document as it was signed. */
  snapshot: Uint8Array;
}

/** Why a stored version exists (signed versions are not stored as versions: they are the sign-off records' snapshots). */
export type StoredVersionKind = 'named' | 'auto' | 'restored';

/** A stored version of a document, without its content (issue 13: version history). */
export interface VersionRow {
  /** Unguessable id ("v_" and random), so a version cannot be found by counting. */
  id: string;
  docId: string;
  kind: StoredVersionKind;
  /** The name a person gave it; null for automatic versions. */
  name: string | null;
  /** ISO timestamp. */
  createdAt: string;
  /** Username of who saved or restored it; null for automatic versions. */
  createdBy: string | null;
  /** Content hash of the state (shared/hash/canonical.ts), or null when it is not a readable POC document. */
  contentHash: string | null;
  /** For a restore: the id of the version it brought back. */
  restoredFrom: string | null;
}

/** A stored version with its content: one full Yjs update (`Y.encodeStateAsUpdate`), readable on its own. */
export interface VersionSnapshotRow extends VersionRow {
  snapshot: Uint8Array;
}

export { AUDIT_KINDS, type AuditKind, isAuditKind } from '../../shared/api/audit-kinds.js';

/** One append-only audit entry. */
export interface AuditEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  kind: AuditKind;
  /** Who acted (a username), when known. */
  actor: string | null;
  docId: string | null;
  /** Kind-specific facts (access level, close reason, remote address…). */
  detail: Record<string, unknown>;
}

/** A public key of the server, published so records signed with it verify (its private key lives in the key file, not here). */
export interface ServerKeyRow {
  keyId: string;
  /** Raw 32-byte public key. */
  publicKey: Uint8Array;
  createdAt: string;
}

/** A private key an older store still holds, waiting to be moved to the key file (secrets at rest). */
export interface LegacyKeyRow extends ServerKeyRow {
  /** PKCS#8 DER private key. */
  privateKey: Uint8Array;
}

/** An audit entry to write, as callers give it (the store adds the id and the time). */
export type AuditDraft = Omit<AuditEntry, 'id' | 'at'>;

/**
 * Where an appended update landed in its document's log. Sequence numbers grow across the whole store and are never
 * reused; a compacted state keeps the number of the last row it replaced.
 */
export interface AppendedUpdate {
  /** Its sequence number (0: not stored, because the document was deleted meanwhile). */
  seq: number;
  /**
   * The sequence number of the document's row just before it (0: none), read in the transaction that stored it, so an
   * instance that has seen `prevSeq` and now sees `seq` knows it missed nothing in between.
   */
  prevSeq: number;
}

/**
 * A web session (issue 13): a browser signed in with an access token. The store keeps the hash of the session's secret
 * (the cookie), never the secret, and the hash of the token it was signed in with, so revoking that token ends it.
 * Times are ISO timestamps.
 */
export interface WebSessionRow {
  id: number;
  username: string;
  /** Hash of the access token the person signed in with. */
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string;
  /** The session ends at this time unless it is used before (each use moves it later). */
  idleExpiresAt: string;
  /** The session ends at this time whatever happens. */
  expiresAt: string;
  /** When it was signed out (here or everywhere), else null. */
  revokedAt: string | null;
}
