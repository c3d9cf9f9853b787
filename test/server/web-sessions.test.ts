// Signing in to the web workspace (issue 13): an access token traded for an HttpOnly, SameSite=Strict session cookie,
// which then stands for the person on the API until it is idle too long, too old, signed out, or its token is revoked.
import { execFileSync } from 'node:child_process';
import { request as httpsRequest } from 'node:https';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTokenTtl } from '../../cli/commands/index.js';
import { ApiClient, ApiError } from '../../shared/api/client.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '../../server/auth/web-sessions.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { rawClient, startTestServer, tempDir, type TestServer, waitFor } from '../support/test-server.js';
import { browserCall, cookieFetch, signIn } from '../support/web-session.js';

const HOUR = 60 * 60 * 1000;

describe('web sessions', () => {
  let t: TestServer;
  let clock = Date.parse('2026-12-02T08:00:00Z');
  let amina: string;
  let brian: string;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(clock) });
    amina = await t.addUser('amina', { name: 'Amina Diallo', grants: { north: 'editor' } });
    brian = await t.addUser('brian', { grants: { north: 'viewer' } });
  });
  afterAll(() => t.stop());

  it('signing in answers a session cookie that is HttpOnly, SameSite=Strict, Path=/ and, over http, not Secure', async () => {
    const s = await signIn(t, amina);
    expect(s.status).toBe(200);
    const attributes = s.setCookie!.split(';').slice(1).map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(attributes).not.toContain('Secure');
    expect(s.secret).toMatch(/^pos_[A-Za-z0-9_-]{43}$/);
  });

  it('signing in answers who is signed in, and when the session ends if unused (12 hours) and at the latest (7 days)', async () => {
    const s = await signIn(t, amina);
    expect(s.body.me).toMatchObject({ username: 'amina', name: 'Amina Diallo', timeZone: 'UTC' });
    expect(Date.parse(s.body.idleExpiresAt) - clock).toBe(SESSION_IDLE_MS);
    expect(Date.parse(s.body.expiresAt) - clock).toBe(SESSION_MAX_MS);
    // The secret is in the cookie only, never in the body a script could read.
    expect(JSON.stringify(s.body)).not.toContain(s.secret);
  });

  it('a session signed in with a token that expires in 2 days ends when the token does, not 7 days later', async () => {
    await t.addUser('eve');
    const token = newToken();
    const tokenEnds = new Date(clock + 48 * HOUR).toISOString();
    await t.server.storage.addExpiringToken('eve', hashToken(token), tokenEnds);
    expect((await signIn(t, token)).body.expiresAt).toBe(tokenEnds);
  });

  it('the cookie alone authenticates GET /api/me', async () => {
    const { cookie } = await signIn(t, amina);
    const me = await browserCall(t, '/api/me', cookie);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('amina');
  });

  it("the cookie with the server's own Origin gets a WebSocket ticket (POST /api/tickets) that opens the document", async () => {
    const { cookie } = await signIn(t, amina);
    const answer = await browserCall(t, '/api/tickets', cookie, { method: 'POST', body: { docId: 'north' } });
    expect(answer.status).toBe(200);
    const c = rawClient(t.url, `/north?ticket=${answer.body.ticket}`);
    await waitFor(() => c.messages.length > 0, 'the document to open with the ticket');
    c.ws.close();
  });

  it('a session unused for more than 12 hours is refused with 401, and the browser is told to forget the cookie', async () => {
    const { cookie } = await signIn(t, amina);
    clock += SESSION_IDLE_MS + 1;
    const refused = await browserCall(t, '/api/me', cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/session has ended; sign in again/);
    expect(refused.setCookie).toMatch(/^poc_session=;.*Max-Age=0/);
  });

  it('each use moves the idle expiry later: a session used every 11 hours stays signed in past 12 hours', async () => {
    const { cookie } = await signIn(t, amina);
    for (let i = 0; i < 3; i++) {
      clock += 11 * HOUR;
      expect((await browserCall(t, '/api/me', cookie)).status).toBe(200);
    }
  });

  it('a session used all along ends 7 days after sign-in all the same', async () => {
    const { cookie } = await signIn(t, amina);
    const end = clock + SESSION_MAX_MS;
    while (clock + 11 * HOUR < end) {
      clock += 11 * HOUR;
      expect((await browserCall(t, '/api/me', cookie)).status).toBe(200);
    }
    clock = end;
    expect((await browserCall(t, '/api/me', cookie)).status).toBe(401);
  });

  it('signing out ends the session: the answer clears the cookie and the old cookie is refused after', async () => {
    const { cookie } = await signIn(t, amina);
    const out = await browserCall(t, '/api/session', cookie, { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/^poc_session=;.*Max-Age=0/);
    expect((await browserCall(t, '/api/me', cookie)).status).toBe(401);
  });

  it('the store keeps only the hash of the secret, and forgets an ended session at the next sign-in', async () => {
    const { cookie, secret } = await signIn(t, amina);
    expect(await t.server.storage.findWebSession(secret)).toBeUndefined();
    expect(await t.server.storage.findWebSession(hashToken(secret))).toMatchObject({ username: 'amina', revokedAt: null });
    await browserCall(t, '/api/session', cookie, { method: 'DELETE' });
    await signIn(t, amina);
    expect(await t.server.storage.findWebSession(hashToken(secret))).toBeUndefined();
  });

  it("signing out closes the document the page opened with its session's ticket (4401)", async () => {
    const { cookie } = await signIn(t, amina);
    const { ticket } = (await browserCall(t, '/api/tickets', cookie, { method: 'POST', body: { docId: 'north' } })).body;
    const c = rawClient(t.url, `/north?ticket=${ticket}`);
    await waitFor(() => c.messages.length > 0, 'the document to open with the ticket');
    await browserCall(t, '/api/session', cookie, { method: 'DELETE' });
    expect(await c.closed).toMatchObject({ code: CLOSE.UNAUTHORIZED });
  });

  it("signing out everywhere closes the document open in the person's other browser, not a colleague's", async () => {
    const laptop = await signIn(t, brian);
    const phone = await signIn(t, brian);
    const colleague = await signIn(t, amina);
    const open = async (cookie: string) => {
      const c = rawClient(t.url, `/north?ticket=${(await browserCall(t, '/api/tickets', cookie, { method: 'POST', body: {} })).body.ticket}`);
      await waitFor(() => c.messages.length > 0, 'the document to open');
      return c;
    };
    const [onPhone, onColleague] = [await open(phone.cookie), await open(colleague.cookie)];
    await browserCall(t, '/api/sessions', laptop.cookie, { method: 'DELETE' });
    expect(await onPhone.closed).toMatchObject({ code: CLOSE.UNAUTHORIZED });
    // After one more pass of the server's check, the colleague's connection still answers: a sync request (an empty
    // state vector) gets the document back, where a closed one would end instead.
    await t.server.revalidate();
    const before = onColleague.messages.length;
    onColleague.send(new Uint8Array([0, 0, 1, 0]));
    expect(await Promise.race([onColleague.closed.then(() => 'closed'), waitFor(() => onColleague.messages.length > before, 'an answer').then(() => 'answered')])).toBe('answered');
    onColleague.ws.close();
  });

  it('a ticket asked for before signing out no longer opens the document after (4401)', async () => {
    const { cookie } = await signIn(t, amina);
    const { ticket } = (await browserCall(t, '/api/tickets', cookie, { method: 'POST', body: {} })).body;
    await browserCall(t, '/api/session', cookie, { method: 'DELETE' });
    expect(await rawClient(t.url, `/north?ticket=${ticket}`).closed).toMatchObject({ code: CLOSE.UNAUTHORIZED, reason: expect.stringMatching(/signed out/) });
  });

  it("signing out everywhere ends the person's session in a second browser, and no one else's", async () => {
    const laptop = await signIn(t, brian);
    const phone = await signIn(t, brian);
    const colleague = await signIn(t, amina);
    const out = await browserCall(t, '/api/sessions', laptop.cookie, { method: 'DELETE' });
    expect(out.status).toBe(200);
    expect(out.body.signedOut).toBeGreaterThanOrEqual(2);
    expect((await browserCall(t, '/api/me', phone.cookie)).status).toBe(401);
    expect((await browserCall(t, '/api/me', laptop.cookie)).status).toBe(401);
    expect((await browserCall(t, '/api/me', colleague.cookie)).status).toBe(200);
  });

  it('revoking the access token ("poc user revoke") ends the sessions signed in with it', async () => {
    const token = await t.addUser('chidi', { grants: { north: 'viewer' } });
    const { cookie } = await signIn(t, token);
    expect((await browserCall(t, '/api/me', cookie)).status).toBe(200);
    await t.server.storage.revokeTokens('chidi');
    const refused = await browserCall(t, '/api/me', cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/session has ended: this token was revoked/);
  });

  it('the bearer header wins over the cookie when a request carries both', async () => {
    const { cookie } = await signIn(t, amina);
    const res = await fetch(`${t.httpUrl}/api/me`, { headers: { cookie, authorization: `Bearer ${brian}` } });
    expect(((await res.json()) as { username: string }).username).toBe('brian');
  });

  it('the audit trail records the sign-in, the sign-out and the sign-out everywhere, with the session and the address', async () => {
    const token = await t.addUser('dana');
    const first = await signIn(t, token);
    const second = await signIn(t, token);
    await browserCall(t, '/api/session', first.cookie, { method: 'DELETE' });
    await browserCall(t, '/api/sessions', second.cookie, { method: 'DELETE' });
    const entries = await t.server.storage.queryAudit({ actor: 'dana' });
    expect(entries.map((e) => e.kind)).toEqual(['signed-in', 'signed-in', 'signed-out', 'signed-out-everywhere']);
    expect(entries[2].detail.session).toBe(entries[0].detail.session);
    expect(entries[3].detail.count).toBe(1);
    expect(entries.every((e) => e.detail.remoteAddress === '127.0.0.1')).toBe(true);
  });
});

describe('web sessions when the audit trail cannot be written', () => {
  let t: TestServer;
  let amina: string;

  beforeAll(async () => {
    t = await startTestServer();
    amina = await t.addUser('amina');
  });
  afterAll(() => t.stop());

  /** Makes every insert into the audit table fail from now on (as a full disk would), through a connection of its own. */
  const breakAuditTrail = () => {
    const db = new Database(join(t.dataDir, 'poc.sqlite'));
    db.exec("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END;");
    db.close();
  };

  it('signing in is refused with 503 "unrecorded" and sets no cookie, while signing out still ends the session', async () => {
    const before = await signIn(t, amina);
    breakAuditTrail();
    const refused = await signIn(t, amina);
    expect(refused).toMatchObject({ status: 503, setCookie: null, body: { error: { code: 'unrecorded' } } });
    expect((await browserCall(t, '/api/session', before.cookie, { method: 'DELETE' })).status).toBe(204);
    expect((await browserCall(t, '/api/me', before.cookie)).status).toBe(401);
  });
});

describe('the API client in a browser (no token, the session cookie)', () => {
  let t: TestServer;
  let amina: string;

  beforeAll(async () => {
    t = await startTestServer();
    amina = await t.addUser('amina', { grants: { north: 'editor' } });
  });
  afterAll(() => t.stop());

  it('signIn, then calls as the person, then signOut leaves the client refused with 401', async () => {
    const f = cookieFetch(t);
    const api = new ApiClient({ baseUrl: '', token: '', fetch: f });
    expect((await api.signIn(amina)).me.username).toBe('amina');
    expect((await api.me()).username).toBe('amina');
    expect((await api.ticket('north')).ticket).toMatch(/^pot_/);
    await api.signOut();
    expect(f.cookie()).toBe('');
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
  });

  it('signOutEverywhere answers how many sessions ended', async () => {
    const other = new ApiClient({ baseUrl: '', token: '', fetch: cookieFetch(t) });
    await other.signIn(amina);
    const api = new ApiClient({ baseUrl: '', token: '', fetch: cookieFetch(t) });
    await api.signIn(amina);
    expect((await api.signOutEverywhere()).signedOut).toBe(2);
    await expect(other.me()).rejects.toBeInstanceOf(ApiError);
  });

  it('a wrong token is an ApiError 401 whose message says the token was not accepted', async () => {
    const api = new ApiClient({ baseUrl: '', token: '', fetch: cookieFetch(t) });
    await expect(api.signIn('poc_not-a-real-token')).rejects.toMatchObject({ status: 401, serverMessage: expect.stringMatching(/access token was not accepted/) });
  });
});

describe('web sessions over https', () => {
  const tmp = tempDir('poc-session-tls-');
  let t: TestServer;
  let ca: Buffer;

  beforeAll(async () => {
    const certFile = join(tmp.dir, 'server.crt');
    const keyFile = join(tmp.dir, 'server.key');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
    ca = execFileSync('cat', [certFile]);
    t = await startTestServer({ tls: { certFile, keyFile } });
  });
  afterAll(async () => {
    await t.stop();
    tmp.remove();
  });

  it('signing in over https answers the cookie with Secure as well', async () => {
    const token = await t.addUser('amina');
    const setCookie = await new Promise<string | undefined>((resolve, reject) => {
      const req = httpsRequest(`${t.httpUrl}/api/session`, { method: 'POST', ca, headers: { 'content-type': 'application/json', origin: t.httpUrl } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.headers['set-cookie']?.[0]));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ token }));
    });
    expect(setCookie?.split(';').map((a) => a.trim())).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure']));
  });
});

describe('web sessions behind a reverse proxy that ends TLS', () => {
  let t: TestServer;
  let amina: string;

  beforeAll(async () => {
    t = await startTestServer({ trustedProxies: ['127.0.0.1'] });
    amina = await t.addUser('amina');
  });
  afterAll(() => t.stop());

  /** Signs in as a browser on https://<host> would through the proxy, which says so in X-Forwarded-Proto. */
  const viaProxy = (proto: string) =>
    fetch(`${t.httpUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto, origin: t.httpUrl.replace('http:', `${proto}:`) },
      body: JSON.stringify({ token: amina }),
    });

  it('a trusted proxy saying the browser came over https gets a Secure cookie, and the https page is its own origin', async () => {
    const res = await viaProxy('https');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('without --trust-proxy, X-Forwarded-Proto is not believed: an https Origin is another site', async () => {
    const u = await startTestServer();
    try {
      const token = await u.addUser('amina');
      const res = await fetch(`${u.httpUrl}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', origin: u.httpUrl.replace('http:', 'https:') },
        body: JSON.stringify({ token }),
      });
      expect(res.status).toBe(403);
    } finally {
      await u.stop();
    }
  });
});

describe('poc serve --session-idle and --session-max', () => {
  it('the server settings shorten the sessions it starts', async () => {
    const clock = Date.parse('2026-12-02T08:00:00Z');
    const u = await startTestServer({ now: () => new Date(clock), sessionIdleMs: HOUR, sessionMaxMs: 8 * HOUR });
    try {
      const s = await signIn(u, await u.addUser('amina'));
      expect([Date.parse(s.body.idleExpiresAt) - clock, Date.parse(s.body.expiresAt) - clock]).toEqual([HOUR, 8 * HOUR]);
    } finally {
      await u.stop();
    }
  });

  it('read a lifetime in days, hours or minutes', () => {
    expect(parseTokenTtl('12h', '--session-idle', false)).toBe(12 * HOUR);
    expect(parseTokenTtl('7d', '--session-max', false)).toBe(7 * 24 * HOUR);
  });

  it('refuse "none", naming the flag: a session always ends', () => {
    expect(() => parseTokenTtl('none', '--session-max', false)).toThrow(/--session-max "none" is not a lifetime: .* 30m\.$/);
  });
});
