/**
 * Sharing a document beyond single people (issue 14): who has access to it
 * and through what, its owners sharing it with a team, and the directory of
 * people and teams the Share dialog completes names from. A document the
 * caller cannot read answers as a missing one does everywhere else (404).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { bodyProblem } from '../../../shared/api/api-errors.js';
import { DirectoryResponseSchema, DocAccessResponseSchema, MAX_QUERY, TeamGrantRequestSchema } from '../../../shared/api/people.js';
import { docAccess } from '../../people/doc-access.js';
import type { Caller } from '../../auth/authenticator.js';
import { type ApiDeps, callerOf, owned, readable } from '../request-context.js';
import { answered, teamActor, teamService } from './team-routes.js';

const DocParams = z.object({ id: z.string() });
const TeamGrantParams = z.object({ id: z.string(), team: z.string() });
const DirectoryQuery = z.object({ q: z.string().check(z.minLength(1), z.maxLength(MAX_QUERY)) });

/**
 * Refuses anyone who may not share the document: its owners may, and administrators may on any document, archived
 * ones included. "*" (every document) passes here: the team service lets only administrators grant on it.
 */
async function mayShare(deps: ApiDeps, caller: Caller, docId: string): Promise<void> {
  if (docId === '*') return;
  if ((await deps.storage.getDocument(docId)) && (await deps.auth.isAdmin(caller.user.username))) return;
  await owned(deps, caller, docId);
}

/** Registers the sharing routes (in a scope that requires a caller). */
export function sharingRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const teams = teamService(deps);
  return async (app) => {
    // Anyone who may read the document may know who else can and why, as with GET /api/docs/:id/members.
    app.get('/api/docs/:id/access', { schema: { params: DocParams, response: { 200: DocAccessResponseSchema } } }, async (request) => {
      await readable(deps, callerOf(request), request.params.id);
      return docAccess(deps.storage, request.params.id);
    });

    app.put(
      '/api/docs/:id/teams/:team',
      {
        schema: { params: TeamGrantParams, body: TeamGrantRequestSchema, response: { 200: DocAccessResponseSchema } },
        config: { bodyProblems: { otherwise: bodyProblem('bad-access', 'share.access', { example: '{"access": "viewer" | "commenter" | "editor"}' }) } },
        // As for a person's grant: ownership is checked before the body's schema, so a non-owner learns nothing more.
        preValidation: async (request) => mayShare(deps, callerOf(request), (request.params as { id: string }).id),
      },
      async (request) => {
        const { id: docId, team } = request.params;
        await answered(teams.grant(await teamActor(deps, request), team, docId, request.body.access));
        // The Share dialog shows the document's access as it now stands.
        return docAccess(deps.storage, docId);
      },
    );

    app.delete('/api/docs/:id/teams/:team', { schema: { params: TeamGrantParams } }, async (request, reply) => {
      const { id: docId, team } = request.params;
      await mayShare(deps, callerOf(request), docId);
      await answered(teams.revoke(await teamActor(deps, request), team, docId));
      return reply.code(204).send();
    });

    app.get('/api/directory', { schema: { querystring: DirectoryQuery, response: { 200: DirectoryResponseSchema } } }, async (request) =>
      answered(teams.directory(await teamActor(deps, request), request.query.q)),
    );
  };
}
