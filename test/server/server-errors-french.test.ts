// The HTTP API's refusals in the reader's language: a request whose Accept-Language prefers French is told why in
// French, with the same status and code as in English; without the header (or with a language the product does not
// speak) the answer is the English it always was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

const FRENCH = { 'accept-language': 'fr-CD,fr;q=0.9,en;q=0.5' };

/** The status and error body of a raw request (the test server's `api` helper sets no Accept-Language of its own). */
async function call(t: TestServer, path: string, init: { method?: string; token?: string; headers?: Record<string, string>; body?: string } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(t.httpUrl + path, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
  return { status: res.status, error: ((await res.json()) as { error: { code: string; message: string } }).error };
}

describe('the API refuses in French for a French reader', () => {
  let t: TestServer;
  let owner: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestServer();
    owner = await t.addUser('olga', { grants: { 'plan-est': 'owner' } });
    viewer = await t.addUser('vera', { grants: { 'plan-est': 'viewer' } });
    await t.createDoc('plan-est', 'olga');
  });
  afterAll(() => t.stop());

  it('a request without a token is told in French that it carries none, 401 unauthorized as in English', async () => {
    const fr = await call(t, '/api/me', { headers: FRENCH });
    const en = await call(t, '/api/me');
    expect(fr).toEqual({ status: 401, error: { code: 'unauthorized', message: 'aucun jeton\u00a0: passez ?token=<jeton> (WebSocket) ou «\u00a0Authorization: Bearer <jeton>\u00a0» (HTTP)' } });
    expect(en).toEqual({ status: 401, error: { code: 'unauthorized', message: 'no token: pass ?token=<token> (WebSocket) or "Authorization: Bearer <token>" (HTTP)' } });
  });

  it('an unknown document is answered 404 not-found in French, naming the id', async () => {
    const fr = await call(t, '/api/docs/no-such-plan', { token: owner, headers: FRENCH });
    expect(fr).toEqual({ status: 404, error: { code: 'not-found', message: 'Aucun document «\u00a0no-such-plan\u00a0» ne vous est accessible en lecture.' } });
    expect((await call(t, '/api/docs/no-such-plan', { token: owner })).error).toEqual({ code: 'not-found', message: 'There is no document "no-such-plan" that you can read.' });
  });

  it('a viewer who tries to grant access is told in French that only an owner can, and that they are a viewer', async () => {
    const body = JSON.stringify({ access: 'viewer' });
    const grant = { method: 'PUT', token: viewer, body, headers: { 'content-type': 'application/json' } };
    const fr = await call(t, '/api/docs/plan-est/members/olga', { ...grant, headers: { ...grant.headers, ...FRENCH } });
    const en = await call(t, '/api/docs/plan-est/members/olga', grant);
    expect(fr).toEqual({ status: 403, error: { code: 'not-owner', message: 'Seul un propriétaire de «\u00a0plan-est\u00a0» peut modifier les accès\u00a0; vous en êtes lecteur.' } });
    expect(en).toEqual({ status: 403, error: { code: 'not-owner', message: 'Only an owner of "plan-est" can change who has access; you are a viewer.' } });
  });

  it('a body that is not JSON, and a body the route cannot take, are refused in French with the English codes', async () => {
    const notJson = await call(t, '/api/docs', { method: 'POST', token: owner, body: '{oops', headers: { 'content-type': 'application/json', ...FRENCH } });
    expect(notJson.status).toBe(400);
    expect(notJson.error.code).toBe('bad-json');
    expect(notJson.error.message).toMatch(/^Le corps de la requête n’est pas du JSON valide\u00a0: /);
    const wrong = await call(t, '/api/docs/plan-est/members/vera', { method: 'PUT', token: owner, body: JSON.stringify({ access: 'boss' }), headers: { 'content-type': 'application/json', ...FRENCH } });
    expect(wrong).toEqual({ status: 400, error: { code: 'bad-access', message: 'Indiquez {"access": "viewer" | "commenter" | "editor" | "owner"}.' } });
  });

  it('a viewer who tries to save a version is told in French that only editors and owners can, 403 not-an-editor as in English', async () => {
    const save = { method: 'POST', token: viewer, body: JSON.stringify({ name: 'Projet envoyé à l’UNCT' }), headers: { 'content-type': 'application/json' } };
    const fr = await call(t, '/api/docs/plan-est/versions', { ...save, headers: { ...save.headers, ...FRENCH } });
    const en = await call(t, '/api/docs/plan-est/versions', save);
    expect(fr).toEqual({
      status: 403,
      error: { code: 'not-an-editor', message: 'Seuls les rédacteurs et les propriétaires de «\u00a0plan-est\u00a0» peuvent en enregistrer une version\u00a0; vous pouvez le lire. Demandez à son propriétaire un accès en modification.' },
    });
    expect(en).toEqual({ status: 403, error: { code: 'not-an-editor', message: 'Only editors and owners of "plan-est" can save a version of it; you can read it. Ask its owner for edit access.' } });
  });

  it('an unknown endpoint and a wrong method are answered in French, 404 and 405 with their usual codes', async () => {
    expect(await call(t, '/api/nothing', { headers: FRENCH })).toEqual({
      status: 404,
      error: { code: 'no-such-endpoint', message: 'Rien n’est servi à l’adresse /api/nothing. L’API est décrite dans server/README.md.' },
    });
    expect(await call(t, '/api/keys', { method: 'POST', headers: FRENCH })).toEqual({ status: 405, error: { code: 'method-not-allowed', message: 'POST n’est pas pris en charge ici\u00a0; utilisez GET.' } });
  });

  it('a reader whose only language the product does not speak is answered in English', async () => {
    expect((await call(t, '/api/nothing', { headers: { 'accept-language': 'de-DE,de;q=0.9' } })).error.message).toBe('Nothing is served at /api/nothing. See server/README.md for the API.');
  });

  it('English placed before French in Accept-Language wins, as the reader asked', async () => {
    expect((await call(t, '/api/nothing', { headers: { 'accept-language': 'en-GB,fr;q=0.8' } })).error.message).toBe('Nothing is served at /api/nothing. See server/README.md for the API.');
  });
});

describe('the rate limit in French', () => {
  it('a client over the limit is told in French when to try again, 429 too-many-requests as in English', async () => {
    const t = await startTestServer({ httpRateLimit: { max: 2, windowMs: 60_000 } });
    try {
      await call(t, '/api/keys');
      await call(t, '/api/keys');
      const over = await call(t, '/api/keys', { headers: FRENCH });
      expect(over.status).toBe(429);
      expect(over.error.code).toBe('too-many-requests');
      expect(over.error.message).toMatch(/^Trop de requêtes depuis votre adresse\u00a0; réessayez dans \d+ secondes?\.$/);
    } finally {
      await t.stop();
    }
  });
});
