// The web workspace's addresses and sign-in calls, without a browser: where a person goes after signing in, which
// page an address opens, and what the sign-in calls make of the server's answers (shared/api/session.ts).
import { describe, expect, it } from 'vitest';
import { notFoundPage } from '../../web/app/not-found-page.js';
import { homePage } from '../../web/home/home-page.js';
import { pageFor } from '../../web/app/router.js';
import { ROUTES } from '../../web/app/routes.js';
import { ApiClient, type ApiFetch } from '../../shared/api/client.js';
import { signIn, signOut } from '../../web/app/session-api.js';
import { safeNext } from '../../shared/links/safe-next.js';

/** A client of this page's origin whose fetch answers one status, headers and body, and records what it was asked. */
function answering(status: number, body: unknown = {}, headers: Record<string, string> = {}): ApiClient & { calls: Array<{ url: string; method: string; body?: string }> } {
  const calls: Array<{ url: string; method: string; body?: string }> = [];
  const fetcher: ApiFetch = async (url, init) => {
    calls.push({ url, method: init.method, ...(init.body ? { body: init.body } : {}) });
    return { status, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null }, text: async () => JSON.stringify(body), arrayBuffer: async () => new ArrayBuffer(0) };
  };
  return Object.assign(new ApiClient({ baseUrl: '', token: '', fetch: fetcher }), { calls });
}

describe('where a person goes after signing in', () => {
  it('a path of this site is kept, with its query and block anchor', () => {
    expect(safeNext('/d/tm-north?x=1#T-3')).toBe('/d/tm-north?x=1#T-3');
  });

  it('anything that could lead to another site, or nothing, goes home', () => {
    for (const bad of ['//evil.example/d/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', 'd/x', '', null, undefined]) expect(safeNext(bad)).toBe('/');
  });

  it('attack: a path whose dot segments or escapes resolve to "//host" (a link to another site) goes home', () => {
    // "/.//evil.example" is a path of this site, but resolved it becomes "//evil.example", which a browser (and a
    // Location header) reads as another site.
    for (const bad of ['/.//evil.example/phish', '/..//evil.example', '/a/..//evil.example', '/%2e//evil.example', '/./\\evil.example', '/.\\/evil.example']) {
      expect(safeNext(bad)).toBe('/');
    }
    expect(safeNext('/d/tm-north/../tm-south')).toBe('/d/tm-south');
  });
});

describe('the page an address opens', () => {
  it('"/" opens the home page', () => {
    expect(pageFor('/', ROUTES)).toBe(homePage);
  });

  it('"/d/<docId>" opens a document page, and a deeper or unknown address the "not found" page', () => {
    expect(pageFor('/d/tm-north', ROUTES)).not.toBe(notFoundPage);
    for (const view of ['history', 'changes', 'read']) expect(pageFor(`/d/tm-north/${view}`, ROUTES)).not.toBe(notFoundPage);
    for (const path of ['/d/', '/d/a/b/c', '/d/tm-north/admin', '/nothing', '/d/%E0%A4%A']) expect(pageFor(path, ROUTES)).toBe(notFoundPage);
  });
});

describe('signing in through the session contract', () => {
  it('sends the token to POST /api/session and returns the session it answers', async () => {
    const session = { me: { username: 'amina', name: 'Amina Diallo', offices: [], timeZone: 'UTC' }, idleExpiresAt: '2026-12-02T18:00:00Z', expiresAt: '2026-12-03T10:00:00Z' };
    const f = answering(200, session);
    expect(await signIn(f, 'tok')).toEqual({ ok: true, session });
    expect(f.calls).toEqual([{ url: '/api/session', method: 'POST', body: '{"token":"tok"}' }]);
  });

  it('a refused token says it was not recognised', async () => {
    const r = await signIn(answering(401, { error: { code: 'unauthorized', message: 'x' } }), 'bad');
    expect(r).toMatchObject({ ok: false, problem: { kind: 'wrong-token', message: expect.stringContaining('not recognised') } });
  });

  it('too many attempts say how many seconds to wait, from Retry-After', async () => {
    const r = await signIn(answering(429, {}, { 'retry-after': '17' }), 'tok');
    expect(r).toEqual({ ok: false, problem: { kind: 'too-many', message: 'Too many attempts to sign in. Try again in 17 seconds.' } });
  });

  it('no answer says the server could not be reached', async () => {
    const r = await signIn(new ApiClient({ baseUrl: '', token: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), 'tok');
    expect(r).toMatchObject({ ok: false, problem: { kind: 'unreachable' } });
  });

  it('signing out everywhere calls DELETE /api/sessions, and a refusal is an error with the server\'s words', async () => {
    const f = answering(200, { signedOut: 2, devices: 0 });
    await signOut(f, true);
    expect(f.calls).toEqual([{ url: '/api/sessions', method: 'DELETE' }]);
    await expect(signOut(answering(403, { error: { code: 'bad-origin', message: 'Sign out from the workspace page.' } }), false)).rejects.toThrow('Sign out from the workspace page.');
  });
});
