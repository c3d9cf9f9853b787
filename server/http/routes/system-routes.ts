/**
 * The routes anyone may call: `/healthz` (the store can write; Redis, when used), `/metrics`
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
      // A read is not enough: a read-only store or a full disk answers reads while every edit fails. Probe a write.
      const problem = await deps.storeProblem();
      // Several instances: Redis is said beside the store; without it an instance serves its own clients (degraded, 200).
      const scale = deps.scaleHealth?.();
      if (problem) {
        deps.logger.error({ reason: problem }, 'health check failed');
        return reply.code(503).send({ status: 'unavailable', reason: problem, ...(scale ? { store: 'unavailable' as const, redis: scale.redis } : {}) });
      }
      if (!scale) return { status: 'ok' as const };
      if (scale.redis === 'ok') return { status: 'ok' as const, store: 'ok' as const, redis: 'ok' as const };
      return { status: 'degraded' as const, store: 'ok' as const, redis: 'unreachable' as const, reason: scale.reason ?? 'Redis cannot be reached' };
    });

    app.get('/metrics', async (_request, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(deps.metrics()));

    app.get('/api/keys', { schema: { response: { 200: KeysResponseSchema } } }, async () => ({ keys: deps.signer.publicKeys() }));
  };
}
