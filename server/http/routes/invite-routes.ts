/**
 * Accepting an invite (issue 14): `POST /api/invites/redeem` needs no caller
 * (it is how an invited person becomes one). Like `POST /api/session` it
 * must come from the server's own pages (login CSRF), goes through the
 * failed-login policy (a wrong code is counted per address; 429 once
 * spent), and answers with a session cookie whose secret is never in a body.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RedeemInviteRequestSchema } from '../../../shared/api/people.js';
import { SessionResponseSchema } from '../../../shared/api/session.js';
import { AuthError } from '../../auth/authenticator.js';
import { redeemInviteCode } from '../../people/invites.js';
import { localizedWith } from '../../../shared/i18n/localized.js';
import { serverErrors } from '../../../shared/i18n/messages/server-errors.js';
import { HttpError, says } from '../http-errors.js';
import { type ApiDeps, cookieSecure, requireSameOrigin } from '../request-context.js';
import { sessionCookie } from '../session-cookie.js';
import { meOf } from './document-routes.js';

/** Registers `POST /api/invites/redeem` (in a scope that needs no caller). */
export function inviteRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/invites/redeem', { schema: { body: RedeemInviteRequestSchema, response: { 200: SessionResponseSchema } } }, async (request, reply) => {
      // Another site must not sign the browser in as someone else (whose documents the person would then fill in).
      requireSameOrigin(request, deps, false);
      const address = deps.addressOf(request.raw);
      const wait = await deps.logins.blocked(address, 'api', null);
      if (wait !== undefined) {
        void reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too-many-failed-logins', says('rate.failedInvites', { count: String(wait) }));
      }
      const invite = await redeemInviteCode(deps.storage, request.body.code, { remoteAddress: address }, deps.lifecycle.now());
      if (!invite) {
        await deps.logins.failed(address, 'invite code refused (used, expired, replaced or unknown)', 'api', null);
        throw new HttpError(401, 'invite-refused', says('invite.refused'));
      }
      let signedIn;
      try {
        signedIn = await deps.sessions.signInAs(invite.username, 'invite', { remoteAddress: address });
      } catch (e) {
        // A person disabled after they were invited: the link is spent, and they are told why they cannot come in.
        if (e instanceof AuthError) {
          const why = e.words;
          throw new HttpError(401, 'unauthorized', localizedWith(serverErrors, 'invite.notSignedIn', (l) => [{ reason: why(l) }]));
        }
        throw e;
      }
      const { secret, caller, session } = signedIn;
      void reply.header('set-cookie', sessionCookie(secret, cookieSecure(request, deps)));
      return { me: await meOf(caller.user, deps.timeZone, deps.auth), idleExpiresAt: session.idleExpiresAt, expiresAt: session.expiresAt };
    });
  };
}
