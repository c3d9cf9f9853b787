// The HTTP API against its contract in shared/api: the typed client reads every answer, and refusals keep their exact shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../../shared/api/client.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel } from '../support/build-model.js';
import { startTestServer, storeDocument, tempDir, type TestServer } from '../support/test-server.js';

describe('the API contract', () => {
  let t: TestServer;
  let owner: string;
  let other: string;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date('2026-06-15T08:00:00Z'), timeZone: 'Africa/Juba' });
    owner = await t.addUser('olga', { name: 'Olga Owner' });
    other = await t.addUser('otto', { name: 'Otto Other', offices: ['srsg'] });
    await storeDocument(t, owner, filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id: 'tm-1', title: 'Threat Matrix, Sector East' }).build());
  });
  afterAll(() => t.stop());

  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${t.httpUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${owner}`, ...headers }, body }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('the client reads identity, keys, documents, members and sign-offs through their schemas', async () => {
    const api = new ApiClient({ baseUrl: t.url, token: owner, fetch });
    expect(await api.me()).toEqual({ username: 'olga', name: 'Olga Owner', offices: [], holdings: [], timeZone: 'Africa/Juba', canCreate: false, admin: false });
    expect((await api.keys()).keys[0]).toMatchObject({ algorithm: 'Ed25519', current: true });
    expect((await api.listDocuments()).map((d) => [d.id, d.access])).toEqual([['tm-1', 'owner']]);
    const detail = await api.document('tm-1', { includeModel: true });
    expect(detail.model?.meta.id).toBe('tm-1');
    expect(detail.members.map((m) => m.username)).toEqual(['olga']);
    expect(await api.grant('tm-1', 'otto', 'viewer')).toEqual({ username: 'otto', docId: 'tm-1', access: 'viewer' });
    expect((await api.members('tm-1')).map((m) => m.username).sort()).toEqual(['olga', 'otto']);
    await api.revoke('tm-1', 'otto');
    expect(await api.signoffs('tm-1')).toEqual([]);
  });

  it('a refusal becomes an ApiError with the status, the server code and its message', async () => {
    const api = new ApiClient({ baseUrl: t.httpUrl, token: other, fetch });
    const refused = await api.document('tm-1').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 404, code: 'not-found', serverMessage: 'There is no document "tm-1" that you can read.' });
    const wrongOffice = await new ApiClient({ baseUrl: t.httpUrl, token: owner, fetch }).signOff('tm-1', { role: 'srsg', decision: 'approved', comment: '', contentHash: `sha256:${'0'.repeat(64)}` }).catch((e: unknown) => e);
    expect(wrongOffice).toMatchObject({ status: 403, code: 'not-your-office' });
  });

  it('an unreachable server is an ApiError without a status, saying what to check', async () => {
    const api = new ApiClient({ baseUrl: 'http://127.0.0.1:1', token: owner, fetch });
    const e = await api.me().catch((x: unknown) => x);
    expect(e).toMatchObject({ status: undefined, code: 'unreachable' });
    expect((e as ApiError).message).toMatch(/Check the server address/);
  });

  it('refused bodies keep the error shape and wording the API always had', async () => {
    const bad = await post('/api/docs/tm-1/signoffs', '{oops', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad-json');
    expect(bad.body.error.message).toMatch(/^The request body is not valid JSON: /);
    expect(await post('/api/docs/tm-1/signoffs', '[1]', { 'content-type': 'application/json' })).toEqual({ status: 400, body: { error: { code: 'bad-body', message: 'The request body must be a JSON object.' } } });
    expect(await post('/api/docs/tm-1/signoffs', 'role=x', { 'content-type': 'text/plain' })).toEqual({
      status: 415,
      body: { error: { code: 'unsupported-media-type', message: 'Send the body as JSON with "Content-Type: application/json".' } },
    });
    const field = async (body: unknown) => (await t.api('/api/docs/tm-1/signoffs', { method: 'POST', token: owner, body })).body.error.code;
    expect(await field({ decision: 'maybe' })).toBe('bad-role');
    expect(await field({ role: 'srsg', decision: 'maybe' })).toBe('bad-decision');
    expect(await field({ role: 'srsg', decision: 'approved', comment: 'x'.repeat(10_001) })).toBe('bad-comment');
    expect(await field({ role: 'srsg', decision: 'approved' })).toBe('content-hash-required');
    expect(await field({ role: 'srsg', decision: 'approved', contentHash: 'sha256:no' })).toBe('bad-content-hash');
    expect((await t.api('/api/docs/tm-1/members/otto', { method: 'PUT', token: owner, body: { role: 'editor' } })).status).toBe(200);
    expect((await t.api('/api/docs/tm-1/members/otto', { method: 'PUT', token: owner, body: { access: 'admin' } })).body).toEqual({
      error: { code: 'bad-access', message: 'Give {"access": "viewer" | "commenter" | "editor" | "owner"}.' },
    });
  });

  it('unknown paths and methods answer 404 and 405 in the same shape, and JSON answers are not cached', async () => {
    const res = await fetch(`${t.httpUrl}/api/keys`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(await res.json()).toEqual({ error: { code: 'method-not-allowed', message: 'POST is not supported here; use GET.' } });
    expect(await t.api('/api/nothing')).toEqual({ status: 404, body: { error: { code: 'no-such-endpoint', message: 'Nothing is served at /api/nothing. See server/README.md for the API.' } } });
    expect((await fetch(`${t.httpUrl}/api/me`, { headers: { authorization: `Bearer ${owner}` } })).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${t.httpUrl}/api/docs/`, { headers: { authorization: `Bearer ${owner}` } })).status).toBe(200);
  });
});

describe('the mission time zone', () => {
  it('a server given a time zone this system does not know refuses to start, naming the option', async () => {
    await expect(startTestServer({ timeZone: 'Mars/Olympus_Mons' })).rejects.toThrow(/"Mars\/Olympus_Mons" is not a time zone .*--time-zone or POC_TIME_ZONE/);
  });
});

describe('the rate limit', () => {
  it('a client over the limit gets 429 in the API error shape, saying when to try again', async () => {
    const t = await startTestServer({ httpRateLimit: { max: 2, windowMs: 60_000 } });
    try {
      await t.api('/api/keys');
      await t.api('/api/keys');
      const over = await t.api('/api/keys');
      expect(over.status).toBe(429);
      expect(over.body).toEqual({ error: { code: 'too-many-requests', message: expect.stringMatching(/^Too many requests from your address; try again in \d+ seconds\.$/) } });
    } finally {
      await t.stop();
    }
  });
});

describe('the web app', () => {
  it('is served from its folder beside the API, whose unknown paths and methods still answer in the API shape', async () => {
    const web = tempDir('poc-web-');
    mkdirSync(join(web.dir, 'assets'));
    writeFileSync(join(web.dir, 'index.html'), '<!doctype html><title>POC</title>');
    writeFileSync(join(web.dir, 'assets', 'app.js'), 'console.log(1);');
    const t = await startTestServer({ webDir: web.dir });
    try {
      const page = await fetch(`${t.httpUrl}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>POC</title>');
      expect((await fetch(`${t.httpUrl}/assets/app.js`)).status).toBe(200);
      expect((await t.api('/api/nothing')).body.error.code).toBe('no-such-endpoint');
      expect((await t.api('/api/keys', { method: 'POST' })).status).toBe(405);
      expect((await t.api('/healthz')).body).toEqual({ status: 'ok' });
    } finally {
      await t.stop();
      web.remove();
    }
  });

  it('a missing web app folder does not stop the server', async () => {
    const t = await startTestServer({ webDir: '/nonexistent/poc-web' });
    try {
      expect((await t.api('/healthz')).status).toBe(200);
      expect((await fetch(`${t.httpUrl}/`)).status).toBe(404);
    } finally {
      await t.stop();
    }
  });
});
