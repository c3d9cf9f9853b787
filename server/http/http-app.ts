/**
 * The HTTP side of the server as a Fastify app that never listens (the
 * caller does): security headers, rate limiting and the web app's files
 * first, then the API's error handling, then the routes, every body and
 * answer checked with the zod schemas of shared/api. The WebSocket sync
 * shares the port: the caller attaches it to `app.server`'s "upgrade".
 */
import { exportRoutes, type ExportRouteDeps } from './routes/export-routes.js';
import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MAX_DOC_ID_LENGTH } from '../auth/names.js';
import { type ApiDeps, requireCaller } from './request-context.js';
import { badUrl, BODY_LIMIT, HttpError, installErrorHandling, says } from './http-errors.js';
import { adminRoutes } from './routes/admin-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { inviteRoutes } from './routes/invite-routes.js';
import { documentAdminRoutes } from './routes/document-admin-routes.js';
import { deviceRoutes, type DeviceRouteDeps, deviceTokenRoutes } from './routes/device-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { memberRoutes } from './routes/member-routes.js';
import { pictureRoutes } from './routes/picture-routes.js';
import { sessionRoutes, signInRoutes } from './routes/session-routes.js';
import { sharingRoutes } from './routes/sharing-routes.js';
import { signoffRoutes } from './routes/signoff-routes.js';
import { teamRoutes } from './routes/team-routes.js';
import { ssoRoutes, type SsoRouteDeps } from './routes/sso-routes.js';
import { ticketRoutes } from './routes/ticket-routes.js';
import { versionRoutes, type VersionRouteDeps } from './routes/version-routes.js';
import { openRoutes } from './routes/system-routes.js';
import { HELMET_OPTIONS, hasWebApp, webAppRoutes } from './web-app.js';

/** How many requests one client address may make per window before it is told to slow down. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** How the HTTP app serves: where the web app's files are, and how fast one client address may call. */
export interface HttpAppOptions {
  /** The web app's built files (scripts/web-build.mjs), served at "/" when the folder holds an index.html; without it only the API is served. */
  webDir: string | null;
  rateLimit: RateLimit;
  /** The client's address of a request (server/client-address.ts): what the rate limit counts by. */
  addressOf?: (req: IncomingMessage) => string;
  /** transport: serve https (and wss) with this certificate and key (PEM); absent: plain http. */
  https?: { cert: Buffer; key: Buffer };
  /** Several instances (issue 17): count the per-address limit in this Redis, shared by every instance; absent: in memory. */
  rateLimitRedis?: Redis;
}

/** Builds the HTTP app: plugins, error handling and every route of the API, ready but not listening. */
export async function buildHttpApp(deps: ApiDeps & VersionRouteDeps & SsoRouteDeps & DeviceRouteDeps & ExportRouteDeps, options: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.https ? { https: options.https } : {}),
    logger: false,
    bodyLimit: BODY_LIMIT,
    // The API has always answered HEAD with 405 and read "/api/docs/" as "/api/docs".
    exposeHeadRoutes: false,
    routerOptions: {
      ignoreTrailingSlash: true,
      ignoreDuplicateSlashes: true,
      // Fastify's default (100) is shorter than the longest document id. Twice the id limit lets a slightly
      // too long id still reach its route, which answers about the id rather than "no such endpoint".
      maxParamLength: 2 * MAX_DOC_ID_LENGTH,
    },
    frameworkErrors: badUrl,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, HELMET_OPTIONS);
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimit.max,
    timeWindow: options.rateLimit.windowMs,
    ...(options.addressOf ? { keyGenerator: (request: FastifyRequest) => options.addressOf!(request.raw) } : {}),
    // While Redis cannot be reached, requests are let through rather than refused: the per-person limits still count in memory.
    ...(options.rateLimitRedis ? { redis: options.rateLimitRedis, nameSpace: 'poc:http-rl:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'too-many-requests', says('rate.requests', { count: String(Math.ceil(context.ttl / 1000)) })),
  });
  if (hasWebApp(options.webDir)) await app.register(webAppRoutes(options.webDir));

  installErrorHandling(app, deps.logger, app.rateLimit());
  // Every JSON answer of the API is about live data; nothing in between may keep a copy.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });

  await app.register(openRoutes(deps));
  await app.register(signInRoutes(deps));
  await app.register(inviteRoutes(deps));
  await app.register(ssoRoutes(deps));
  await app.register(deviceTokenRoutes(deps));
  await app.register(async (api) => {
    requireCaller(api, deps);
    await api.register(documentRoutes(deps));
    await api.register(pictureRoutes(deps));
    await api.register(memberRoutes(deps));
    await api.register(documentAdminRoutes(deps));
    await api.register(signoffRoutes(deps));
    await api.register(ticketRoutes(deps));
    await api.register(sessionRoutes(deps));
    await api.register(versionRoutes(deps));
    await api.register(exportRoutes(deps));
    await api.register(teamRoutes(deps));
    await api.register(sharingRoutes(deps));
    await api.register(adminRoutes(deps));
    await api.register(auditRoutes(deps));
    await api.register(deviceRoutes(deps));
  });
  await app.ready();
  return app;
}
