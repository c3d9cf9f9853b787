/**
 * How the HTTP API refuses: every error leaves as `{"error": {"code",
 * "message", …}}` (the shape in shared/api/api-errors.ts) with the status and
 * wording the API has always used. Handlers throw `HttpError`s (or the
 * authenticator's `AuthError`s); Fastify's own refusals (a body that is too
 * large, not JSON, or fails its zod schema; an unknown path; a wrong method)
 * are translated here, so clients see one shape whatever refused them.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { badJson, type BodyProblem, NOT_AN_OBJECT, NOT_JSON, tooLarge } from '../../shared/api/api-errors.js';
import { AuthError } from '../auth/authenticator.js';
import { UnrecordedError } from '../storage/storage.js';

/** An error with an HTTP status, a stable code and a message a person can act on. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  /** The 400 for a refused body. */
  static badBody(problem: BodyProblem, status = 400): HttpError {
    return new HttpError(status, problem.code, problem.message);
  }
}

/** Per-route wording of a refused body: the answer for each wrong field, in the order they are checked, and for anything else. */
export interface BodyProblems {
  fields?: Record<string, BodyProblem>;
  otherwise?: BodyProblem;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How this route words a body its schema refuses (see `BodyProblems` in http-errors.ts). */
    bodyProblems?: BodyProblems;
  }
}

/** The largest request body accepted, in bytes. */
export const BODY_LIMIT = 1024 * 1024;

const AUTH_STATUS: Record<AuthError['kind'], number> = { 'bad-request': 400, unauthorized: 401, forbidden: 403, 'not-found': 404 };

/** Sends an error in the API's shape. */
function sendError(reply: FastifyReply, e: HttpError): FastifyReply {
  return reply.code(e.status).type('application/json; charset=utf-8').send({ error: { code: e.code, message: e.message, ...e.extra } });
}

/** Whether the request says its body is JSON. */
function saysJson(request: FastifyRequest): boolean {
  return /^application\/json\b/i.test(request.headers['content-type'] ?? '');
}

/** The refusal of a body its zod schema did not accept, worded as the route asks. */
function refusedBody(request: FastifyRequest, issues: ReadonlyArray<{ instancePath: string }>): HttpError {
  if (!saysJson(request)) return HttpError.badBody(NOT_JSON, 415);
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return HttpError.badBody(NOT_AN_OBJECT);
  const problems = request.routeOptions.config.bodyProblems ?? {};
  const wrong = new Set(issues.map((i) => i.instancePath.split('/')[1] ?? ''));
  for (const [field, problem] of Object.entries(problems.fields ?? {})) {
    if (!wrong.has(field)) continue;
    return HttpError.badBody(problem.whenMissing && !(field in body) ? problem.whenMissing : problem);
  }
  return HttpError.badBody(problems.otherwise ?? NOT_AN_OBJECT);
}

/** The HttpError an error thrown anywhere in a request stands for, or undefined for a failure of the server itself. */
function asHttpError(e: FastifyError | Error, request: FastifyRequest): HttpError | undefined {
  if (e instanceof HttpError) return e;
  if (e instanceof AuthError) return new HttpError(AUTH_STATUS[e.kind], e.kind, e.message);
  // Fail-closed audit: the action was not done because it could not be recorded; the person retries later.
  if (e instanceof UnrecordedError) return new HttpError(503, 'unrecorded', e.message);
  if (hasZodFastifySchemaValidationErrors(e)) {
    if (e.validationContext === 'body') return refusedBody(request, e.validation);
    return new HttpError(400, 'bad-request', `The ${e.validationContext ?? 'request'} is not valid: ${e.validation.map((v) => `${v.instancePath || '/'} ${v.message}`).join('; ')}.`);
  }
  const code = (e as FastifyError).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return HttpError.badBody(tooLarge(BODY_LIMIT), 413);
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return HttpError.badBody(NOT_JSON, 415);
  const status = (e as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) return new HttpError(status, 'bad-request', e.message);
  return undefined;
}

/**
 * Installs the API's error handling on `app`: the JSON body parser (whose errors read as before), the error handler
 * (5xx say only that the server failed, and are logged), and the 404/405 answer for paths nothing serves.
 */
export function installErrorHandling(app: FastifyInstance, logger: Logger, notFoundPreHandler?: preHandlerHookHandler): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, text, done) => {
    let body: unknown;
    try {
      body = JSON.parse(text as string);
    } catch (e) {
      return done(HttpError.badBody(badJson((e as Error).message)), undefined);
    }
    done(null, body);
  });

  app.setErrorHandler((e: FastifyError | Error, request, reply) => {
    const known = asHttpError(e, request);
    if (known) return sendError(reply, known);
    // The path only: a query string may carry a ticket or token, which are never logged.
    logger.error({ err: e, path: request.url.split('?')[0] }, 'API request failed');
    return sendError(reply, new HttpError(500, 'internal', 'The server failed to answer this request; the error is in its log.'));
  });

  app.setNotFoundHandler({ ...(notFoundPreHandler ? { preHandler: notFoundPreHandler } : {}) }, (request, reply) => {
    const pathname = new URL(request.url, 'http://localhost').pathname;
    const allowed = allowedMethods(app, pathname);
    if (allowed.length) {
      reply.header('allow', allowed.join(', '));
      return sendError(reply, new HttpError(405, 'method-not-allowed', `${request.method} is not supported here; use ${allowed.join(' or ')}.`));
    }
    return sendError(reply, new HttpError(404, 'no-such-endpoint', `Nothing is served at ${pathname}. See server/README.md for the API.`));
  });
}

/** The answer to a URL that cannot be decoded: nothing is served there (as for any unknown path). */
export function badUrl(_e: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const pathname = request.url.split('?')[0];
  void sendError(reply, new HttpError(404, 'no-such-endpoint', `Nothing is served at ${pathname}. See server/README.md for the API.`));
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** The methods an API route serves at `pathname` (the web app's catch-all for files does not count: it serves no method on API paths). */
function allowedMethods(app: FastifyInstance, pathname: string): string[] {
  return METHODS.filter((method) => {
    const route = app.findRoute({ method, url: pathname });
    return route !== null && !('*' in (route.params as Record<string, string>));
  });
}
