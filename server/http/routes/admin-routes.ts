/**
 * Administering people (issue 14, administrators only): listing and adding
 * people, changing them (name, email, offices, create right, disabled),
 * issuing invite links, their tokens, and every document with who has
 * access. The work is in server/people, which the CLI calls too.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import {
  AddUserRequestSchema,
  AdminDocumentsResponseSchema,
  AdminUserSchema,
  AdminUsersResponseSchema,
  MAX_QUERY,
  TokensResponseSchema,
  UpdateUserRequestSchema,
  UserWithInviteSchema,
} from '../../../shared/api/people.js';
import { adminDocuments } from '../../people/admin-documents.js';
import { issueInvite } from '../../people/invites.js';
import { addPerson, adminUserView, listAdminUsers, type PeopleDeps, requireUser, revokePersonToken, tokenEntries, updatePerson } from '../../people/people-admin.js';
import { HttpError, says } from '../http-errors.js';
import { type ApiDeps, callerOf, publicBase } from '../request-context.js';
import { adminScope } from './admin-scope.js';

const UserParams = z.object({ user: z.string() });
const TokenParams = z.object({ user: z.string(), tokenId: z.string() });
const UsersQuery = z.object({ q: z.optional(z.string().check(z.maxLength(MAX_QUERY))) });

/** A token id from the path, or a 404 (no token has that id). */
function tokenIdOf(text: string): number {
  const id = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(id)) throw new HttpError(404, 'no-such-token', says('admin.notTokenId', { text }));
  return id;
}

/** Registers the people administration routes (in a scope that requires a caller; this one also requires an administrator). */
export function adminRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const { storage } = deps;
  const now = deps.lifecycle.now;
  const people: PeopleDeps = { storage, templates: deps.lifecycle.templates, now, onAccessChanged: deps.onAccessChanged };
  return async (app) => {
    adminScope(app, deps);

    app.get('/api/admin/users', { schema: { querystring: UsersQuery, response: { 200: AdminUsersResponseSchema } } }, async (request) => ({
      users: await listAdminUsers(storage, request.query.q, now()),
    }));

    app.post('/api/admin/users', { schema: { body: AddUserRequestSchema, response: { 201: UserWithInviteSchema } } }, async (request, reply) => {
      const actor = callerOf(request).user.username;
      const user = await addPerson(people, actor, request.body);
      const invite = await issueInvite(storage, actor, user.username, publicBase(request, deps), now());
      return reply.code(201).send({ user: await adminUserView(storage, user, now()), invite });
    });

    app.patch('/api/admin/users/:user', { schema: { params: UserParams, body: UpdateUserRequestSchema, response: { 200: AdminUserSchema } } }, async (request) => {
      const user = await updatePerson(people, callerOf(request).user.username, request.params.user, request.body);
      return adminUserView(storage, user, now());
    });

    app.post('/api/admin/users/:user/invite', { schema: { params: UserParams, response: { 200: UserWithInviteSchema } } }, async (request) => {
      const invite = await issueInvite(storage, callerOf(request).user.username, request.params.user, publicBase(request, deps), now());
      return { user: await adminUserView(storage, await requireUser(storage, request.params.user), now()), invite };
    });

    app.get('/api/admin/users/:user/tokens', { schema: { params: UserParams, response: { 200: TokensResponseSchema } } }, async (request) => {
      await requireUser(storage, request.params.user);
      return { tokens: await tokenEntries(storage, request.params.user, now()) };
    });

    app.delete('/api/admin/users/:user/tokens/:tokenId', { schema: { params: TokenParams } }, async (request, reply) => {
      await revokePersonToken(people, callerOf(request).user.username, request.params.user, tokenIdOf(request.params.tokenId));
      return reply.code(204).send();
    });

    app.get('/api/admin/documents', { schema: { response: { 200: AdminDocumentsResponseSchema } } }, async () => adminDocuments(storage, (id) => deps.docs.summary(id)));
  };
}
