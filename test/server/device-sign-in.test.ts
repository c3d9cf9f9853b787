// A device (the Obsidian plugin) signs in through the browser (issue 14): the browser, signed in by its cookie, allows
// the device and gets a one-time code; the device trades the code and its PKCE verifier for a token of its own; the
// person lists their devices and signs one out. The attacks are written as the attack: a stolen code without its
// verifier, a code used twice or late, a page of another site allowing a device, a disabled person, another person's tokens.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_CODE_TTL_MS, deviceReturnLink } from '../../shared/api/sign-in.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { connectClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { browserCall, signIn } from '../support/web-session.js';

const EVIL = 'https://evil.example';

/** A PKCE pair as the plugin makes it: a random verifier and base64url(SHA-256(verifier)). */
function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

const STATE = 'state-0123456789abcdef';

describe('a device signs in through the browser', () => {
  let t: TestServer;
  let amina: string;
  /** Moves the server's clock forward (the expiry test). */
  let skewMs = 0;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(Date.now() + skewMs) });
    amina = await t.addUser('amina', { name: 'Amina Diallo', grants: { 'tm-north': 'editor' } });
  });
  afterAll(() => t.stop());

  /** The browser part: Amina's signed-in page allows a device; answers the code and the verifier the device kept. */
  async function allow(token = amina, device = 'Obsidian on LAPTOP-JUBA-04'): Promise<{ code: string; verifier: string; body: any }> {
    const { cookie } = await signIn(t, token);
    const { verifier, challenge } = pkce();
    const r = await browserCall(t, '/api/device-codes', cookie, { method: 'POST', body: { challenge, state: STATE, device } });
    expect(r.status).toBe(200);
    return { code: r.body.code, verifier, body: r.body };
  }

  const exchange = (code: string, verifier: string) => t.api('/api/device-tokens', { method: 'POST', body: { code, verifier } });

  it('allowing a device answers the obsidian:// link back to it, with the code, the state and this server', async () => {
    const { code, body } = await allow();
    expect(body.redirect).toBe(deviceReturnLink(code, STATE, t.httpUrl));
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(DEVICE_CODE_TTL_MS);
  });

  it('the code and its verifier give the device a working token of its own, labelled as the device and audited', async () => {
    const { code, verifier } = await allow(amina, 'Obsidian on FIELD-TABLET');
    const r = await exchange(code, verifier);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ username: 'amina', name: 'Amina Diallo' });
    expect((await t.api('/api/me', { token: r.body.token })).body.username).toBe('amina');
    const mine = await t.api('/api/me/tokens', { token: amina });
    expect(mine.body.tokens).toContainEqual(expect.objectContaining({ id: r.body.tokenId, kind: 'device', label: 'Obsidian on FIELD-TABLET', state: 'live' }));
    const audit = await t.server.storage.queryAudit({ actor: 'amina', kind: 'device-token-issued' });
    expect(audit.map((e) => e.detail.device)).toContain('Obsidian on FIELD-TABLET');
    expect((await t.server.storage.queryAudit({ actor: 'amina', kind: 'device-allowed' })).length).toBeGreaterThan(0);
  });

  it('attack: a stolen code with a wrong verifier is refused, and the code then no longer works with the right one', async () => {
    const { code, verifier } = await allow();
    const wrong = await exchange(code, pkce().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/not valid/);
    const right = await exchange(code, verifier);
    expect(right.status).toBe(400);
    expect(right.body.token).toBeUndefined();
  });

  it('attack: a code used a second time is refused', async () => {
    const { code, verifier } = await allow();
    expect((await exchange(code, verifier)).status).toBe(200);
    const again = await exchange(code, verifier);
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid-device-code');
  });

  it('attack: a code traded after it expired is refused', async () => {
    const { code, verifier } = await allow();
    skewMs = DEVICE_CODE_TTL_MS + 1000;
    try {
      expect((await exchange(code, verifier)).status).toBe(400);
    } finally {
      skewMs = 0;
    }
  });

  it('attack: a person allowing devices in a loop is stopped (429) before they push another person’s waiting code out or grow the audit trail a row a request', async () => {
    const carol = await t.addUser('carol');
    const waiting = await allow(carol);
    const mallory = await t.addUser('mallory');
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const r = await t.api('/api/device-codes', { method: 'POST', token: mallory, body: { challenge: pkce().challenge, state: STATE, device: `Flood ${i}` } });
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.body.error.code).toBe('too-many-requests');
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    expect((await t.server.storage.queryAudit({ actor: 'mallory', kind: 'device-allowed' })).length).toBeLessThan(100);
    expect((await exchange(waiting.code, waiting.verifier)).status).toBe(200);
  });

  it('attack: a page on another site makes the signed-in browser allow a device; refused 403 and no code is issued', async () => {
    const { cookie } = await signIn(t, amina);
    const before = (await t.server.storage.queryAudit({ actor: 'amina', kind: 'device-allowed' })).length;
    const forged = await browserCall(t, '/api/device-codes', cookie, { method: 'POST', origin: EVIL, body: { challenge: pkce().challenge, state: STATE, device: 'Evil laptop' } });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('cross-site-request');
    expect(forged.body.code).toBeUndefined();
    expect((await t.server.storage.queryAudit({ actor: 'amina', kind: 'device-allowed' })).length).toBe(before);
  });

  it('attack: the code of a person disabled after allowing the device is refused', async () => {
    const bruno = await t.addUser('bruno');
    const { code, verifier } = await allow(bruno);
    await t.server.storage.setDisabled('bruno', true, new Date().toISOString());
    const r = await exchange(code, verifier);
    expect(r.status).toBe(401);
    expect(r.body.error.message).toMatch(/disabled/);
    expect((await t.server.storage.listTokens('bruno')).filter((row) => row.kind === 'device')).toEqual([]);
  });

  it('attack: guessing codes from one address is refused with 429 and Retry-After once its allowance is spent', async () => {
    const local = await startTestServer({ rateLimits: { failedAuthPerAddress: { points: 3, durationSec: 60 } } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${local.httpUrl}/api/device-tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: `guess-${i}`, verifier: pkce().verifier }) });
        statuses.push(res.status);
        retryAfter = res.headers.get('retry-after') ?? retryAfter;
      }
      expect(statuses.at(-1)).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await local.stop();
    }
  });

  it('signing out a device closes its live connection within seconds, and its token stops working', async () => {
    await t.createDoc('tm-north');
    const { code, verifier } = await allow(amina, 'Obsidian on OLD-LAPTOP');
    const device = (await exchange(code, verifier)).body;
    const c = connectClient(t.url, 'tm-north', device.token);
    await c.synced();
    const { cookie } = await signIn(t, amina);
    expect((await browserCall(t, `/api/me/tokens/${device.tokenId}`, cookie, { method: 'DELETE' })).status).toBe(204);
    await waitFor(() => c.closes.some((e) => e.code === CLOSE.UNAUTHORIZED), 'the device connection to close');
    c.destroy();
    expect((await t.api('/api/me', { token: device.token })).status).toBe(401);
    const listed = (await t.api('/api/me/tokens', { token: amina })).body.tokens.find((e: any) => e.id === device.tokenId);
    expect(listed.state).toBe('revoked');
    expect((await t.server.storage.queryAudit({ actor: 'amina', kind: 'tokens-revoked' })).at(-1)?.detail).toMatchObject({ tokenId: device.tokenId });
  });

  it('attack: a device allowed with a stolen browser session stops working, live connection closed, when the person signs out everywhere', async () => {
    const dara = await t.addUser('dara', { grants: { 'tm-dara': 'editor' } });
    await t.createDoc('tm-dara');
    // The thief, holding Dara's session, allows a device of their own: it would outlive the session.
    const { code, verifier } = await allow(dara, 'Obsidian on THIEF-PC');
    const device = (await exchange(code, verifier)).body;
    const c = connectClient(t.url, 'tm-dara', device.token);
    await c.synced();

    const { cookie } = await signIn(t, dara);
    const out = await browserCall(t, '/api/sessions', cookie, { method: 'DELETE' });
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ devices: 1 });
    await waitFor(() => c.closes.some((e) => e.code === CLOSE.UNAUTHORIZED), 'the device connection to close');
    c.destroy();
    expect((await t.api('/api/me', { token: device.token })).status).toBe(401);
    // The access token an administrator gave (a script's, not a device's) keeps working.
    expect((await t.api('/api/me', { token: dara })).status).toBe(200);
    expect((await t.server.storage.queryAudit({ actor: 'dara', kind: 'tokens-revoked' })).at(-1)?.detail).toMatchObject({ revoked: 1, kind: 'device', via: 'signed-out-everywhere' });
  });

  it("attack: a person's token list never shows another person's tokens, and deleting another's token id is 404 and leaves it working", async () => {
    const chidi = await t.addUser('chidi');
    const chidiId = (await t.server.storage.listTokens('chidi'))[0].id;
    const list = await t.api('/api/me/tokens', { token: amina });
    expect(list.body.tokens.map((e: any) => e.id)).not.toContain(chidiId);
    expect(JSON.stringify(list.body)).not.toMatch(/hash/i);
    const forged = await t.api(`/api/me/tokens/${chidiId}`, { method: 'DELETE', token: amina });
    expect(forged.status).toBe(404);
    expect((await t.api('/api/me', { token: chidi })).status).toBe(200);
  });
});
