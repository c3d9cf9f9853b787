/**
 * Web sessions (issue 13): a browser trades the person's access token for a
 * session whose random secret travels in an HttpOnly cookie, so the page
 * never keeps the long-lived token. The store keeps only the secret's hash.
 *
 * A session ends when it is not used for `idleMs` (12 hours by default: a
 * working day), `absoluteMs` after sign-in whatever happens (7 days), when the
 * person signs out here or everywhere, and as soon as the token it was signed
 * in with is revoked or expires: it never outlives the right it stands for.
 */
import { randomBytes } from 'node:crypto';
import { type AuditDraft, type Storage, StorageError, type WebSessionRow } from '../storage/storage.js';
import { AuthError, type Authenticator, type Caller, DISABLED_WORDS } from './authenticator.js';
import { localized, localizedWith } from '../../shared/i18n/localized.js';
import { serverAuthErrors } from '../../shared/i18n/messages/server-errors-auth.js';
import { hashToken, newToken } from './tokens.js';
import { sessionLabel } from '../../shared/api/session-label.js';

/** A session not used for this long ends (default of `ServerConfig.sessionIdleMs`). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

/** A session ends this long after sign-in whatever happens (default of `ServerConfig.sessionMaxMs`). */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/** A session's use is written to the store at most this often, so reading pages does not cost a write each. */
export const SESSION_TOUCH_MS = 60_000;

/** What `resolve` refuses a cookie with: the session is over, for whatever reason; the person signs in again. */
export const SESSION_ENDED = localized(serverAuthErrors, 'session.ended');

/** How long sessions last, the clock they are measured with, and where sign-outs are recorded. */
export interface WebSessionOptions {
  idleMs: number;
  absoluteMs: number;
  now: () => Date;
  /**
   * Records a sign-out in the audit trail. Its promise must not reject (the server logs a failure): signing out goes
   * ahead even when the audit cannot be written, as revoking tokens does, since cutting access off must work on a full
   * disk too. A sign-in, which gives access, is recorded in its own transaction instead (fail-closed).
   */
  audit: (entry: AuditDraft) => Promise<void>;
}

/** Where a sign-in or sign-out came from, for the audit trail. */
export interface SessionOrigin {
  remoteAddress: string;
  /** How the person proved who they are, when not with an access token ("sso", "invite"). */
  via?: string;
}

/** A live session and who it belongs to. */
export interface ResolvedSession {
  caller: Caller;
  session: WebSessionRow;
}

/** Signs browsers in and out, and finds the person behind a session cookie. */
export class WebSessions {
  constructor(
    private readonly storage: Storage,
    private readonly auth: Authenticator,
    private readonly opts: WebSessionOptions,
  ) {}

  /**
   * Starts a session for the holder of `token`: answers the new secret (for the cookie only: it is stored hashed and
   * never logged) and the session. Throws AuthError "unauthorized" for an unknown, revoked or expired token. The session
   * ends at the latest when the token expires. The sign-in is audited with the session's id, in the same transaction.
   */
  async signIn(token: string, from: SessionOrigin): Promise<{ secret: string } & ResolvedSession> {
    const tokenHash = hashToken(token);
    const caller = await this.auth.callerByHash(tokenHash);
    const tokenRow = await this.storage.findToken(tokenHash);
    const now = this.opts.now();
    const absolute = Math.min(now.getTime() + this.opts.absoluteMs, tokenRow?.expiresAt ? Date.parse(tokenRow.expiresAt) : Infinity);
    const expiresAt = new Date(absolute).toISOString();
    const idleExpiresAt = new Date(Math.min(now.getTime() + this.opts.idleMs, absolute)).toISOString();
    // Sessions that can never be used again are dropped at each sign-in, so the table holds live ones (and a few dead).
    await this.storage.forgetDeadWebSessions(now.toISOString());
    const secret = `pos_${randomBytes(32).toString('base64url')}`;
    const username = caller.user.username;
    const row = { username, tokenHash, createdAt: now.toISOString(), lastUsedAt: now.toISOString(), idleExpiresAt, expiresAt };
    const id = await this.storage.addWebSession(hashToken(secret), row, {
      kind: 'signed-in',
      actor: username,
      docId: null,
      detail: { remoteAddress: from.remoteAddress, ...(tokenRow ? { tokenId: tokenRow.id } : {}), ...(from.via ? { via: from.via } : {}), expiresAt },
    });
    return { secret, caller: { ...caller, sessionId: id }, session: { id, ...row, revokedAt: null } };
  }

  /**
   * Starts a session for a person who proved who they are without a token of their own (single sign-on, an invite
   * link: issue 14): a token of kind "session", valid as long as the session may last and never shown to anyone, stands
   * behind it, so revoking the person's tokens or disabling them ends it like any other. `via` says how in the audit
   * entry ("sso", "invite"). Throws AuthError "unauthorized" for a disabled person, StorageError "not-found" for an unknown one.
   */
  async signInAs(username: string, via: string, from: SessionOrigin): Promise<{ secret: string } & ResolvedSession> {
    const user = await this.storage.getUser(username);
    if (!user) throw new StorageError('not-found', `There is no user named "${username}".`);
    if (user.disabledAt) throw new AuthError('unauthorized', DISABLED_WORDS);
    const token = newToken();
    const expiresAt = new Date(this.opts.now().getTime() + this.opts.absoluteMs).toISOString();
    await this.storage.addExpiringToken(username, hashToken(token), expiresAt, undefined, { kind: 'session', label: sessionLabel(via) });
    const signedIn = await this.signIn(token, { ...from, via });
    return signedIn;
  }

  /**
   * The live session of a cookie's secret and its caller; a use moves its idle expiry later (written at most once per
   * `SESSION_TOUCH_MS`). Throws AuthError "unauthorized" when the session is unknown, signed out, idle or past its
   * absolute expiry, or when its sign-in token has since been revoked or has expired.
   */
  async resolve(secret: string): Promise<ResolvedSession> {
    const session = await this.storage.findWebSession(hashToken(secret));
    const now = this.opts.now();
    if (!session || session.revokedAt || Date.parse(session.idleExpiresAt) <= now.getTime() || Date.parse(session.expiresAt) <= now.getTime()) {
      throw new AuthError('unauthorized', SESSION_ENDED);
    }
    let caller: Caller;
    try {
      caller = await this.auth.callerByHash(session.tokenHash);
    } catch (e) {
      // The token's own problem ("revoked on …") tells the person why they must sign in again, and with what.
      if (e instanceof AuthError) {
        const why = e.words;
        throw new AuthError('unauthorized', localizedWith(serverAuthErrors, 'session.endedBecause', (l) => [{ reason: why(l) }]));
      }
      throw e;
    }
    caller = { ...caller, sessionId: session.id };
    if (now.getTime() - Date.parse(session.lastUsedAt) < SESSION_TOUCH_MS) return { caller, session };
    const lastUsedAt = now.toISOString();
    const idleExpiresAt = new Date(Math.min(now.getTime() + this.opts.idleMs, Date.parse(session.expiresAt))).toISOString();
    await this.storage.touchWebSession(session.id, lastUsedAt, idleExpiresAt);
    return { caller, session: { ...session, lastUsedAt, idleExpiresAt } };
  }

  /** Ends one session (this browser's), then records it; answers whether it was still live. */
  async signOut(session: WebSessionRow, from: SessionOrigin): Promise<boolean> {
    const ended = await this.storage.endWebSession(session.id, this.opts.now().toISOString());
    await this.opts.audit({ kind: 'signed-out', actor: session.username, docId: null, detail: { session: session.id, remoteAddress: from.remoteAddress } });
    return ended;
  }

  /** Ends every live session of `username` (on every browser), then records it; answers how many were ended. */
  async signOutEverywhere(username: string, from: SessionOrigin): Promise<number> {
    const count = await this.storage.endWebSessionsOf(username, this.opts.now().toISOString());
    await this.opts.audit({ kind: 'signed-out-everywhere', actor: username, docId: null, detail: { count, remoteAddress: from.remoteAddress } });
    return count;
  }
}
