/**
 * The routes anyone may call: `/healthz` (the store answers), `/metrics`
 * (Prometheus text) and `/api/keys` (the public keys that check sign-offs).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema } from '../../../shared/api/health.js';
import { KeysResponseSchema } from '../../../shared/api/identity.js';
import type { ApiDeps } from '../request-context.js';

/** Registers the routes that need no token. */
export function openRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { response: { 200: HealthSchema, 503: HealthSchema } } }, async (_request, reply) => {
      // A trivial read proves the store answers; a server whose store failed is not healthy, however well it listens.
      try {
        await deps.storage.getSetting('healthz');
      } catch (e) {
        deps.logger.error({ err: e }, 'health check: the store does not answer');
        return reply.code(503).send({ status: 'unavailable', reason: `the store does not answer: ${e instanceof Error ? e.message : String(e)}` });
      }
      return { status: 'ok' as const };
    });

    app.get('/metrics', async (_request, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(deps.metrics()));

    app.get('/api/keys', { schema: { response: { 200: KeysResponseSchema } } }, async () => ({ keys: deps.signer.publicKeys() }));
  };
}
