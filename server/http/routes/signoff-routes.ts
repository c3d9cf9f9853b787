/**
 * Sign-offs over HTTP: the records with their verification, and signing
 * off. The sign-off flow (docs/signoff.ts) answers with refusal codes; this
 * is where each code gets its HTTP status.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { SIGNOFF_BODY_PROBLEMS, SignoffRequestSchema, SignoffResponseSchema, SignoffsResponseSchema } from '../../../shared/api/signoffs.js';
import { signOff, type SignoffRefusalCode } from '../../docs/signoff.js';
import { type ApiDeps, callerOf, readable } from '../request-context.js';
import { requestLocale } from '../../request-locale.js';
import { HttpError } from '../http-errors.js';

/** The status of each refusal: unreadable documents are 404 (so ids do not leak), someone else's office (or one held for another area) 403, a document changed since the person reviewed it or archived 409, a document not ready or a rejection without a comment 422, too many sign-offs 429. */
const REFUSAL_STATUS: Record<SignoffRefusalCode, number> = {
  'not-found': 404,
  'not-your-office': 403,
  'office-out-of-scope': 403,
  'not-a-document': 422,
  'office-not-required': 422,
  'content-changed': 409,
  'not-ready': 422,
  'too-many-signoffs': 429,
  archived: 409,
  'comment-required': 422,
};

const DocParams = z.object({ id: z.string() });

/** Registers the sign-off routes (in a scope that requires a caller). */
export function signoffRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/docs/:id/signoffs', { schema: { params: DocParams, response: { 200: SignoffsResponseSchema } } }, async (request) => {
      await readable(deps, callerOf(request), request.params.id);
      return { signoffs: (await deps.docs.inspect(request.params.id)).records };
    });

    app.post(
      '/api/docs/:id/signoffs',
      { schema: { params: DocParams, body: SignoffRequestSchema, response: { 201: SignoffResponseSchema } }, config: { bodyProblems: { fields: SIGNOFF_BODY_PROBLEMS } } },
      async (request, reply) => {
        const { user } = callerOf(request);
        const docId = request.params.id;
        const access = await deps.auth.readable(user.username, docId);
        // The problems that hold an approval back are read by the person signing, in their browser's language.
        const result = await signOff(deps.signoffs, user, access, docId, request.body, requestLocale(request));
        if (!result.ok) {
          const detail = { ...(result.diagnostics ? { diagnostics: result.diagnostics } : {}), ...(result.hashes ? { reviewedHash: result.hashes.reviewed, currentHash: result.hashes.current } : {}) };
          if (result.retryAfterSec !== undefined) void reply.header('retry-after', String(result.retryAfterSec));
          throw new HttpError(REFUSAL_STATUS[result.code], result.code, result.message, detail);
        }
        deps.counters.signoffs++;
        return reply.code(201).send(result.view);
      },
    );
  };
}
