/**
 * What the administration's routes share: only administrators (owner of
 * every document) get past the scope's first hook, and the people
 * services' refusals (server/people/people-error.ts) leave as the API's
 * errors.
 */
import type { FastifyInstance } from 'fastify';
import { PeopleError, type PeopleErrorKind } from '../../people/people-error.js';
import { HttpError, says } from '../http-errors.js';
import { type ApiDeps, callerOf } from '../request-context.js';

const STATUS: Record<PeopleErrorKind, number> = { 'not-found': 404, invalid: 400, exists: 409, conflict: 409 };

/** The API's error for a refusal of the people services. */
export function httpErrorOf(e: PeopleError): HttpError {
  return new HttpError(STATUS[e.kind], e.code, e.message);
}

/**
 * Makes every route of `scope` refuse (403 `not-admin`) a caller who is not an administrator, before its body is
 * even checked, and answer the people services' refusals with their status. The scope must sit inside one that
 * requires a caller.
 */
export function adminScope(scope: FastifyInstance, deps: ApiDeps): void {
  scope.addHook('onRequest', async (request) => {
    if (!(await deps.auth.isAdmin(callerOf(request).user.username))) {
      throw new HttpError(403, 'not-admin', says('admin.only'));
    }
  });
  // Thrown on, a translated error reaches the API's own error handler (http-errors.ts), which answers it.
  scope.setErrorHandler((e) => {
    throw e instanceof PeopleError ? httpErrorOf(e) : e;
  });
}
