/**
 * Reading documents: `GET /api/me` (who is asking), `GET /api/docs` (what
 * they can read) and `GET /api/docs/:id` (one in detail); versions,
 * signed ones included, are in version-routes.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from '../../../shared/zod.js';
import { CREATE_BODY_FIELD_PROBLEMS, CREATE_BODY_PROBLEM, CreateDocRequestSchema, CreatedDocSchema, DocDetailQuerySchema, DocDetailSchema, DocListResponseSchema } from '../../../shared/api/documents.js';
import { type MeResponse, MeResponseSchema } from '../../../shared/api/identity.js';
import type { UserRow } from '../../storage/storage.js';
import { inScope, rolesHeld } from '../../../shared/signoff/offices.js';
import type { Authenticator } from '../../auth/authenticator.js';
import { type ApiDeps, callerOf, readable } from '../request-context.js';
import { requestLocale } from '../../request-locale.js';
import { createDoc } from '../../docs/lifecycle.js';
import { readableDocuments } from '../../docs/readable.js';
import { valueOr } from './document-admin-routes.js';
import { members } from './member-routes.js';
import { localizeTemplate } from '../../../shared/template/localize.js';

const DocParams = z.object({ id: z.string() });

/** What `GET /api/me` (and signing in) answers about a person: who they are, their offices and the mission's time zone. */
export async function meOf(user: UserRow, timeZone: string, auth: Authenticator): Promise<MeResponse> {
  return { username: user.username, name: user.name, offices: rolesHeld(user.offices), holdings: user.offices, timeZone, canCreate: await auth.mayCreate(user), admin: await auth.isAdmin(user.username) };
}

/** Registers the document-reading routes (in a scope that requires a caller). */
export function documentRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const { storage, docs } = deps;
  return async (app) => {
    app.get('/api/me', { schema: { response: { 200: MeResponseSchema } } }, async (request) => meOf(callerOf(request).user, deps.timeZone, deps.auth));

    app.get('/api/docs', { schema: { response: { 200: DocListResponseSchema } } }, async (request) => {
      const { user } = callerOf(request);
      // Type names in the reader's language (the web home page's groups and filter); the cached summary keeps the English one.
      const locale = requestLocale(request);
      const typeName = (type: string | null, english: string | undefined) => {
        const template = type ? docs.deps.templates.find(type) : undefined;
        return template ? localizeTemplate(template, locale).title : english;
      };
      // The person's own grants and their teams', read once: access is the highest of them (server/auth/access.ts), as on opening.
      const documents = [];
      for (const { row: d, granted } of await readableDocuments(storage, user.username)) {
        // An archived document is read-only for everyone (as Authenticator.access says).
        const access = d.archivedAt ? 'viewer' : granted;
        const { report, awaiting } = await docs.summary(d.id);
        const lastChange = docs.lastChange(d);
        // An archived document is signed by nobody; elsewhere, the caller's holdings that apply here (by the one scope rule).
        const here = { id: d.id, ...(report.area ? { area: report.area } : {}) };
        const waitingForMe = d.archivedAt ? [] : awaiting.filter((o) => inScope(user.offices, o.role, here)).map(({ role, label }) => ({ role, label }));
        const named = typeName(report.type, report.typeName);
        documents.push({
          ...report,
          ...(named === undefined ? {} : { typeName: named }),
          access,
          createdAt: d.createdAt,
          createdBy: d.createdBy,
          ...(d.archivedAt ? { archived: true } : {}),
          ...(lastChange ? { lastChange } : {}),
          waitingForMe,
        });
      }
      return { documents };
    });

    // Creating is a right (the user's create flag, or an administrator), never a side effect of connecting.
    app.post(
      '/api/docs',
      { schema: { body: CreateDocRequestSchema, response: { 201: CreatedDocSchema } }, config: { bodyProblems: { fields: CREATE_BODY_FIELD_PROBLEMS, otherwise: CREATE_BODY_PROBLEM } } },
      async (request, reply) => {
        const { user } = callerOf(request);
        const { type, title, id, lang } = request.body;
        const asked = { type, title, ...(id === undefined ? {} : { id }), ...(lang === undefined ? {} : { lang }) };
        const { row, state } = valueOr(await createDoc(deps.lifecycle, deps.rateLimits, user, await deps.auth.isAdmin(user.username), asked), reply);
        return reply.code(201).send({
          id: row.id,
          type: request.body.type,
          title: request.body.title.trim(),
          access: 'owner' as const,
          createdAt: row.createdAt,
          createdBy: user.username,
          state: Buffer.from(state).toString('base64'),
        });
      },
    );

    app.get('/api/docs/:id', { schema: { params: DocParams, querystring: DocDetailQuerySchema, response: { 200: DocDetailSchema } } }, async (request) => {
      const c = callerOf(request);
      const docId = request.params.id;
      const access = await readable(deps, c, docId);
      // The diagnostics are read by the person asking, in their browser's language.
      const seen = await docs.inspect(docId, c.user.username, requestLocale(request));
      const row = await storage.getDocument(docId);
      const include = [request.query.include ?? []].flat();
      return {
        ...seen.report,
        access,
        createdAt: row?.createdAt,
        createdBy: row?.createdBy,
        ...(row?.archivedAt ? { archived: true } : {}),
        diagnostics: seen.diagnostics,
        records: seen.records,
        members: await members(storage, docId),
        ...(include[0] === 'model' && seen.model ? { model: seen.model } : {}),
      };
    });
  };
}
