/**
 * Signing in to the web workspace (issue 13, shared/api/session.ts):
 * `POST /api/session` trades an access token for a session cookie,
 * `DELETE /api/session` signs this browser out and `DELETE /api/sessions`
 * signs the person out everywhere: every browser, and every device allowed
 * through one (issue 14). Sign-in goes through the failed-login
 * policy (counted per address, audited, 429 once spent); the session's
 * secret is only ever in the `Set-Cookie` header, never in a body or a log.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SessionResponseSchema, SIGN_IN_BODY_PROBLEM, SignInRequestSchema, SignOutEverywhereResponseSchema } from '../../../shared/api/session.js';
import { AuthError } from '../../auth/authenticator.js';
import { localizedWith } from '../../../shared/i18n/localized.js';
import { serverErrors } from '../../../shared/i18n/messages/server-errors.js';
import { HttpError, says } from '../http-errors.js';
import { type ApiDeps, callerOf, cookieSecure, requireSameOrigin } from '../request-context.js';
import { clearedSessionCookie, sessionCookie } from '../session-cookie.js';
import { meOf } from './document-routes.js';

/** Registers `POST /api/session`, which needs no caller (it is how a browser becomes one). */
export function signInRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/session',
      { schema: { body: SignInRequestSchema, response: { 200: SessionResponseSchema } }, config: { bodyProblems: { otherwise: SIGN_IN_BODY_PROBLEM } } },
      async (request, reply) => {
        // Login CSRF: another site must not sign the browser in as someone else (whose documents the person would then fill in).
        requireSameOrigin(request, deps, false);
        const address = deps.addressOf(request.raw);
        const wait = await deps.logins.blocked(address, 'api', null);
        if (wait !== undefined) {
          void reply.header('retry-after', String(wait));
          throw new HttpError(429, 'too-many-failed-logins', says('rate.failedSignIns', { count: String(wait) }));
        }
        let signedIn;
        try {
          signedIn = await deps.sessions.signIn(request.body.token, { remoteAddress: address });
        } catch (e) {
          if (!(e instanceof AuthError)) throw e;
          await deps.logins.failed(address, e.message, 'api', null);
          const why = e.words;
          throw new HttpError(401, 'unauthorized', localizedWith(serverErrors, 'session.tokenRefused', (l) => [{ reason: why(l) }]));
        }
        const { secret, caller, session } = signedIn;
        void reply.header('set-cookie', sessionCookie(secret, cookieSecure(request, deps)));
        return { me: await meOf(caller.user, deps.timeZone, deps.auth), idleExpiresAt: session.idleExpiresAt, expiresAt: session.expiresAt };
      },
    );
  };
}

/** Registers the sign-out routes (in a scope that requires a caller). */
export function sessionRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.delete('/api/session', async (request, reply) => {
      const session = request.webSession;
      if (!session) throw new HttpError(400, 'no-session', says('session.none'));
      await deps.sessions.signOut(session, { remoteAddress: deps.addressOf(request.raw) });
      return reply.code(204).header('set-cookie', clearedSessionCookie(cookieSecure(request, deps))).send();
    });

    app.delete('/api/sessions', { schema: { response: { 200: SignOutEverywhereResponseSchema } } }, async (request, reply) => {
      const { username } = callerOf(request).user;
      const signedOut = await deps.sessions.signOutEverywhere(username, { remoteAddress: deps.addressOf(request.raw) });
      const devices = await signOutDevices(deps, username);
      if (request.webSession) void reply.header('set-cookie', clearedSessionCookie(cookieSecure(request, deps)));
      return { signedOut, devices };
    });
  };
}

/**
 * Revokes every device token of `username` that still works and closes their connections; answers how many. A device
 * is allowed from a browser session, so one allowed from a stolen session must not outlive "sign out everywhere".
 */
async function signOutDevices(deps: ApiDeps, username: string): Promise<number> {
  const now = deps.lifecycle.now().getTime();
  const live = (await deps.storage.listTokens(username)).filter((t) => t.kind === 'device' && !t.revokedAt && (!t.expiresAt || Date.parse(t.expiresAt) > now));
  let revoked = 0;
  for (const t of live) if (await deps.storage.revokeToken(username, t.id)) revoked++;
  if (!revoked) return 0;
  // Taking access away goes ahead even if the audit cannot be written (as signing out does); the failure is logged.
  await deps.storage
    .appendAudit({ kind: 'tokens-revoked', actor: username, docId: null, detail: { user: username, revoked, kind: 'device', via: 'signed-out-everywhere' } })
    .catch((err: unknown) => deps.logger.error({ err, kind: 'tokens-revoked' }, 'writing an audit entry failed'));
  await deps.onAccessChanged(username, '*');
  return revoked;
}
