/**
 * Single sign-on's routes (issue 14, shared/api/sign-in.ts), outside the
 * scope that needs a caller: `GET /api/auth/methods` tells the sign-in page
 * whether to offer the button; `GET /auth/sso` starts a login and sends the
 * browser to the provider; `GET /auth/callback` takes the provider's answer,
 * signs the person in to a web session and sends them where they wanted to
 * go. Every refusal sends the browser to `/signin?sso=<problem>` (the page
 * says it in words) and is audited "sso-rejected" with the reason; a sign-in
 * is audited "sso-signed-in" before the session starts (fail-closed).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SignInMethodsSchema, SSO_CALLBACK_PATH, SSO_START_PATH } from '../../../shared/api/sign-in.js';
import { SsoCallbackQuerySchema, type SsoProblem, SsoStartQuerySchema } from '../../../shared/api/sso.js';
import { safeNext } from '../../../shared/links/safe-next.js';
import { AuthError } from '../../auth/authenticator.js';
import { type OidcRelyingParty, SsoError } from '../../auth/oidc.js';
import { PendingLogins, SSO_LOGIN_TTL_MS } from '../../auth/sso-logins.js';
import { personFor, SSO_ACTOR, syncClaimTeams, type TeamChanges } from '../../people/sso-people.js';
import { type ApiDeps, cookieSecure, publicBase } from '../request-context.js';
import { sessionCookie } from '../session-cookie.js';
import { clearedSsoCookie, readSsoCookie, ssoCookie } from '../sso-cookie.js';

/** What single sign-on's routes need besides the API's dependencies: the provider, or null when none is configured. */
export interface SsoRouteDeps {
  oidc: OidcRelyingParty | null;
}

/** Registers the sign-in methods and single sign-on's start and callback routes. */
export function ssoRoutes(deps: ApiDeps & SsoRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const pending = new PendingLogins();
    const { oidc } = deps;

    /**
     * Sends the browser to the sign-in page with `problem`, after auditing why (the refusal must be on record): one row
     * each up to `ssoRefusalsPerAddress` a minute per address, then summed with the failed logins, since anyone can send
     * the callback forged answers in a loop and the audit table is append-only.
     */
    const refuse = async (request: FastifyRequest, reply: FastifyReply, problem: SsoProblem, reason: string, actor: string | null = null) => {
      const remoteAddress = deps.addressOf(request.raw);
      if ((await deps.rateLimits.consume('ssoRefusalsPerAddress', remoteAddress)).ok) {
        await deps.storage.appendAudit({
          kind: 'sso-rejected',
          actor,
          docId: null,
          detail: { reason: problem, message: reason, remoteAddress, ...(oidc ? { issuer: oidc.config.issuer } : {}) },
        });
      } else {
        deps.logins.refused(remoteAddress, `single sign-on refused: ${problem}`, 'api');
      }
      return reply.header('set-cookie', clearedSsoCookie(cookieSecure(request, deps))).redirect(`/signin?sso=${problem}`, 302);
    };

    app.get('/api/auth/methods', { schema: { response: { 200: SignInMethodsSchema } } }, async () => ({
      sso: oidc ? { label: oidc.config.label, issuer: oidc.config.issuer } : null,
    }));

    app.get(SSO_START_PATH, { schema: { querystring: SsoStartQuerySchema } }, async (request, reply) => {
      if (!oidc) return reply.redirect('/signin?sso=not-configured', 302);
      const returnTo = safeNext(request.query.return);
      let started;
      try {
        started = await oidc.begin(`${publicBase(request, deps)}${SSO_CALLBACK_PATH}`);
      } catch (e) {
        if (e instanceof SsoError) return refuse(request, reply, e.problem, e.message);
        throw e;
      }
      const id = pending.put(started.checks, returnTo);
      void reply.header('set-cookie', ssoCookie(id, SSO_LOGIN_TTL_MS / 1000, cookieSecure(request, deps)));
      return reply.redirect(started.url, 302);
    });

    app.get(SSO_CALLBACK_PATH, { schema: { querystring: SsoCallbackQuerySchema } }, async (request, reply) => {
      if (!oidc) return reply.redirect('/signin?sso=not-configured', 302);
      const id = readSsoCookie(request.headers.cookie);
      const login = id ? pending.take(id) : undefined;
      if (!login) return refuse(request, reply, 'expired', id ? 'the login is unknown or older than 10 minutes' : 'the browser did not bring the login binding cookie');
      // Checked here too (openid-client checks it again) so that a forged answer is named for what it is in the audit.
      if (request.query.state !== login.checks.state) return refuse(request, reply, 'state-mismatch', 'the answer’s state is not the one this browser’s login sent');
      const query = new URLSearchParams(request.query as Record<string, string>).toString();
      const callbackUrl = new URL(`${login.checks.redirectUri}?${query}`);
      let identity, person;
      try {
        identity = await oidc.finish(callbackUrl, login.checks);
        person = await personFor(deps.storage, identity);
      } catch (e) {
        if (e instanceof SsoError) return refuse(request, reply, e.problem, e.message);
        throw e;
      }
      const username = person.user.username;
      if (person.user.disabledAt) return refuse(request, reply, 'disabled', `"${username}" is disabled`, username);
      let teams: TeamChanges = { added: [], removed: [] };
      if (identity.teamValues) {
        teams = await syncClaimTeams(deps.storage, username, identity.teamValues);
        if (teams.added.length || teams.removed.length) await deps.onAccessChanged(username, '*');
      }
      const remoteAddress = deps.addressOf(request.raw);
      await deps.storage.appendAudit({
        kind: 'sso-signed-in',
        actor: username,
        docId: null,
        detail: { issuer: identity.issuer, subject: identity.subject, created: person.created, linkedByEmail: person.linkedByEmail, teamsAdded: teams.added, teamsRemoved: teams.removed, remoteAddress },
      });
      let signedIn;
      try {
        signedIn = await deps.sessions.signInAs(username, SSO_ACTOR, { remoteAddress });
      } catch (e) {
        // Disabled between the look above and now.
        if (e instanceof AuthError) return refuse(request, reply, 'disabled', e.message, username);
        throw e;
      }
      const secure = cookieSecure(request, deps);
      void reply.header('set-cookie', [sessionCookie(signedIn.secret, secure), clearedSsoCookie(secure)]);
      return reply.redirect(login.returnTo, 302);
    });
  };
}
