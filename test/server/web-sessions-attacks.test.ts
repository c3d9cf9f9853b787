// Attacks on the web workspace's sign-in (issue 13), each written as the attack: a page of another site driving the
// person's browser (cross-site request forgery, login CSRF), guessing tokens at the sign-in form, a WebSocket opened
// with the cookie, and the session's secret looked for where it must never be (the audit trail, the server's log).
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE } from '../../server/sync/close-codes.js';
import { approvableMatrix, currentHash } from '../support/sign-off.js';
import { startTestServer, storeDocument, type TestServer, withLayout } from '../support/test-server.js';
import { browserCall, signIn } from '../support/web-session.js';

const TODAY = '2026-06-15';
const EVIL = 'https://evil.example';

describe('cross-site requests with the session cookie', () => {
  let t: TestServer;
  let owner: string;
  let hoo: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    let tick = 0;
    t = await startTestServer({ logger: pino({ level: 'debug' }, sink), now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    owner = await t.addUser('owner', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { name: 'Head of Office', offices: ['head-of-office'], grants: { '*': 'viewer' } });
    await t.addUser('mallory');
    await storeDocument(t, owner, approvableMatrix('tm-north', TODAY));
  });
  afterAll(() => t.stop());

  it("attack: a page on another site posts an approval with the Head of Office's cookie; refused 403 and nothing is signed", async () => {
    const { cookie } = await signIn(t, hoo);
    const body = { role: 'head-of-office', decision: 'approved', contentHash: await currentHash(t, 'tm-north', hoo) };
    const forged = await browserCall(t, '/api/docs/tm-north/signoffs', cookie, { method: 'POST', origin: EVIL, body });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('cross-site-request');
    expect(forged.body.error.message).toMatch(/sent from another site \(https:\/\/evil\.example\).*open the workspace at http:\/\/127\.0\.0\.1:\d+/);
    expect(await t.server.storage.listSignoffs('tm-north')).toEqual([]);
    // The same request from the server's own page is what the person can do.
    expect((await browserCall(t, '/api/docs/tm-north/signoffs', cookie, { method: 'POST', body })).status).toBe(201);
  });

  it("attack: a page on another site makes the owner's browser give itself access; refused 403 and the grants are unchanged", async () => {
    await t.createDoc('plan-east', 'owner');
    const { cookie } = await signIn(t, owner);
    const forged = await browserCall(t, '/api/docs/plan-east/members/mallory', cookie, { method: 'PUT', origin: EVIL, body: { access: 'editor' } });
    expect(forged.status).toBe(403);
    expect((await t.server.storage.grantsFor('plan-east')).map((g) => g.username)).not.toContain('mallory');
  });

  it('attack: a cookie request that changes something but says no Origin is refused 403, and nothing changed', async () => {
    await t.createDoc('plan-west', 'owner');
    const { cookie } = await signIn(t, owner);
    const forged = await browserCall(t, '/api/docs/plan-west/members/mallory', cookie, { method: 'PUT', origin: null, body: { access: 'editor' } });
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toMatch(/did not say which page sent it/);
    expect((await t.server.storage.grantsFor('plan-west')).map((g) => g.username)).not.toContain('mallory');
  });

  it('attack: a page on another site signs the person out everywhere; refused 403 and the session still works', async () => {
    const { cookie } = await signIn(t, owner);
    expect((await browserCall(t, '/api/sessions', cookie, { method: 'DELETE', origin: EVIL })).status).toBe(403);
    expect((await browserCall(t, '/api/me', cookie)).status).toBe(200);
  });

  it("attack (login CSRF): a page on another site signs the browser in with the attacker's token; refused 403 and no cookie is set", async () => {
    const mallory = await t.addUser('mallory2');
    const forged = await signIn(t, mallory, EVIL);
    expect(forged.status).toBe(403);
    expect(forged.setCookie).toBeNull();
    expect(await t.server.storage.queryAudit({ actor: 'mallory2', kind: 'signed-in' })).toEqual([]);
  });

  it('attack: a WebSocket upgrade that carries only the session cookie is refused (4401): the page must use a ticket', async () => {
    const { cookie } = await signIn(t, owner);
    const ws = new WebSocket(withLayout(`${t.url}/tm-north`), { headers: { cookie, origin: t.httpUrl } });
    ws.on('error', () => {});
    const closed = await new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    expect(closed).toBe(CLOSE.UNAUTHORIZED);
  });

  it("the session's secret and the access token appear nowhere in the audit trail or the server's log", async () => {
    const token = await t.addUser('ellen', { grants: { 'tm-north': 'viewer' } });
    const s = await signIn(t, token);
    await browserCall(t, '/api/me', s.cookie);
    await browserCall(t, '/api/tickets', s.cookie, { method: 'POST', body: {} });
    await browserCall(t, '/api/tickets', s.cookie, { method: 'POST', origin: EVIL, body: {} });
    await browserCall(t, '/api/session', s.cookie, { method: 'DELETE' });
    await browserCall(t, '/api/me', s.cookie);
    const audit = JSON.stringify(await t.server.storage.queryAudit({}));
    expect(audit).toContain('signed-in');
    expect(logLines.length).toBeGreaterThan(0);
    for (const secret of [s.secret, token]) {
      expect(audit).not.toContain(secret);
      expect(logLines.join('\n')).not.toContain(secret);
    }
  });
});

describe('guessing tokens at the sign-in form', () => {
  let t: TestServer;
  let amina: string;

  beforeAll(async () => {
    t = await startTestServer({ rateLimits: { failedAuthPerAddress: { points: 3, durationSec: 60 } } });
    amina = await t.addUser('amina');
  });
  afterAll(() => t.stop());

  it('an ended session cookie is refused 401 without using up the address allowance (a colleague can still sign in)', async () => {
    const { cookie } = await signIn(t, amina);
    await browserCall(t, '/api/session', cookie, { method: 'DELETE' });
    for (let i = 0; i < 5; i++) expect((await browserCall(t, '/api/me', cookie)).status).toBe(401);
    expect((await signIn(t, amina)).status).toBe(200);
  });

  it('attack: wrong tokens get 401 until the allowance is spent, then 429 with Retry-After, even for a right token, and each is audited', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await signIn(t, `poc_guess-${i}`));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401]);
    expect(answers[0].body.error.message).toMatch(/access token was not accepted: unknown token/);
    const spent = await signIn(t, amina);
    expect(spent.status).toBe(429);
    expect(spent.body.error.code).toBe('too-many-failed-logins');
    expect(Number(spent.retryAfter)).toBeGreaterThan(0);
    expect(spent.setCookie).toBeNull();
    const rejected = await t.server.storage.queryAudit({ kind: 'login-rejected' });
    expect(rejected[0].detail).toMatchObject({ via: 'api', remoteAddress: '127.0.0.1' });
  });
});
