/**
 * Devices (issue 14, shared/api/sign-in.ts): a signed-in browser allows a
 * device (`POST /api/device-codes`), the device trades the one-time code and
 * its PKCE verifier for a token of its own (`POST /api/device-tokens`, no
 * caller: the code is the credential), and a person lists and signs out their
 * own devices and tokens (`GET /api/me/tokens`, `DELETE /api/me/tokens/:id`).
 * The exchange goes through the failed-login policy like signing in: a wrong
 * code or verifier is counted against the address, which is refused (429)
 * once it has spent its allowance.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { TokensResponseSchema } from '../../../shared/api/people.js';
import { DeviceCodeRequestSchema, DeviceCodeResponseSchema, deviceReturnLink, DeviceTokenRequestSchema, DeviceTokenResponseSchema } from '../../../shared/api/sign-in.js';
import { DISABLED_REASON, DISABLED_WORDS } from '../../auth/authenticator.js';
import { type Localized, localizedWith } from '../../../shared/i18n/localized.js';
import { serverErrors } from '../../../shared/i18n/messages/server-errors.js';
import { type DeviceCodes, verifierMatches } from '../../auth/device-codes.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { tokenEntryOf } from '../../people/token-entry.js';
import { HttpError, says } from '../http-errors.js';
import { type ApiDeps, callerOf, publicBase } from '../request-context.js';

/** What the device routes need besides the API's dependencies: the outstanding codes (with the server's clock). */
export interface DeviceRouteDeps {
  deviceCodes: DeviceCodes;
  now: () => Date;
}

/** The one answer to a code that cannot be traded, whatever the reason (unknown, used, expired, wrong verifier): a guesser learns nothing. */
const BAD_CODE = says('device.badCode');

const TokenParams = z.object({ tokenId: z.string().check(z.regex(/^\d{1,15}$/)) });

/** Registers `POST /api/device-tokens`, which needs no caller (the code and its verifier are the proof). */
export function deviceTokenRoutes(deps: ApiDeps & DeviceRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/device-tokens', { schema: { body: DeviceTokenRequestSchema, response: { 200: DeviceTokenResponseSchema } } }, async (request, reply) => {
      const address = deps.addressOf(request.raw);
      const wait = await deps.logins.blocked(address, 'api', null);
      if (wait !== undefined) {
        void reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too-many-failed-logins', says('rate.failedDevices', { count: String(wait) }));
      }
      const refuse = async (status: 400 | 401, code: string, reason: string, message: Localized): Promise<never> => {
        await deps.logins.failed(address, reason, 'api', null);
        throw new HttpError(status, code, message);
      };
      // Taken out before anything is checked: a code gets one try, so a wrong verifier burns it for good.
      const entry = deps.deviceCodes.take(request.body.code);
      if (!entry) return refuse(400, 'invalid-device-code', 'unknown or expired device code', BAD_CODE);
      if (!verifierMatches(request.body.verifier, entry.challenge)) return refuse(400, 'invalid-device-code', 'device code with a wrong verifier', BAD_CODE);
      const user = await deps.storage.getUser(entry.username);
      if (!user || user.disabledAt) return refuse(401, 'unauthorized', DISABLED_REASON, localizedWith(serverErrors, 'device.notSignedIn', (l) => [{ reason: DISABLED_WORDS(l) }]));
      const token = newToken();
      const tokenId = await deps.storage.addExpiringToken(
        user.username,
        hashToken(token),
        null,
        { kind: 'device-token-issued', actor: user.username, docId: null, detail: { device: entry.label, remoteAddress: address } },
        { kind: 'device', label: entry.label },
      );
      return { token, tokenId, username: user.username, name: user.name };
    });
  };
}

/** Registers allowing a device and the caller's own tokens (in a scope that requires a caller; cookie requests that change anything come from the server's own pages). */
export function deviceRoutes(deps: ApiDeps & DeviceRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/device-codes', { schema: { body: DeviceCodeRequestSchema, response: { 200: DeviceCodeResponseSchema } } }, async (request, reply) => {
      const { username } = callerOf(request).user;
      const { challenge, state, device } = request.body;
      // Far above what a person does by hand: a script allowing devices in a loop would grow the audit trail a row a
      // request and push other people's waiting codes out of the bounded table.
      const rate = await deps.rateLimits.consume('deviceCodesPerPerson', username);
      if (!rate.ok) {
        void reply.header('retry-after', String(rate.retryAfterSec));
        throw new HttpError(429, 'too-many-requests', says('rate.devices', { count: String(Math.ceil(rate.retryAfterSec / 60)) }));
      }
      // Written before the code exists: a device that was allowed without a trace would be access given unaudited.
      await deps.storage.appendAudit({ kind: 'device-allowed', actor: username, docId: null, detail: { device, remoteAddress: deps.addressOf(request.raw) } });
      const { code, expiresAt } = deps.deviceCodes.issue({ username, challenge, label: device });
      return { redirect: deviceReturnLink(code, state, publicBase(request, deps)), code, expiresAt: expiresAt.toISOString() };
    });

    app.get('/api/me/tokens', { schema: { response: { 200: TokensResponseSchema } } }, async (request) => {
      const now = deps.now();
      const rows = await deps.storage.listTokens(callerOf(request).user.username);
      return { tokens: rows.map((row) => tokenEntryOf(row, now)) };
    });

    app.delete('/api/me/tokens/:tokenId', { schema: { params: TokenParams } }, async (request, reply) => {
      const { username } = callerOf(request).user;
      const tokenId = Number(request.params.tokenId);
      if (!(await deps.storage.revokeToken(username, tokenId))) {
        throw new HttpError(404, 'not-found', says('device.none', { tokenId: String(tokenId) }));
      }
      // Taking access away goes ahead even if the audit cannot be written (as signing out does); the failure is logged.
      await deps.storage
        .appendAudit({ kind: 'tokens-revoked', actor: username, docId: null, detail: { user: username, revoked: 1, tokenId } })
        .catch((err: unknown) => deps.logger.error({ err, kind: 'tokens-revoked' }, 'writing an audit entry failed'));
      await deps.onAccessChanged(username, '*');
      return reply.code(204).send();
    });
  };
}
