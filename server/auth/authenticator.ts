/**
 * Who is calling and what they may do: bearer tokens to users, users to
 * their access on a document. Used by the WebSocket handshake and the HTTP
 * API alike, so both apply exactly the same rules.
 */
import type { Storage, UserRow, AccessLevel } from '../storage/storage.js';
import { effectiveAccess } from './access.js';
import { checkDocId } from './names.js';
import { hashToken } from './tokens.js';

/** Why a request was refused, in terms both the WebSocket and HTTP layers can map to their own codes. */
export class AuthError extends Error {
  constructor(
    readonly kind: 'bad-request' | 'unauthorized' | 'forbidden' | 'not-found',
    /** What the client is told. */
    message: string,
    /** The real reason, for the audit trail and the server's log, when the client is told less (default: the message). */
    readonly auditReason: string = message,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/**
 * What a refused connection is told, whether the document is missing, deleted or forbidden: one reason, with no id in
 * it, so connecting never tells whether an id exists. The audit keeps the real reason.
 */
export const NO_DOCUMENT_REASON = 'no such document, or you have no access to it; check the id, or ask its owner for access';

/** A caller with a valid token. `tokenHash` lets the server find the connection again when the token is revoked. */
export interface Caller {
  user: UserRow;
  tokenHash: string;
}

/** Resolves tokens and access against the store. */
export class Authenticator {
  constructor(private readonly storage: Storage) {}

  /** The caller a token belongs to; throws AuthError "unauthorized" for a missing, unknown or revoked token. */
  async caller(token: string | null | undefined): Promise<Caller> {
    if (!token) throw new AuthError('unauthorized', 'no token: pass ?token=<token> (WebSocket) or "Authorization: Bearer <token>" (HTTP)');
    const tokenHash = hashToken(token);
    const row = await this.storage.findToken(tokenHash);
    if (!row) throw new AuthError('unauthorized', 'unknown token: ask an administrator for a new one ("poc user token <username>")');
    if (row.revokedAt) throw new AuthError('unauthorized', `this token was revoked on ${row.revokedAt.slice(0, 10)}; ask an administrator for a new one`);
    const user = await this.storage.getUser(row.username);
    if (!user) throw new AuthError('unauthorized', 'the token belongs to a user who no longer exists');
    return { user, tokenHash };
  }

  /** Whether a token hash is still valid (not revoked). */
  async tokenValid(tokenHash: string): Promise<boolean> {
    const row = await this.storage.findToken(tokenHash);
    return !!row && !row.revokedAt;
  }

  /**
   * A user's effective access to a live document from its grants, or undefined for none (and for a document that does
   * not exist or was deleted, whatever "*" grants say). An archived document is read-only: nobody has more than viewer.
   */
  async access(username: string, docId: string): Promise<AccessLevel | undefined> {
    const [grants, doc] = await Promise.all([this.storage.grantsFor(docId), this.storage.getDocument(docId)]);
    if (!doc) return undefined;
    const access = effectiveAccess(grants, username, docId);
    return access && doc.archivedAt ? 'viewer' : access;
  }

  /** A user's access to a document that exists; undefined when it does not exist or they may not read it (callers answer both alike, so ids do not leak). */
  async readable(username: string, docId: string): Promise<AccessLevel | undefined> {
    return this.access(username, docId);
  }

  /** Whether the user administers the server: owner of every document (a grant of owner on "*"). */
  async isAdmin(username: string): Promise<boolean> {
    return (await this.storage.grantsOf(username)).some((g) => g.docId === '*' && g.access === 'owner');
  }

  /** Whether the user may create documents: their create right, or being an administrator. */
  async mayCreate(user: UserRow): Promise<boolean> {
    return user.canCreate || this.isAdmin(user.username);
  }

  /**
   * The caller's access to an existing document for a live connection. Connecting never creates a document
   * (`POST /api/docs` does). A missing document and a forbidden one are one AuthError "forbidden" with one reason
   * that names no id; the real reason is its `auditReason`.
   */
  async connect(token: string | null, docId: string): Promise<{ caller: Caller; access: AccessLevel }> {
    const problem = checkDocId(docId);
    if (problem) throw new AuthError('bad-request', problem);
    const caller = await this.caller(token);
    const who = caller.user.username;
    if (!(await this.storage.getDocument(docId))) throw new AuthError('forbidden', NO_DOCUMENT_REASON, `${who} asked for document "${docId}", which does not exist`);
    const access = await this.access(who, docId);
    if (!access) throw new AuthError('forbidden', NO_DOCUMENT_REASON, `${who} has no access to document "${docId}"`);
    return { caller, access };
  }
}
