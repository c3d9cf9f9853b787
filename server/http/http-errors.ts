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
import type { ArgsFor, KeyOf } from '../../shared/i18n/catalogue.js';
import { intlLocale } from '../../shared/i18n/locale.js';
import { type Localized, localized, localizedWith, verbatim } from '../../shared/i18n/localized.js';
import { serverErrors } from '../../shared/i18n/messages/server-errors.js';
import { requestLocale } from '../request-locale.js';
import { AuthError } from '../auth/authenticator.js';
import { UnrecordedError } from '../storage/storage.js';

/**
 * An error with an HTTP status, a stable code and a message a person can act on. The message is worded when the
 * answer is sent, in the language of the request (its Accept-Language); `message` is its English, for logs.
 */
export class HttpError extends Error {
  /** The message in the reader's language. */
  readonly words: Localized;

  constructor(
    readonly status: number,
    readonly code: string,
    /** A catalogue message (`localized(serverErrors, …)`), or text that reads the same in every language. */
    message: string | Localized,
    readonly extra: Record<string, unknown> = {},
  ) {
    const words = typeof message === 'string' ? verbatim(message) : message;
    super(words('en'));
    this.words = words;
    this.name = 'HttpError';
  }

  /** The 400 for a refused body. */
  static badBody(problem: { code: string; message: string; words?: Localized }, status = 400): HttpError {
    return new HttpError(status, problem.code, problem.words ?? problem.message);
  }
}

/** A message of the HTTP API's catalogue (shared/i18n/messages/server-errors.ts), worded when its reader is known. */
export function says<K extends KeyOf<typeof serverErrors>>(key: K, ...args: ArgsFor<typeof serverErrors, K>): Localized {
  return localized(serverErrors, key, ...args);
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

/** Sends an error in the API's shape, its message in the request's language. */
function sendError(reply: FastifyReply, e: HttpError): FastifyReply {
  const message = e.words(requestLocale(reply.request));
  return reply.code(e.status).type('application/json; charset=utf-8').send({ error: { code: e.code, message, ...e.extra } });
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
  if (e instanceof AuthError) return new HttpError(AUTH_STATUS[e.kind], e.kind, e.words);
  // Fail-closed audit: the action was not done because it could not be recorded; the person retries later.
  if (e instanceof UnrecordedError) return new HttpError(503, 'unrecorded', says('unrecorded', { cause: e.detail }));
  if (hasZodFastifySchemaValidationErrors(e)) {
    if (e.validationContext === 'body') return refusedBody(request, e.validation);
    // The problems are the schema library's own English words about the API's field names.
    const problems = e.validation.map((v) => `${v.instancePath || '/'} ${v.message}`).join('; ');
    return new HttpError(400, 'bad-request', says('request.invalid', { part: e.validationContext ?? 'request', problems }));
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
    return sendError(reply, new HttpError(500, 'internal', says('internal')));
  });

  app.setNotFoundHandler({ ...(notFoundPreHandler ? { preHandler: notFoundPreHandler } : {}) }, (request, reply) => {
    const pathname = new URL(request.url, 'http://localhost').pathname;
    const allowed = allowedMethods(app, pathname);
    if (allowed.length) {
      reply.header('allow', allowed.join(', '));
      return sendError(reply, new HttpError(405, 'method-not-allowed', localizedWith(serverErrors, 'endpoint.method', (l) => [{ method: request.method, allowed: new Intl.ListFormat(intlLocale(l), { type: 'disjunction' }).format(allowed) }])));
    }
    return sendError(reply, new HttpError(404, 'no-such-endpoint', says('endpoint.none', { path: pathname })));
  });
}

/** The answer to a URL that cannot be decoded: nothing is served there (as for any unknown path). */
export function badUrl(_e: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const pathname = request.url.split('?')[0];
  void sendError(reply, new HttpError(404, 'no-such-endpoint', says('endpoint.none', { path: pathname ?? '' })));
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** The methods an API route serves at `pathname` (the web app's catch-all for files does not count: it serves no method on API paths). */
function allowedMethods(app: FastifyInstance, pathname: string): string[] {
  return METHODS.filter((method) => {
    const route = app.findRoute({ method, url: pathname });
    return route !== null && !('*' in (route.params as Record<string, string>));
  });
}
