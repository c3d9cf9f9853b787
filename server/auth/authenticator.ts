/**
 * Who is calling and what they may do: bearer tokens to users, users to
 * their access on a document. Used by the WebSocket handshake and the HTTP
 * API alike, so both apply exactly the same rules.
 */
import type { Credential } from '../bearer-token.js';
import { translate } from '../../shared/i18n/catalogue.js';
import { type Localized, localized, verbatim } from '../../shared/i18n/localized.js';
import { serverAuthErrors } from '../../shared/i18n/messages/server-errors-auth.js';
import type { Storage, TokenRow, UserRow, AccessLevel, WebSessionRow } from '../storage/storage.js';
import { currentHoldings } from '../../shared/signoff/offices.js';
import { effectiveAccess, effectiveHoldings } from './access.js';
import { checkDocId } from './names.js';
import type { Tickets } from './tickets.js';
import { hashToken } from './tokens.js';

/** Why a request was refused, in terms both the WebSocket and HTTP layers can map to their own codes. */
export class AuthError extends Error {
  /** What the client is told, in its reader's language (`message` is its English, for logs and audits). */
  readonly words: Localized;
  /** The real reason, for the audit trail and the server's log, when the client is told less (default: the English message). */
  readonly auditReason: string;

  constructor(
    readonly kind: 'bad-request' | 'unauthorized' | 'forbidden' | 'not-found',
    /** What the client is told: a catalogue message (`localized`), or text that reads the same in every language. */
    message: string | Localized,
    auditReason?: string,
  ) {
    const words = typeof message === 'string' ? verbatim(message) : message;
    super(words('en'));
    this.words = words;
    this.auditReason = auditReason ?? this.message;
    this.name = 'AuthError';
  }
}

/**
 * What a refused connection is told, whether the document is missing, deleted or forbidden: one reason, with no id in
 * it, so connecting never tells whether an id exists. The audit keeps the real reason.
 */
export const NO_DOCUMENT_REASON = translate(serverAuthErrors, 'en', 'document.none');

/** A caller with a valid token. `tokenHash` lets the server find the connection again when the token is revoked. */
export interface Caller {
  /** The person, with the offices they hold through their teams among `offices`. */
  user: UserRow;
  tokenHash: string;
  /** The id of the token (`Storage.listTokens`), so a person can tell which device is which. */
  tokenId?: number;
  /** The web session (issue 13) the caller came through, when a session cookie (or a ticket its page asked for) authenticated them. */
  sessionId?: number;
  /** When the credential stops holding by the clock alone (ISO): the token's expiry, or the web session's end if sooner; undefined for never. */
  expiresAt?: string;
}

/** What a connection's credential starts with when a web session's page opened it (see `connectionCredential`). */
const SESSION_CREDENTIAL = 'session:';

/** How the authenticator reads credentials: tickets, tokens in URLs, and the clock tokens expire against. */
export interface AuthenticatorOptions {
  /** The outstanding WebSocket tickets (none: `?ticket=` is refused). */
  tickets?: Tickets;
  /** Whether the long-lived token may come in a WebSocket URL (`?token=`, the unmodified y-websocket client); default true. */
  urlTokens?: boolean;
  /** The clock tokens expire against (default: the system's). */
  now?: () => Date;
  /** Former office names and the office each now is (server/people/offices.ts `officeAliases`): a stored holding of "unct" is read as "rc-hc". */
  officeAliases?: ReadonlyMap<string, string>;
}

/** What a disabled person is told whatever credential they present. */
export const DISABLED_REASON = translate(serverAuthErrors, 'en', 'account.disabled');

/** `DISABLED_REASON` in its reader's language. */
export const DISABLED_WORDS = localized(serverAuthErrors, 'account.disabled');

/** How often a person's "last seen" (and their token's last use) is written at most. */
const SEEN_EVERY_MS = 60_000;

/** Resolves tokens and access against the store. */
export class Authenticator {
  /** When each person's use with each token was last written (see `noteSeen`). */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly storage: Storage,
    private readonly opts: AuthenticatorOptions = {},
  ) {}

  /** The caller a token belongs to; throws AuthError "unauthorized" for a missing, unknown or revoked token. */
  async caller(token: string | null | undefined): Promise<Caller> {
    if (!token) throw new AuthError('unauthorized', localized(serverAuthErrors, 'token.missing'));
    const tokenHash = hashToken(token);
    return this.callerByHash(tokenHash);
  }

  /** The caller of a token's hash (a ticket's or a web session's token); throws AuthError "unauthorized" for an unknown, revoked or expired token. */
  async callerByHash(tokenHash: string): Promise<Caller> {
    const row = await this.storage.findToken(tokenHash);
    const problem = this.tokenProblem(row);
    if (problem) throw new AuthError('unauthorized', problem);
    const user = await this.storage.getUser(row!.username);
    if (!user) throw new AuthError('unauthorized', localized(serverAuthErrors, 'token.userGone'));
    if (user.disabledAt) throw new AuthError('unauthorized', DISABLED_WORDS);
    this.noteSeen(user.username, row!.id);
    return { user: await this.withTeamOffices(user), tokenHash, tokenId: row!.id, ...(row!.expiresAt ? { expiresAt: row!.expiresAt } : {}) };
  }

  /** The user with the offices they hold through their teams added to their own (what every sign-off check reads). */
  async withTeamOffices(user: UserRow): Promise<UserRow> {
    const memberships = await this.storage.membershipsOf(user.username);
    const teams = (await Promise.all(memberships.map((m) => this.storage.getTeam(m.teamId)))).filter((t) => t !== undefined);
    const aliases = this.opts.officeAliases;
    const offices = effectiveHoldings(user.offices, teams);
    if (!memberships.length && !aliases?.size) return user;
    return { ...user, offices: aliases?.size ? currentHoldings(offices, aliases) : offices };
  }

  /** Notes that a person used the server with a token, written at most once a minute each (last seen, the token's last use). */
  private noteSeen(username: string, tokenId: number): void {
    const now = this.now().getTime();
    const key = `${username}\n${tokenId}`;
    if ((this.seen.get(key) ?? -Infinity) > now - SEEN_EVERY_MS) return;
    this.seen.set(key, now);
    if (this.seen.size > 10_000) this.seen.clear();
    this.storage.touchUser(username, new Date(now).toISOString(), tokenId).catch(() => {
      // Last seen is a convenience for administrators: a failed write is never a reason to refuse the person.
    });
  }

  /** Why a token row is not (or no longer) accepted, or undefined when it is. */
  private tokenProblem(row: TokenRow | undefined): Localized | undefined {
    if (!row) return localized(serverAuthErrors, 'token.unknown');
    if (row.revokedAt) return localized(serverAuthErrors, 'token.revoked', { date: row.revokedAt.slice(0, 10) });
    if (row.expiresAt && Date.parse(row.expiresAt) <= this.now().getTime()) {
      return localized(serverAuthErrors, 'token.expired', { date: row.expiresAt.slice(0, 10) });
    }
    return undefined;
  }

  /** Whether a token hash is still valid (known, not revoked, not expired) and its person not disabled. */
  async tokenValid(tokenHash: string): Promise<boolean> {
    const row = await this.storage.findToken(tokenHash);
    if (this.tokenProblem(row)) return false;
    return !(await this.storage.getUser(row!.username))?.disabledAt;
  }

  /** The opaque credential a live connection of `caller` is kept under: its token's hash, or its web session (which stands for that token). */
  connectionCredential(caller: Caller): string {
    return caller.sessionId === undefined ? caller.tokenHash : `${SESSION_CREDENTIAL}${caller.sessionId}`;
  }

  /** Whether a connection's credential (`connectionCredential`) still holds: its token is valid and, for a web session's, the session is not over. */
  async credentialValid(credential: string): Promise<boolean> {
    if (!credential.startsWith(SESSION_CREDENTIAL)) return this.tokenValid(credential);
    const session = await this.storage.getWebSession(Number(credential.slice(SESSION_CREDENTIAL.length)));
    return !!session && !this.sessionProblem(session) && this.tokenValid(session.tokenHash);
  }

  /**
   * Why a web session no longer stands for its person, or undefined while it does: signed out, or past its absolute
   * expiry. Idle expiry is the HTTP side's (a page that keeps a document open is in use); see web-sessions.ts.
   */
  private sessionProblem(session: WebSessionRow): Localized | undefined {
    if (session.revokedAt) return localized(serverAuthErrors, 'session.signedOut');
    if (Date.parse(session.expiresAt) <= this.now().getTime()) return localized(serverAuthErrors, 'session.ended');
    return undefined;
  }

  /** The system clock unless the options inject one. */
  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  /**
   * The caller behind a WebSocket credential: a ticket is spent (it never
   * works twice) and must be for this document when it names one; a token in
   * the URL is refused when the server accepts tickets only.
   */
  async callerOf(credential: Credential | string | null, docId: string): Promise<Caller> {
    const c: Credential = typeof credential === 'string' ? { kind: 'header-token', secret: credential } : credential;
    if (c?.kind === 'ticket') {
      const grant = (await this.opts.tickets?.redeem(c.secret, docId)) ?? 'unknown';
      if (grant === 'unknown') throw new AuthError('unauthorized', localized(serverAuthErrors, 'ticket.unknown'));
      if (grant === 'expired') throw new AuthError('unauthorized', localized(serverAuthErrors, 'ticket.expired'));
      if (grant === 'other-document') throw new AuthError('unauthorized', localized(serverAuthErrors, 'ticket.otherDocument'));
      const caller = await this.callerByHash(grant.tokenHash);
      if (grant.sessionId === undefined) return caller;
      const session = await this.storage.getWebSession(grant.sessionId);
      const problem = session ? this.sessionProblem(session) : localized(serverAuthErrors, 'session.ended');
      if (problem) throw new AuthError('unauthorized', problem);
      const expiresAt = caller.expiresAt && Date.parse(caller.expiresAt) < Date.parse(session!.expiresAt) ? caller.expiresAt : session!.expiresAt;
      return { ...caller, sessionId: grant.sessionId, expiresAt };
    }
    if (c?.kind === 'url-token' && this.opts.urlTokens === false) {
      throw new AuthError('unauthorized', localized(serverAuthErrors, 'token.inUrl'));
    }
    return this.caller(c?.secret);
  }

  /**
   * A user's effective access to a live document from its grants, or undefined for none (and for a document that does
   * not exist or was deleted, whatever "*" grants say). An archived document is read-only: nobody has more than viewer.
   */
  async access(username: string, docId: string): Promise<AccessLevel | undefined> {
    const [grants, doc, teamGrants, memberships] = await Promise.all([
      this.storage.grantsFor(docId),
      this.storage.getDocument(docId),
      this.storage.teamGrantsFor(docId),
      this.storage.membershipsOf(username),
    ]);
    if (!doc) return undefined;
    const access = effectiveAccess(grants, username, docId, { grants: teamGrants, memberships });
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
  async connect(credential: Credential | string | null, docId: string): Promise<{ caller: Caller; access: AccessLevel }> {
    const problem = checkDocId(docId);
    if (problem) throw new AuthError('bad-request', problem);
    const caller = await this.callerOf(credential, docId);
    const who = caller.user.username;
    if (!(await this.storage.getDocument(docId))) throw new AuthError('forbidden', localized(serverAuthErrors, 'document.none'), `${who} asked for document "${docId}", which does not exist`);
    const access = await this.access(who, docId);
    if (!access) throw new AuthError('forbidden', localized(serverAuthErrors, 'document.none'), `${who} has no access to document "${docId}"`);
    return { caller, access };
  }
}
