// Guessing tokens from one address, written as the attack of issue 10: after a few failures the address is refused
// before its token is looked at (HTTP 429 with Retry-After, WebSocket 4529), and the audit trail holds a count, not a
// row per attempt.
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { DEFAULT_RATE_LIMITS } from '../../server/rate-limits.js';
import { rawClient, startTestServer, type TestServer } from '../support/test-server.js';

describe('failed logins and connects per address', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('a burst of 500 bad tokens from one address gets 429 and 4529 after the limit and leaves a handful of audit rows with the count', async () => {
    t = await startTestServer();
    const good = await t.addUser('amina', { grants: { '*': 'editor' } });
    const limit = DEFAULT_RATE_LIMITS.failedAuthPerAddress.points;

    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(Array.from({ length: 45 }, (_, i) => t!.api('/api/me', { token: `poc_guess-${batch}-${i}` })));
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses.filter((s) => s === 401).length).toBe(limit);
    expect(statuses.filter((s) => s === 429).length).toBe(450 - limit);

    const refused = await fetch(`${t.httpUrl}/api/me`, { headers: { authorization: 'Bearer poc_one-more-guess' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too-many-failed-logins');

    // The WebSocket is refused too, before the token is checked: even a right token from this address.
    const closes = await Promise.all(Array.from({ length: 49 }, (_, i) => rawClient(t!.url, `/tm-north?token=poc_ws-guess-${i}`).closed));
    expect(closes.every((c) => c.code === CLOSE.RATE_LIMITED && /too many failed logins/.test(c.reason))).toBe(true);
    expect(await rawClient(t.url, `/tm-north?token=${good}`).closed).toMatchObject({ code: CLOSE.RATE_LIMITED });

    await t.stop(true);
    const store = SqliteStorage.open({ file: `${t.dataDir}/poc.sqlite`, synchronous: 'normal', compactAfter: 300 });
    try {
      const rows = await store.queryAudit({ kind: 'login-rejected' });
      expect(rows.length).toBeLessThanOrEqual(3);
      // 450 + 1 over HTTP, 49 + 1 over the WebSocket: every attempt is counted.
      expect(rows.reduce((n, r) => n + Number(r.detail.count), 0)).toBe(501);
      expect(rows.every((r) => r.detail.remoteAddress === '127.0.0.1' && typeof r.detail.first === 'string' && typeof r.detail.last === 'string')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('a valid account asking 300 times for a document it cannot read leaves a bounded number of audit rows, every attempt counted', async () => {
    t = await startTestServer();
    await t.addUser('owner');
    await t.createDoc('tm-secret', 'owner');
    const outsider = await t.addUser('outsider');
    for (let batch = 0; batch < 6; batch++) {
      const closes = await Promise.all(Array.from({ length: 50 }, () => rawClient(t!.url, `/tm-secret?token=${outsider}`).closed));
      expect(closes.every((c) => c.code === CLOSE.FORBIDDEN)).toBe(true);
    }
    await t.stop(true);
    const store = SqliteStorage.open({ file: `${t.dataDir}/poc.sqlite`, synchronous: 'normal', compactAfter: 300 });
    try {
      const rows = (await store.queryAudit({ kind: 'login-rejected' })).filter((r) => r.detail.remoteAddress === '127.0.0.1');
      // Before: one append-only row per attempt (300), at up to 600 connects a minute per address.
      expect(rows.length).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS.refusedConnectsPerAddress.points + 2);
      expect(rows.reduce((n, r) => n + Number(r.detail.count ?? 1), 0)).toBe(300);
    } finally {
      await store.close();
    }
  });

  it("behind a trusted reverse proxy, a stranger's burst of bad tokens locks out his own address, not a colleague's behind the same proxy", async () => {
    t = await startTestServer({ trustedProxies: ['127.0.0.1'] });
    const good = await t.addUser('amina', { grants: { '*': 'editor' } });
    const via = (client: string, token: string) => fetch(`${t!.httpUrl}/api/me`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client } });
    const statuses = await Promise.all(Array.from({ length: 60 }, (_, i) => via('203.0.113.66', `poc_guess-${i}`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 429).length).toBe(60 - DEFAULT_RATE_LIMITS.failedAuthPerAddress.points);
    // Before: every request came from the proxy's address, so the colleague got 429 with a right token.
    expect((await via('198.51.100.7', good)).status).toBe(200);
    // The stranger writing another address into the header gains nothing: the proxy appends the address it saw, which is read.
    const forged = await fetch(`${t.httpUrl}/api/me`, { headers: { authorization: `Bearer ${good}`, 'x-forwarded-for': '198.51.100.8, 203.0.113.66' } });
    expect(forged.status).toBe(429);
  });

  it('connects from one address past the limit are closed with 4529', async () => {
    t = await startTestServer({ rateLimits: { connectsPerAddress: { points: 5, durationSec: 60 } } });
    const token = await t.addUser('amina', { grants: { '*': 'editor' } });
    const clients = Array.from({ length: 5 }, () => rawClient(t!.url, `/plan?token=${token}`));
    await Promise.all(clients.map((c) => c.opened));
    const sixth = await rawClient(t.url, `/plan?token=${token}`).closed;
    expect(sixth.code).toBe(CLOSE.RATE_LIMITED);
    expect(sixth.reason).toMatch(/too many connections from your address/);
    for (const c of clients) c.ws.close();
  });
});
