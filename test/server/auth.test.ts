// Who may connect: refused connections are closed with a code and reason before any document content is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userRevoke } from '../../cli/commands/index.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { connectClient, rawClient, startTestServer, type TestServer, text, waitFor, withLayout } from '../support/test-server.js';

describe('authentication and access on connect', () => {
  let t: TestServer;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    t = await startTestServer();
    alice = await t.addUser('alice', { grants: { secret: 'owner' } });
    bob = await t.addUser('bob', { grants: { other: 'editor' } });
    // Put real content in "secret", so a leak would be visible.
    const a = connectClient(t.url, 'secret', alice);
    await a.synced();
    a.doc.getText('text').insert(0, 'classified threat assessment');
    await waitFor(async () => (await t.server.storage.loadUpdates('secret')).length > 0, 'the content to be stored');
    a.destroy();
  });
  afterAll(() => t.stop());

  /** Connects raw, waits for the close, and returns it with what was received. */
  async function refused(path: string) {
    const c = rawClient(t.url, path);
    const close = await c.closed;
    return { ...close, received: c.messages.length };
  }

  it('a connection without a token is closed with 4401 and receives nothing', async () => {
    const r = await refused('/secret');
    expect(r).toMatchObject({ code: CLOSE.UNAUTHORIZED, received: 0 });
    expect(r.reason).toMatch(/no token/);
  });

  it('a connection with a wrong token is closed with 4401 and receives nothing', async () => {
    const r = await refused('/secret?token=poc_not-a-real-token');
    expect(r).toMatchObject({ code: CLOSE.UNAUTHORIZED, received: 0 });
    expect(r.reason).toMatch(/unknown token/);
  });

  it('a connection for a document outside the grant is closed with 4403 and receives nothing', async () => {
    const r = await refused(`/secret?token=${bob}`);
    expect(r).toMatchObject({ code: CLOSE.FORBIDDEN, received: 0 });
    expect(r.reason).toMatch(/no access/);
  });

  it('a connection with a revoked token is closed with 4401 and receives nothing', async () => {
    const carol = await t.addUser('carol', { grants: { secret: 'viewer' } });
    await t.server.storage.revokeTokens('carol');
    const r = await refused(`/secret?token=${carol}`);
    expect(r).toMatchObject({ code: CLOSE.UNAUTHORIZED, received: 0 });
    expect(r.reason).toMatch(/revoked/);
  });

  it('the official client is told why and stops reconnecting, with its document still empty', async () => {
    const c = connectClient(t.url, 'secret', bob);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => c.provider.on('closed', (e) => resolve(e)));
    expect(await closed).toMatchObject({ code: CLOSE.FORBIDDEN });
    expect(text(c.doc)).toBe('');
    expect(c.provider.shouldConnect).toBe(false);
    c.destroy();
  });

  it('revoking a user\'s tokens (from the CLI, another process) closes their live connections', async () => {
    const dave = await t.addUser('dave', { grants: { secret: 'editor' } });
    const c = connectClient(t.url, 'secret', dave);
    await c.synced();
    await userRevoke({ data: t.dataDir, username: 'dave', out: () => {} });
    await waitFor(() => c.closes.some((x) => x.code === CLOSE.UNAUTHORIZED), 'the live connection to be closed');
    expect(c.closes.find((x) => x.code === CLOSE.UNAUTHORIZED)?.reason).toMatch(/revoked/);
    c.destroy();
  });

  it('connecting to a new document id does not create it: the connection is refused as for a forbidden one', async () => {
    const r = await refused(`/brand-new?token=${bob}`);
    expect(r).toMatchObject({ code: CLOSE.FORBIDDEN, received: 0 });
    expect(await t.server.storage.getDocument('brand-new')).toBeUndefined();
  });

  it('the token can also come in an Authorization header', async () => {
    const WebSocket = (await import('ws')).default;
    const ws = new WebSocket(withLayout(`${t.url}/secret`), { headers: { authorization: `Bearer ${alice}` } });
    const first = await new Promise<Buffer>((resolve, reject) => {
      ws.once('message', (d: Buffer) => resolve(d));
      ws.once('close', (code) => reject(new Error(`closed ${code}`)));
    });
    expect(first[0]).toBe(0); // a sync message: the server's step 1
    ws.close();
  });

  it('refused logins are in the audit trail: the first bad token of an address at once, each refused access on its own', async () => {
    // Later bad tokens from the same address are summed into one row when its minute ends (test/server/login-limits.test.ts).
    const reasons = (await t.server.storage.queryAudit({ kind: 'login-rejected' })).map((e) => String(e.detail.reason)).join('\n');
    expect(reasons).toMatch(/no token/);
    expect(reasons).toMatch(/no access/);
  });
});
