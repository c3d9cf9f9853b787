/**
 * Version history over HTTP (issue 13; the wire types: shared/api/versions.ts):
 * listing, fetching one version (stored or signed: a signed version's id is
 * its sign-off record's, as the older `GET /api/docs/:id/versions/:signoffId`
 * had it), naming the current state, restoring, and "I have seen this". The
 * history (server/docs/versions.ts) answers refusal codes; each gets its status here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { SignedVersionSchema } from '../../../shared/api/signoffs.js';
import { SAVE_VERSION_BODY_PROBLEM, SaveVersionRequestSchema, VersionResponseSchema, VersionsResponseSchema } from '../../../shared/api/versions.js';
import type { VersionHistory, VersionRefusalCode, VersionResult } from '../../docs/versions.js';
import { type ApiDeps, callerOf, readable } from '../request-context.js';
import { HttpError, says } from '../http-errors.js';
import type { FastifyReply } from 'fastify';

/** What the version routes need besides the API's dependencies: the server's one version history. */
export interface VersionRouteDeps {
  versions: VersionHistory;
}

/** Unreadable documents and unknown versions are 404 (ids do not leak), viewers 403, archived 409, unreadable content 422, the cap 409, too often 429. */
const REFUSAL_STATUS: Record<VersionRefusalCode, number> = {
  'not-found': 404,
  'no-such-version': 404,
  'not-an-editor': 403,
  archived: 409,
  'not-a-document': 422,
  'too-many-versions': 409,
  'too-many-requests': 429,
};

const DocParams = z.object({ id: z.string() });
const VersionParams = z.object({ id: z.string(), versionId: z.string() });

/** The entry of a result, or its refusal thrown as the API's error (a 429 carries Retry-After). */
function entryOr(result: VersionResult, reply: FastifyReply) {
  if (result.ok) return result.entry;
  if (result.retryAfterSec !== undefined) void reply.header('retry-after', String(result.retryAfterSec));
  throw new HttpError(REFUSAL_STATUS[result.code], result.code, result.words);
}

/** Registers the version routes (in a scope that requires a caller). */
export function versionRoutes(deps: ApiDeps & VersionRouteDeps): FastifyPluginAsyncZod {
  const { versions } = deps;
  return async (app) => {
    app.get('/api/docs/:id/versions', { schema: { params: DocParams, response: { 200: VersionsResponseSchema } } }, async (request) => {
      const c = callerOf(request);
      await readable(deps, c, request.params.id);
      return versions.list(request.params.id, c.user.username);
    });

    app.get('/api/docs/:id/versions/:versionId', { schema: { params: VersionParams, response: { 200: SignedVersionSchema } } }, async (request, reply) => {
      const { id: docId, versionId } = request.params;
      await readable(deps, callerOf(request), docId);
      const v = await versions.content(docId, versionId);
      if (!v) throw new HttpError(404, 'no-such-version', says('version.none', { docId, versionId }));
      if (/application\/octet-stream/.test(request.headers.accept ?? '')) {
        // Fastify sends a Buffer as it is, past the JSON serializer; the type provider only knows the JSON answer.
        return reply.type('application/octet-stream').send(Buffer.from(v.snapshot) as never);
      }
      return { ...(v.record ? { record: v.record } : {}), contentHash: v.contentHash, model: v.model, snapshot: Buffer.from(v.snapshot).toString('base64') };
    });

    app.post(
      '/api/docs/:id/versions',
      { schema: { params: DocParams, body: SaveVersionRequestSchema, response: { 201: VersionResponseSchema } }, config: { bodyProblems: { otherwise: SAVE_VERSION_BODY_PROBLEM } } },
      async (request, reply) => {
        const { user } = callerOf(request);
        const docId = request.params.id;
        const entry = entryOr(await versions.save(docId, user, await deps.auth.readable(user.username, docId), request.body.name), reply);
        return reply.code(201).send(entry);
      },
    );

    app.post('/api/docs/:id/versions/:versionId/restore', { schema: { params: VersionParams, response: { 201: VersionResponseSchema } } }, async (request, reply) => {
      const { user } = callerOf(request);
      const { id: docId, versionId } = request.params;
      const entry = entryOr(await versions.restore(docId, user, await deps.auth.readable(user.username, docId), versionId), reply);
      return reply.code(201).send(entry);
    });

    app.post('/api/docs/:id/viewed', { schema: { params: DocParams, response: { 200: VersionResponseSchema } } }, async (request, reply) => {
      const c = callerOf(request);
      await readable(deps, c, request.params.id);
      return entryOr(await versions.markViewed(request.params.id, c.user), reply);
    });
  };
}
