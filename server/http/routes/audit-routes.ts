/**
 * The audit trail for administrators (issue 14): `GET /api/admin/audit`
 * (JSON) and `GET /api/admin/audit.csv` (a file for a spreadsheet), with
 * the same filters (server/people/audit-trail.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditQuerySchema, AuditResponseSchema } from '../../../shared/api/people.js';
import { auditCsv, auditCsvName, readAudit } from '../../people/audit-trail.js';
import type { ApiDeps } from '../request-context.js';
import { adminScope } from './admin-scope.js';

/** Registers the audit trail routes (in a scope that requires a caller; this one also requires an administrator). */
export function auditRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    adminScope(app, deps);

    app.get('/api/admin/audit', { schema: { querystring: AuditQuerySchema, response: { 200: AuditResponseSchema } } }, async (request) => readAudit(deps.storage, request.query));

    app.get('/api/admin/audit.csv', { schema: { querystring: AuditQuerySchema } }, async (request, reply) => {
      const { entries } = await readAudit(deps.storage, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${auditCsvName(deps.lifecycle.now())}"`)
        .send(auditCsv(entries));
    });
  };
}
