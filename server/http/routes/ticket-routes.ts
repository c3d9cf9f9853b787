/**
 * `POST /api/tickets`: trades the caller's token (in the Authorization
 * header) for a single-use WebSocket ticket valid 60 seconds, optionally for
 * one document. The ticket is in the answer only: it is never logged.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TicketRequestSchema, TicketResponseSchema } from '../../../shared/api/tickets.js';
import { type ApiDeps, callerOf } from '../request-context.js';

/** Registers the ticket route (in a scope that requires a caller). */
export function ticketRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/tickets', { schema: { body: TicketRequestSchema, response: { 200: TicketResponseSchema } } }, async (request) => {
      // No access check for a named document: the WebSocket checks access when the ticket is used, and answering here would tell which ids exist.
      const caller = callerOf(request);
      const { ticket, expiresAt } = await deps.tickets.issue(caller.tokenHash, request.body.docId ?? null, caller.sessionId);
      return { ticket, expiresAt: expiresAt.toISOString() };
    });
  };
}
