/**
 * Who has access to a document: listing members, and owners granting or
 * removing access. A change reaches the member's open connections at once
 * (`onAccessChanged`), and a document never loses its last owner.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import {
  GRANT_BODY_PROBLEM,
  GrantRequestSchema,
  GrantResponseSchema,
  type Member,
  MembersResponseSchema,
  PeopleResponseSchema,
  type Person,
  requestedAccess,
} from '../../../shared/api/members.js';
import { onlyOwnerProblem } from '../../auth/access.js';
import type { Storage } from '../../storage/storage.js';
import type { Caller } from '../../auth/authenticator.js';
import { type ApiDeps, callerOf, owned, readable } from '../request-context.js';
import { HttpError, says } from '../http-errors.js';

const MemberParams = z.object({ id: z.string(), user: z.string() });

/** Who has access to a document: their own grants and "*" grants. */
export async function members(storage: Storage, docId: string): Promise<Member[]> {
  return (await storage.grantsFor(docId)).map((g) => ({ username: g.username, access: g.access, scope: g.docId === '*' ? 'all-documents' : 'this-document', grantedBy: g.grantedBy, grantedAt: g.grantedAt }));
}

/** Who has access to a document, by username and display name, each once, sorted by name (people whose account is gone are left out). */
export async function people(storage: Storage, docId: string): Promise<Person[]> {
  const out: Person[] = [];
  for (const username of new Set((await storage.grantsFor(docId)).map((g) => g.username))) {
    const user = await storage.getUser(username);
    if (user) out.push({ username, name: user.name });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.username.localeCompare(b.username));
}

/** Refuses (409) a change that would leave the document without an owner of its own. */
async function keepAnOwner(storage: Storage, docId: string, username: string): Promise<void> {
  const problem = onlyOwnerProblem(await storage.grantsFor(docId), docId, username);
  if (problem) throw new HttpError(409, 'last-owner', problem);
}

/**
 * Refuses anyone who may not change who has access: owners may, and administrators (owner of "*") may on any document,
 * archived ones included (where nobody else has more than viewer access). Says whether the caller is an administrator.
 */
async function mayManage(deps: ApiDeps, caller: Caller, docId: string): Promise<{ admin: boolean }> {
  if ((await deps.storage.getDocument(docId)) && (await deps.auth.isAdmin(caller.user.username))) return { admin: true };
  await owned(deps, caller, docId);
  return { admin: false };
}

/** Registers the membership routes (in a scope that requires a caller). */
export function memberRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const { storage } = deps;
  return async (app) => {
    app.get('/api/docs/:id/members', { schema: { params: z.object({ id: z.string() }), response: { 200: MembersResponseSchema } } }, async (request) => {
      await readable(deps, callerOf(request), request.params.id);
      return { members: await members(storage, request.params.id) };
    });

    // Anyone who may read the document (a commenter or a viewer too) may know who else can, to mention them.
    app.get('/api/docs/:id/people', { schema: { params: z.object({ id: z.string() }), response: { 200: PeopleResponseSchema } } }, async (request) => {
      await readable(deps, callerOf(request), request.params.id);
      return { people: await people(storage, request.params.id) };
    });

    app.put(
      '/api/docs/:id/members/:user',
      {
        schema: { params: MemberParams, body: GrantRequestSchema, response: { 200: GrantResponseSchema } },
        config: { bodyProblems: { otherwise: GRANT_BODY_PROBLEM } },
        // Fastify runs preValidation after parsing the body and before checking it against the schema: a body that is
        // not JSON (or too large) is refused before ownership is known, but a non-owner never sees the schema's answers.
        preValidation: async (request) => void (await mayManage(deps, callerOf(request), (request.params as { id: string }).id)),
      },
      async (request) => {
        const { id: docId, user: username } = request.params;
        const access = requestedAccess(request.body);
        if (!(await storage.getUser(username))) throw new HttpError(404, 'no-such-user', says('member.noUser', { username }));
        if (access !== 'owner') await keepAnOwner(storage, docId, username);
        const actor = callerOf(request).user.username;
        // The grant and its audit entry commit together: if the entry cannot be written, nothing changes (503).
        await storage.setGrant({ username, docId, access, grantedBy: actor }, { kind: 'grant', actor, docId, detail: { user: username, access, via: 'api' } });
        await deps.onAccessChanged(username, docId);
        return { username, docId, access };
      },
    );

    app.delete('/api/docs/:id/members/:user', { schema: { params: MemberParams } }, async (request, reply) => {
      const { id: docId, user: username } = request.params;
      const { admin } = await mayManage(deps, callerOf(request), docId);
      // An administrator may remove even the last owner of an archived document (nobody edits it any more); elsewhere
      // they transfer ownership first (PUT /api/docs/:id/owner), so a live document always has an owner of its own.
      if (!(admin && (await storage.getDocument(docId))?.archivedAt)) await keepAnOwner(storage, docId, username);
      const audit = { kind: 'revoke' as const, actor: callerOf(request).user.username, docId, detail: { user: username, via: 'api' } };
      if (!(await storage.removeGrant(username, docId, audit))) throw new HttpError(404, 'no-grant', says('member.noGrant', { username, docId }));
      await deps.onAccessChanged(username, docId);
      return reply.code(204).send();
    });
  };
}
