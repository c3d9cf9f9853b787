/**
 * The HTTP API, served on the same port as the WebSocket sync:
 *
 *   GET    /healthz                                  liveness (the store answers a query), no auth
 *   GET    /metrics                                  Prometheus text, no auth
 *   GET    /api/keys                                 the server's public signing keys, no auth
 *   GET    /api/me                                   the caller: username, name, offices
 *   GET    /api/docs                                 documents the caller can read, with summaries
 *   GET    /api/docs/:id[?include=model]             one document: summary, diagnostics, sign-offs, members
 *   GET    /api/docs/:id/members                     who has access
 *   PUT    /api/docs/:id/members/:user  {"access"}   grant (owners only)
 *   DELETE /api/docs/:id/members/:user               revoke (owners only)
 *   GET    /api/docs/:id/signoffs                    sign-off records with their verification
 *   POST   /api/docs/:id/signoffs  {"role","decision","comment"}   sign off
 *   GET    /api/docs/:id/versions/:signoffId         the signed snapshot (JSON, or raw Yjs update with Accept: application/octet-stream)
 *
 * Every /api call except /api/keys needs `Authorization: Bearer <token>`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { atLeast, isAccessLevel, onlyOwnerProblem } from '../auth/access.js';
import { AuthError, type Authenticator, type Caller } from '../auth/authenticator.js';
import type { DocService } from '../docs/service.js';
import { signOff } from '../docs/signoff.js';
import type { ServerSigner } from '../signing/signer.js';
import type { AccessLevel, Storage } from '../storage/types.js';
import type { ServerCounters } from './metrics.js';
import { bearerToken, HttpError, readJson, type RequestContext, Router, sendError, sendJson } from './router.js';

export interface ApiDeps {
  auth: Authenticator;
  storage: Storage;
  docs: DocService;
  signer: ServerSigner;
  counters: ServerCounters;
  logger: Logger;
  /** Prometheus text of the current metrics. */
  metrics: () => string;
  /** Applies a changed grant to the user's live connections. */
  onAccessChanged: (username: string, docId: string) => Promise<void>;
  /** Records a refused login in the audit trail. */
  onRejectedLogin: (reason: string, req: IncomingMessage) => void;
}

const AUTH_STATUS: Record<AuthError['kind'], number> = { 'bad-request': 400, unauthorized: 401, forbidden: 403, 'not-found': 404 };

/** Builds the request handler of the HTTP API. */
export function createApi(deps: ApiDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { auth, storage, docs, signer } = deps;
  const router = new Router();

  const caller = async (ctx: RequestContext): Promise<Caller> => {
    try {
      return await auth.caller(bearerToken(ctx.req));
    } catch (e) {
      if (e instanceof AuthError) {
        deps.counters.rejectedLogins++;
        deps.onRejectedLogin(e.message, ctx.req);
        ctx.res.setHeader('www-authenticate', 'Bearer');
      }
      throw e;
    }
  };
  /** The caller's access to an existing document; 404 (not 403) when they cannot read it, so ids do not leak. */
  const readable = async (c: Caller, docId: string): Promise<AccessLevel> => {
    const access = (await storage.getDocument(docId)) ? await auth.access(c.user.username, docId) : undefined;
    if (!access) throw new HttpError(404, 'not-found', `There is no document "${docId}" that you can read.`);
    return access;
  };
  const owned = async (c: Caller, docId: string): Promise<void> => {
    const access = await readable(c, docId);
    if (!atLeast(access, 'owner')) throw new HttpError(403, 'not-owner', `Only an owner of "${docId}" can change who has access; you are ${access === 'editor' ? 'an editor' : 'a viewer'}.`);
  };

  router
    .add('GET', '/healthz', async ({ res }) => {
      // A trivial read proves the store answers; a server whose store failed is not healthy, however well it listens.
      try {
        await storage.getSetting('healthz');
      } catch (e) {
        deps.logger.error({ err: e }, 'health check: the store does not answer');
        return sendJson(res, 503, { status: 'unavailable', reason: `the store does not answer: ${e instanceof Error ? e.message : String(e)}` });
      }
      sendJson(res, 200, { status: 'ok' });
    })
    .add('GET', '/metrics', ({ res }) => {
      const text = deps.metrics();
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    })
    .add('GET', '/api/keys', ({ res }) => sendJson(res, 200, { keys: signer.publicKeys() }))
    .add('GET', '/api/me', async (ctx) => {
      const { user } = await caller(ctx);
      sendJson(ctx.res, 200, { username: user.username, name: user.name, offices: user.offices });
    })
    .add('GET', '/api/docs', async (ctx) => {
      const c = await caller(ctx);
      const grants = await storage.grantsOf(c.user.username);
      const everything = grants.find((g) => g.docId === '*')?.access;
      const documents = [];
      for (const d of await storage.listDocuments()) {
        const own = grants.find((g) => g.docId === d.id)?.access;
        const access = own && everything ? (atLeast(own, everything) ? own : everything) : (own ?? everything);
        if (!access) continue;
        documents.push({ ...(await docs.report(d.id)), access, createdAt: d.createdAt, createdBy: d.createdBy });
      }
      sendJson(ctx.res, 200, { documents });
    })
    .add('GET', '/api/docs/:id', async (ctx) => {
      const c = await caller(ctx);
      const docId = ctx.params.id;
      const access = await readable(c, docId);
      const seen = await docs.inspect(docId, c.user.username);
      const row = await storage.getDocument(docId);
      sendJson(ctx.res, 200, {
        ...seen.report,
        access,
        createdAt: row?.createdAt,
        createdBy: row?.createdBy,
        diagnostics: seen.diagnostics,
        records: seen.records,
        members: await members(storage, docId),
        ...(ctx.url.searchParams.get('include') === 'model' && seen.model ? { model: seen.model } : {}),
      });
    })
    .add('GET', '/api/docs/:id/members', async (ctx) => {
      const c = await caller(ctx);
      await readable(c, ctx.params.id);
      sendJson(ctx.res, 200, { members: await members(storage, ctx.params.id) });
    })
    .add('PUT', '/api/docs/:id/members/:user', async (ctx) => {
      const c = await caller(ctx);
      const { id: docId, user: username } = ctx.params;
      await owned(c, docId);
      const body = await readJson(ctx.req);
      const access = String(body.access ?? body.role ?? '');
      if (!isAccessLevel(access)) throw new HttpError(400, 'bad-access', 'Give {"access": "viewer" | "editor" | "owner"}.');
      if (!(await storage.getUser(username))) throw new HttpError(404, 'no-such-user', `There is no user named "${username}".`);
      if (access !== 'owner') await keepAnOwner(storage, docId, username);
      await storage.setGrant({ username, docId, access, grantedBy: c.user.username });
      await storage.appendAudit({ kind: 'grant', actor: c.user.username, docId, detail: { user: username, access, via: 'api' } });
      await deps.onAccessChanged(username, docId);
      sendJson(ctx.res, 200, { username, docId, access });
    })
    .add('DELETE', '/api/docs/:id/members/:user', async (ctx) => {
      const c = await caller(ctx);
      const { id: docId, user: username } = ctx.params;
      await owned(c, docId);
      await keepAnOwner(storage, docId, username);
      if (!(await storage.removeGrant(username, docId))) throw new HttpError(404, 'no-grant', `${username} has no grant of their own on "${docId}".`);
      await storage.appendAudit({ kind: 'revoke', actor: c.user.username, docId, detail: { user: username, via: 'api' } });
      await deps.onAccessChanged(username, docId);
      ctx.res.writeHead(204).end();
    })
    .add('GET', '/api/docs/:id/signoffs', async (ctx) => {
      const c = await caller(ctx);
      await readable(c, ctx.params.id);
      sendJson(ctx.res, 200, { signoffs: (await docs.inspect(ctx.params.id)).records });
    })
    .add('POST', '/api/docs/:id/signoffs', async (ctx) => {
      const c = await caller(ctx);
      const docId = ctx.params.id;
      const body = await readJson(ctx.req);
      const { role, decision, comment = '' } = body;
      if (typeof role !== 'string' || !role) throw new HttpError(400, 'bad-role', 'Give the office you sign for: {"role": "head-of-mission", …}.');
      if (decision !== 'approved' && decision !== 'rejected') throw new HttpError(400, 'bad-decision', 'Give {"decision": "approved"} or {"decision": "rejected"}.');
      if (typeof comment !== 'string' || comment.length > 10_000) throw new HttpError(400, 'bad-comment', 'The comment must be text of at most 10,000 characters.');
      const access = (await storage.getDocument(docId)) ? await auth.access(c.user.username, docId) : undefined;
      const result = await signOff(docs, c.user, access, { docId, role, decision, comment });
      if (!result.ok) throw new HttpError(result.status, result.code, result.message, result.diagnostics ? { diagnostics: result.diagnostics } : {});
      deps.counters.signoffs++;
      sendJson(ctx.res, 201, result.view);
    })
    .add('GET', '/api/docs/:id/versions/:signoffId', async (ctx) => {
      const c = await caller(ctx);
      const { id: docId, signoffId } = ctx.params;
      await readable(c, docId);
      const v = await docs.version(docId, signoffId);
      if (!v) throw new HttpError(404, 'no-such-signoff', `Document "${docId}" has no sign-off "${signoffId}".`);
      if (/application\/octet-stream/.test(ctx.req.headers.accept ?? '')) {
        ctx.res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': v.snapshot.byteLength });
        ctx.res.end(Buffer.from(v.snapshot));
        return;
      }
      sendJson(ctx.res, 200, {
        record: v.records[0]?.record,
        contentHash: v.report.contentHash,
        model: v.model ?? null,
        snapshot: Buffer.from(v.snapshot).toString('base64'),
      });
    });

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = router.match(req.method ?? 'GET', url.pathname);
    if (!found) return sendError(res, new HttpError(404, 'no-such-endpoint', `Nothing is served at ${url.pathname}. See server/README.md for the API.`));
    if ('allowed' in found) {
      res.setHeader('allow', found.allowed.join(', '));
      return sendError(res, new HttpError(405, 'method-not-allowed', `${req.method} is not supported here; use ${found.allowed.join(' or ')}.`));
    }
    Promise.resolve()
      .then(() => found.handler({ req, res, url, params: found.params }))
      .catch((e: unknown) => {
        if (res.headersSent) return void res.end();
        if (e instanceof HttpError) return sendError(res, e);
        if (e instanceof AuthError) return sendError(res, new HttpError(AUTH_STATUS[e.kind], e.kind, e.message));
        deps.logger.error({ err: e, path: url.pathname }, 'API request failed');
        sendError(res, new HttpError(500, 'internal', 'The server failed to answer this request; the error is in its log.'));
      });
  };
}

/** Who has access to a document: their own grants and "*" grants. */
async function members(storage: Storage, docId: string) {
  return (await storage.grantsFor(docId)).map((g) => ({ username: g.username, access: g.access, scope: g.docId === '*' ? 'all-documents' : 'this-document', grantedBy: g.grantedBy, grantedAt: g.grantedAt }));
}

/** Refuses a change that would leave the document without an owner of its own. */
async function keepAnOwner(storage: Storage, docId: string, username: string): Promise<void> {
  const problem = onlyOwnerProblem(await storage.grantsFor(docId), docId, username);
  if (problem) throw new HttpError(409, 'last-owner', problem);
}
