/**
 * Single sign-on logins under way (issue 14): between the redirect to the
 * identity provider and its answer, the server keeps each login's checks
 * (PKCE verifier, state, nonce) and where the person wanted to go, under a
 * random id the browser holds in the `poc_sso` cookie. Kept in memory: a
 * login lives minutes, and a restart only means starting it again. The map
 * is bounded (the oldest goes first), so a flood of starts cannot fill memory.
 */
import { randomBytes } from 'node:crypto';
import type { LoginChecks } from './oidc.js';

/** How long a person has to sign in at the provider. */
export const SSO_LOGIN_TTL_MS = 10 * 60 * 1000;

/** The most logins kept at once. */
export const MAX_PENDING_SSO_LOGINS = 10_000;

/** A login under way. */
export interface PendingLogin {
  checks: LoginChecks;
  /** The path of this site to return to once signed in (already checked by `safeNext`). */
  returnTo: string;
  startedAt: number;
}

/** The logins under way, each taken at most once. */
export class PendingLogins {
  private readonly logins = new Map<string, PendingLogin>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly max = MAX_PENDING_SSO_LOGINS,
  ) {}

  /** Keeps a login; answers its id for the binding cookie (256 random bits). */
  put(checks: LoginChecks, returnTo: string): string {
    this.sweep();
    while (this.logins.size >= this.max) this.logins.delete(this.logins.keys().next().value!);
    const id = randomBytes(32).toString('base64url');
    this.logins.set(id, { checks, returnTo, startedAt: this.now() });
    return id;
  }

  /** The login of `id`, removed (an answer is used once), or undefined when unknown or older than `SSO_LOGIN_TTL_MS`. */
  take(id: string): PendingLogin | undefined {
    const login = this.logins.get(id);
    this.logins.delete(id);
    return login && this.now() - login.startedAt < SSO_LOGIN_TTL_MS ? login : undefined;
  }

  /** How many logins are kept now. */
  get size(): number {
    return this.logins.size;
  }

  /** Drops expired logins (the map is in start order, so they are at its head). */
  private sweep(): void {
    for (const [id, login] of this.logins) {
      if (this.now() - login.startedAt < SSO_LOGIN_TTL_MS) break;
      this.logins.delete(id);
    }
  }
}
