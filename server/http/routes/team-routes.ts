/**
 * Teams over HTTP (issue 14): listing, creating, changing and deleting teams
 * and their members. The rules of who may do what live in the team service
 * (server/people/teams.ts), which the CLI calls too; this module only
 * carries requests to it and its refusals back as `{"error": …}` answers.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { AddTeamRequestSchema, TeamMemberRequestSchema, TeamSchema, TeamsResponseSchema, UpdateTeamRequestSchema } from '../../../shared/api/people.js';
import { type TeamActor, TeamRefusal, TeamService } from '../../people/teams.js';
import { type ApiDeps, callerOf } from '../request-context.js';
import { HttpError } from '../http-errors.js';

const TeamParams = z.object({ team: z.string() });
const MemberParams = z.object({ team: z.string(), user: z.string() });

/** The team service of the running server: its store, its templates (the offices a team may hold) and its live connections. */
export function teamService(deps: ApiDeps): TeamService {
  return new TeamService({ storage: deps.storage, templates: deps.lifecycle.templates, onAccessChanged: deps.onAccessChanged });
}

/** The caller of a request as the team service sees them: who, and whether they administer the server. */
export async function teamActor(deps: ApiDeps, request: FastifyRequest): Promise<TeamActor> {
  const username = callerOf(request).user.username;
  return { username, admin: await deps.auth.isAdmin(username), via: 'api' };
}

/** The result of the team service's `work`, its refusal answered as an HTTP error with the same status, code and message. */
export async function answered<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof TeamRefusal) throw new HttpError(e.status, e.code, e.message);
    throw e;
  }
}

/** Registers the team routes (in a scope that requires a caller). */
export function teamRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const teams = teamService(deps);
  return async (app) => {
    app.get('/api/teams', { schema: { response: { 200: TeamsResponseSchema } } }, async (request) => ({ teams: await answered(teams.list(await teamActor(deps, request))) }));

    app.post('/api/teams', { schema: { body: AddTeamRequestSchema, response: { 201: TeamSchema } } }, async (request, reply) => {
      const team = await answered(teams.add(await teamActor(deps, request), request.body));
      return reply.code(201).send(team);
    });

    app.patch('/api/teams/:team', { schema: { params: TeamParams, body: UpdateTeamRequestSchema, response: { 200: TeamSchema } } }, async (request) =>
      answered(teams.update(await teamActor(deps, request), request.params.team, request.body)),
    );

    app.delete('/api/teams/:team', { schema: { params: TeamParams } }, async (request, reply) => {
      await answered(teams.remove(await teamActor(deps, request), request.params.team));
      return reply.code(204).send();
    });

    app.put('/api/teams/:team/members/:user', { schema: { params: MemberParams, body: TeamMemberRequestSchema, response: { 200: TeamSchema } } }, async (request) =>
      answered(teams.setMember(await teamActor(deps, request), request.params.team, request.params.user, request.body ?? {})),
    );

    app.delete('/api/teams/:team/members/:user', { schema: { params: MemberParams, response: { 200: TeamSchema } } }, async (request) =>
      answered(teams.removeMember(await teamActor(deps, request), request.params.team, request.params.user)),
    );
  };
}
