/**
 * What the API's routes share: their dependencies, and who is calling. The
 * caller is found once per request by the `onRequest` hook of the protected
 * scope (every /api route but /api/keys and sign-in), from the one
 * bearer-token parser or, for a browser, the web session's cookie. A request
 * the cookie authenticates that changes anything must come from the server's
 * own pages (its `Origin`): SameSite=Strict already keeps the cookie off
 * other sites' requests in current browsers, and this check does not rely on it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { atLeast } from '../auth/access.js';
import { AuthError, type Authenticator, type Caller } from '../auth/authenticator.js';
import { bearerToken } from '../bearer-token.js';
import type { Tickets } from '../auth/tickets.js';
import type { WebSessions } from '../auth/web-sessions.js';
import type { LifecycleDeps } from '../docs/lifecycle.js';
import type { LoginGuard } from '../failed-logins.js';
import type { DocService } from '../docs/service.js';
import type { RateLimits } from '../rate-limits.js';
import type { SignoffDeps } from '../docs/signoff.js';
import type { ServerSigner } from '../signing/signer.js';
import type { AccessLevel, Storage, WebSessionRow } from '../storage/storage.js';
import { HttpError, says } from './http-errors.js';
import { clearedSessionCookie, readSessionCookie } from './session-cookie.js';
import type { ServerCounters } from './metrics.js';

/** Everything the API's routes call: the server's services, its counters and log, and the callbacks into the running server. */
export interface ApiDeps {
  auth: Authenticator;
  storage: Storage;
  docs: DocService;
  signer: ServerSigner;
  /** What signing off needs (see docs/signoff.ts). */
  signoffs: SignoffDeps;
  counters: ServerCounters;
  logger: Logger;
  /** The mission's IANA time zone, told to clients with their identity. */
  timeZone: string;
  /** The server's rate limiters (one instance per server): failed logins per address, creations and sign-offs per person. */
  rateLimits: RateLimits;
  /** What creating, archiving and deleting documents needs (docs/lifecycle.ts). */
  lifecycle: LifecycleDeps;
  /** Prometheus text of the current metrics. */
  metrics: () => string;
  /** Applies a changed grant to the user's live connections. */
  onAccessChanged: (username: string, docId: string) => Promise<void>;
  /** The failed-login policy: refuses an address that spent its allowance, counts and records each failure. */
  logins: LoginGuard;
  /** The client's address of a request (server/client-address.ts), which failed logins are counted by. */
  addressOf: (req: IncomingMessage) => string;
  /** Honest health: why the store cannot write now (write probe, free disk), or undefined when it can. */
  storeProblem: () => Promise<string | undefined>;
  /** Several instances (issue 17): whether Redis can be reached, and why not; absent when the server runs alone. */
  scaleHealth?: () => { redis: 'ok' | 'unreachable'; reason?: string };
  /** transport: the outstanding WebSocket tickets (POST /api/tickets issues them, the WebSocket spends them). */
  tickets: Tickets;
  /** The web workspace's sessions (issue 13): signing browsers in and out, and the person behind a cookie. */
  sessions: WebSessions;
  /** The server's own origin as the browser of a request sees it (server/transport.ts `ownOrigin`), or undefined without a Host. */
  originOf: (req: IncomingMessage) => string | undefined;
  /** The configured public address (`--public-url`), or null: links are then built on the request's own origin (`publicBase`). */
  publicUrl: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; set by `requireCaller` in protected scopes. */
    caller?: Caller;
    /** The web session whose cookie authenticated the request (none when a bearer token did). */
    webSession?: WebSessionRow;
  }
}

/** Methods that only read: a cookie request with any other method must come from the server's own origin. */
const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses (403 `cross-site-request`) a request whose `Origin` is not the server's own; with `required`, also one that
 * sends none. Browsers send Origin on every request that changes anything, so a missing one is not a page of ours.
 */
export function requireSameOrigin(request: FastifyRequest, deps: ApiDeps, required: boolean): void {
  const origin = request.headers.origin;
  const own = deps.originOf(request.raw);
  if (origin === undefined && !required) return;
  if (origin !== undefined && own !== undefined && origin.toLowerCase() === own) return;
  let words;
  if (origin === undefined) words = own ? says('origin.missing', { own }) : says('origin.missingNoOwn');
  else words = own ? says('origin.other', { origin, own }) : says('origin.otherNoOwn', { origin });
  throw new HttpError(403, 'cross-site-request', words);
}

/** The secure flag the session cookie needs for this request: whether the browser reaches the server over https. */
export function cookieSecure(request: FastifyRequest, deps: ApiDeps): boolean {
  return deps.originOf(request.raw)?.startsWith('https:') ?? false;
}

/**
 * Makes every route of `scope` need a valid bearer token or web session cookie (the bearer header wins when both
 * come): a refused token is counted, audited and answered 401 with `WWW-Authenticate: Bearer`. An address that has
 * spent its failed logins (`failedAuthPerAddress`) is answered 429 `too-many-failed-logins` with `Retry-After` before
 * its credential is even looked at. A cookie request that changes anything must come from the server's own origin.
 */
export function requireCaller(scope: FastifyInstance, deps: ApiDeps): void {
  scope.decorateRequest('caller', undefined);
  scope.addHook('onRequest', async (request, reply) => {
    const address = deps.addressOf(request.raw);
    const wait = await deps.logins.blocked(address, 'api', null);
    if (wait !== undefined) {
      void reply.header('retry-after', String(wait));
      throw new HttpError(429, 'too-many-failed-logins', says('rate.failedLogins', { count: String(wait) }));
    }
    const bearer = bearerToken(request.headers.authorization);
    const cookie = bearer ? null : readSessionCookie(request.headers.cookie);
    if (cookie) {
      try {
        const { caller, session } = await deps.sessions.resolve(cookie);
        request.caller = caller;
        request.webSession = session;
      } catch (e) {
        // An ended session is not a guess (its secret has 256 bits): it is not counted against the address, whose
        // colleagues' browsers would otherwise lock it out each morning. The browser is told to forget the cookie.
        if (e instanceof AuthError) void reply.header('set-cookie', clearedSessionCookie(cookieSecure(request, deps)));
        throw e;
      }
      if (!READ_ONLY_METHODS.has(request.method)) requireSameOrigin(request, deps, true);
      return;
    }
    try {
      request.caller = await deps.auth.caller(bearer);
    } catch (e) {
      if (e instanceof AuthError) {
        await deps.logins.failed(address, e.message, 'api', null);
        void reply.header('www-authenticate', 'Bearer');
      }
      throw e;
    }
  });
}

/** The caller of a request in a protected scope. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error('callerOf: the route is outside a scope that requires a caller');
  return request.caller;
}

/** The caller's access to an existing document; 404 (not 403) when they cannot read it, so ids do not leak. */
export async function readable(deps: ApiDeps, caller: Caller, docId: string): Promise<AccessLevel> {
  const access = await deps.auth.readable(caller.user.username, docId);
  if (!access) throw new HttpError(404, 'not-found', says('document.notReadable', { docId }));
  return access;
}

/** Refuses (403) a caller who can read the document but does not own it. */
export async function owned(deps: ApiDeps, caller: Caller, docId: string): Promise<void> {
  const access = await readable(deps, caller, docId);
  if (!atLeast(access, 'owner')) throw new HttpError(403, 'not-owner', says('document.notOwner', { docId, access }));
}

/** The address links to this server are built on (invite links, single sign-on's return): the configured public URL, else the request's own origin. */
export function publicBase(request: FastifyRequest, deps: Pick<ApiDeps, 'publicUrl' | 'originOf'>): string {
  return deps.publicUrl ?? deps.originOf(request.raw) ?? '';
}
