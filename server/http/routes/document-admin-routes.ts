/**
 * Administering documents (administrators only: owner of every document):
 * archive (`PUT /api/docs/:id/archived`), transfer ownership
 * (`PUT /api/docs/:id/owner`) and delete (`DELETE /api/docs/:id`). Each is
 * audited and reaches open connections at once (`onAccessChanged`).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { ArchiveRequestSchema, DocAdminResponseSchema, TransferRequestSchema } from '../../../shared/api/documents.js';
import { archiveDoc, deleteDoc, type Outcome, type Refusal, transferOwnership } from '../../docs/lifecycle.js';
import { type ApiDeps, callerOf } from '../request-context.js';
import { HttpError, says } from '../http-errors.js';

const DocParams = z.object({ id: z.string() });

const STATUS: Record<Refusal['code'], number> = {
  'create-not-allowed': 403,
  'too-many-documents': 403,
  'too-many-requests': 429,
  'bad-type': 400,
  'bad-title': 400,
  'bad-id': 400,
  'id-taken': 409,
  'no-such-user': 404,
  'not-found': 404,
};

/** The value of an outcome, or its refusal thrown as the API's error (429s carry Retry-After). */
export function valueOr<T>(outcome: Outcome<T>, reply: FastifyReply): T {
  if (outcome.ok) return outcome.value;
  const r = outcome.refusal;
  if (r.retryAfterSec !== undefined) void reply.header('retry-after', String(r.retryAfterSec));
  throw new HttpError(STATUS[r.code], r.code, r.words);
}

/** Refuses (404, as for a document they cannot read) anyone but an administrator, so the routes tell nothing to others. */
async function admin(deps: ApiDeps, username: string, docId: string): Promise<void> {
  if (!(await deps.auth.isAdmin(username))) throw new HttpError(404, 'not-found', says('document.notAdministrable', { docId }));
}

/** Registers the administrators' document routes (in a scope that requires a caller). */
export function documentAdminRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const { storage, docs } = deps;
  return async (app) => {
    app.put('/api/docs/:id/archived', { schema: { params: DocParams, body: ArchiveRequestSchema, response: { 200: DocAdminResponseSchema } } }, async (request, reply) => {
      const actor = callerOf(request).user.username;
      const { id } = request.params;
      await admin(deps, actor, id);
      valueOr(await archiveDoc(storage, actor, id, request.body.archived), reply);
      docs.invalidate(id);
      // Connections move to viewer (archived) or back to their grants at once.
      for (const g of await storage.grantsFor(id)) await deps.onAccessChanged(g.username, id);
      return { id, archived: request.body.archived };
    });

    app.put('/api/docs/:id/owner', { schema: { params: DocParams, body: TransferRequestSchema, response: { 200: DocAdminResponseSchema } } }, async (request, reply) => {
      const actor = callerOf(request).user.username;
      const { id } = request.params;
      await admin(deps, actor, id);
      const { previousOwners } = valueOr(await transferOwnership(storage, actor, id, request.body.username), reply);
      for (const u of [request.body.username, ...previousOwners]) await deps.onAccessChanged(u, id);
      return { id, owner: request.body.username, previousOwners };
    });

    app.delete('/api/docs/:id', { schema: { params: DocParams, response: { 200: DocAdminResponseSchema } } }, async (request, reply) => {
      const actor = callerOf(request).user.username;
      const { id } = request.params;
      await admin(deps, actor, id);
      const members = (await storage.grantsFor(id)).map((g) => g.username);
      const { signoffsKept } = valueOr(await deleteDoc(storage, actor, id), reply);
      docs.invalidate(id);
      // Its grants are gone: every open connection to it is closed as one without access.
      for (const u of new Set(members)) await deps.onAccessChanged(u, id);
      return { id, deleted: true, signoffsKept };
    });
  };
}
