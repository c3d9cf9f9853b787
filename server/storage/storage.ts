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
import type { SignoffRecord } from '../../shared/signoff/record.js';

/** Access levels, from least to most. */
export const ACCESS_LEVELS = ['viewer', 'editor', 'owner'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** A document known to the store. */
export interface DocumentRow {
  id: string;
  /** ISO timestamp of creation. */
  createdAt: string;
  /** Username of the creator; null for documents imported by the server (the demo vault). */
  createdBy: string | null;
  /** Sequence number of the last stored update (grows with every write; a cheap change marker). */
  lastSeq: number;
}

/** A person who may connect. Offices are the sign-off roles the templates declare (e.g. "head-of-mission"). */
export interface UserRow {
  username: string;
  name: string;
  offices: string[];
  createdAt: string;
}

/** What a token hash resolves to. */
export interface TokenRow {
  id: number;
  username: string;
  createdAt: string;
  /** ISO timestamp when revoked, else null. */
  revokedAt: string | null;
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

/** Kinds of audit entries. */
export type AuditKind =
  | 'connect'
  | 'disconnect'
  | 'login-rejected'
  | 'write-rejected'
  | 'limit-exceeded'
  | 'signoff'
  | 'grant'
  | 'revoke'
  | 'user-added'
  | 'token-issued'
  | 'tokens-revoked'
  | 'document-created';

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

/** The server's Ed25519 key pair. */
export interface ServerKeyRow {
  keyId: string;
  /** Raw 32-byte public key. */
  publicKey: Uint8Array;
  /** PKCS#8 DER private key. */
  privateKey: Uint8Array;
  createdAt: string;
}

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
   */
  createDocument(id: string, owner: string | null, initialState?: Uint8Array): Promise<boolean>;
  /** The stored updates of a document (compacted state first); applying them all gives its current state. */
  loadUpdates(id: string): Promise<Uint8Array[]>;
  /** Durably appends one Yjs update; the document must exist. */
  appendUpdate(id: string, update: Uint8Array): Promise<void>;
  /** Replaces every stored update of the document by one state update that contains them. */
  compact(id: string): Promise<void>;

  // Bounded resources (issue 10): the document-size cap measures what the store holds.
  /** Bytes of the document's stored updates now (0 for an unknown document); compaction shrinks it. */
  storedBytes(id: string): Promise<number>;
}

/** People, tokens and access grants. */
export interface AccountStore {
  /** Adds a user; throws a StorageError "exists" if the username is taken. */
  addUser(user: Omit<UserRow, 'createdAt'>): Promise<UserRow>;
  getUser(username: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  /** Stores a token by its SHA-256 hash (the token itself is never stored). */
  addToken(username: string, tokenHash: string): Promise<void>;
  /** The token row for a hash, revoked or not, or undefined. */
  findToken(tokenHash: string): Promise<TokenRow | undefined>;
  /** Revokes every live token of the user; returns how many were revoked. */
  revokeTokens(username: string): Promise<number>;
  /** Sets a user's access to a document (or "*"), replacing any earlier grant for the same pair. */
  setGrant(grant: Omit<GrantRow, 'grantedAt'>): Promise<void>;
  /** Removes the grant for the pair; returns whether there was one. */
  removeGrant(username: string, docId: string): Promise<boolean>;
  /** Grants that apply to a document: its own and the "*" ones. */
  grantsFor(docId: string): Promise<GrantRow[]>;
  /** Every grant of a user. */
  grantsOf(username: string): Promise<GrantRow[]>;
}

/** Sign-offs (append-only) and the server's keys. */
export interface SignoffStore {
  /** Appends a sign-off and its snapshot; records are never changed or removed. */
  appendSignoff(row: SignoffRow): Promise<void>;
  /** Sign-offs of a document, oldest first, without snapshots. */
  listSignoffs(docId: string): Promise<SignoffRecord[]>;
  /** One sign-off with its snapshot, or undefined. */
  getSignoff(id: string): Promise<SignoffRow | undefined>;
  /** All server keys, newest first (the first one signs). */
  listServerKeys(): Promise<ServerKeyRow[]>;
  addServerKey(key: Omit<ServerKeyRow, 'createdAt'>): Promise<void>;
}

/** Filter for reading the audit trail. */
export interface AuditQuery {
  docId?: string;
  /** ISO timestamp or date; entries at or after it. */
  since?: string;
  actor?: string;
  kind?: AuditKind;
  /** At most this many entries (the newest ones), in chronological order. */
  limit?: number;
}

/** The append-only audit trail. */
export interface AuditLog {
  appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void>;
  queryAudit(query: AuditQuery): Promise<AuditEntry[]>;
}

/** The whole store. */
export interface Storage extends DocumentStore, AccountStore, SignoffStore, AuditLog {
  /** A small key/value area for server state (e.g. whether the demo vault was imported). */
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /**
   * A number that changes when another process (the CLI) has written to the
   * store, so a running server can notice revoked tokens and grants.
   */
  externalChangeMarker(): Promise<number>;
  /** Writes a consistent copy of the whole store to `file` while it stays in use. */
  backup(file: string): Promise<void>;
  /** Finishes background work and closes the store. */
  close(): Promise<void>;
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
