/**
 * The rows both stores keep, as their SQL returns them (snake_case columns), and how each becomes the row the
 * `Storage` contract promises. SQLite and PostgreSQL hold the same tables with the same columns; the one difference
 * a reader sees is a flag, an integer 0/1 in SQLite and a boolean in PostgreSQL, which `flag` reads either way.
 * @internal Used by sqlite-*.ts and postgres-*.ts.
 */
import type { TokenKind } from '../../shared/api/people.js';
import { readHoldings } from '../../shared/signoff/offices.js';
import { SignoffRecordSchema, type SignoffRecord } from '../../shared/signoff/record.js';
import type {
  AccessLevel,
  AuditEntry,
  AuditKind,
  GrantRow,
  IdentityRow,
  InviteRow,
  StoredVersionKind,
  TeamGrantRow,
  TeamMemberRow,
  TeamRow,
  TokenRow,
  UserRow,
  VersionRow,
  WebSessionRow,
} from './storage.js';

/** A yes/no column: SQLite's integer 0/1, PostgreSQL's boolean. */
type Flag = number | boolean;
const flag = (v: Flag): boolean => v === true || v === 1;

export interface UserDbRow {
  username: string;
  name: string;
  offices: string;
  created_at: string;
  can_create: Flag;
  email: string | null;
  disabled_at: string | null;
  last_seen_at: string | null;
}

/** A users row as the contract's `UserRow`. The offices column holds JSON: plain role strings in rows written before holdings existed (read as mission-wide), holding objects since. */
export const toUser = (r: UserDbRow): UserRow => ({
  username: r.username,
  name: r.name,
  offices: readHoldings(JSON.parse(r.offices)),
  createdAt: r.created_at,
  canCreate: flag(r.can_create),
  email: r.email,
  disabledAt: r.disabled_at,
  lastSeenAt: r.last_seen_at,
});

export interface TokenDbRow {
  id: number;
  username: string;
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
  kind: TokenKind;
  label: string | null;
  last_used_at: string | null;
}

/** The tokens columns a `TokenDbRow` is read from (never the hash). */
export const TOKEN_COLUMNS = 'id, username, created_at, revoked_at, expires_at, kind, label, last_used_at';

/** A tokens row as the contract's `TokenRow`. */
export const toToken = (r: TokenDbRow): TokenRow => ({
  id: r.id,
  username: r.username,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  expiresAt: r.expires_at,
  kind: r.kind,
  label: r.label,
  lastUsedAt: r.last_used_at,
});

export interface GrantDbRow {
  username: string;
  doc_id: string;
  access: AccessLevel;
  granted_by: string | null;
  granted_at: string;
}

/** A grants row as the contract's `GrantRow`. */
export const toGrant = (r: GrantDbRow): GrantRow => ({ username: r.username, docId: r.doc_id, access: r.access, grantedBy: r.granted_by, grantedAt: r.granted_at });

export interface InviteDbRow {
  id: number;
  username: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** An invites row as the contract's `InviteRow`. */
export const toInvite = (r: InviteDbRow): InviteRow => ({ id: r.id, username: r.username, createdBy: r.created_by, createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at });

export interface IdentityDbRow {
  issuer: string;
  subject: string;
  username: string;
  created_at: string;
}

/** An identities row as the contract's `IdentityRow`. */
export const toIdentity = (r: IdentityDbRow): IdentityRow => ({ issuer: r.issuer, subject: r.subject, username: r.username, createdAt: r.created_at });

export interface TeamDbRow {
  id: string;
  name: string;
  offices: string;
  claim_value: string | null;
  created_at: string;
  created_by: string | null;
}

/** A teams row as the contract's `TeamRow`. */
export const toTeam = (r: TeamDbRow): TeamRow => ({ id: r.id, name: r.name, offices: readHoldings(JSON.parse(r.offices)), claimValue: r.claim_value, createdAt: r.created_at, createdBy: r.created_by });

export interface MemberDbRow {
  team_id: string;
  username: string;
  manager: Flag;
  source: 'manual' | 'sso';
  added_at: string;
  added_by: string | null;
}

/** A team_members row as the contract's `TeamMemberRow`. */
export const toMember = (r: MemberDbRow): TeamMemberRow => ({ teamId: r.team_id, username: r.username, manager: flag(r.manager), source: r.source, addedAt: r.added_at, addedBy: r.added_by });

export interface TeamGrantDbRow {
  team_id: string;
  doc_id: string;
  access: TeamGrantRow['access'];
  granted_by: string | null;
  granted_at: string;
}

/** A team_grants row as the contract's `TeamGrantRow`. */
export const toTeamGrant = (r: TeamGrantDbRow): TeamGrantRow => ({ teamId: r.team_id, docId: r.doc_id, access: r.access, grantedBy: r.granted_by, grantedAt: r.granted_at });

export interface VersionDbRow {
  id: string;
  doc_id: string;
  kind: StoredVersionKind;
  name: string | null;
  created_at: string;
  created_by: string | null;
  content_hash: string | null;
  restored_from: string | null;
}

/** The versions columns a `VersionDbRow` is read from (without the snapshot). */
export const VERSION_COLUMNS = 'id, doc_id, kind, name, created_at, created_by, content_hash, restored_from';

/** A versions row as the contract's `VersionRow`. */
export const toVersion = (r: VersionDbRow): VersionRow => ({
  id: r.id,
  docId: r.doc_id,
  kind: r.kind,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
  contentHash: r.content_hash,
  restoredFrom: r.restored_from,
});

export interface SessionDbRow {
  id: number;
  username: string;
  token_hash: string;
  created_at: string;
  last_used_at: string;
  idle_expires_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** The web_sessions columns a `SessionDbRow` is read from (never the secret's hash). */
export const SESSION_COLUMNS = 'id, username, token_hash, created_at, last_used_at, idle_expires_at, expires_at, revoked_at';

/** A web_sessions row as the contract's `WebSessionRow`. */
export const toSession = (r: SessionDbRow): WebSessionRow => ({
  id: r.id,
  username: r.username,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  idleExpiresAt: r.idle_expires_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

export interface AuditDbRow {
  id: number;
  at: string;
  kind: AuditKind;
  actor: string | null;
  doc_id: string | null;
  detail: string;
}

/** An audit row as the contract's `AuditEntry`. */
export const toAudit = (r: AuditDbRow): AuditEntry => ({ id: r.id, at: r.at, kind: r.kind, actor: r.actor, docId: r.doc_id, detail: JSON.parse(r.detail) as Record<string, unknown> });

/**
 * A stored sign-off record, parsed; a record that no longer parses is a corrupted store, which must be loud.
 * `restore` says how this store is restored ("from a backup", "from a backup (pg_dump)").
 */
export function parseRecord(json: string, id: string, restore: string): SignoffRecord {
  const parsed = SignoffRecordSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`Stored sign-off ${id} is malformed (${parsed.error.issues[0]?.message}); restore the store ${restore}.`);
  return parsed.data;
}
