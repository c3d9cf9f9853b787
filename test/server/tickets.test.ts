// Tickets instead of tokens in WebSocket URLs: an attacker who reads a URL from a proxy log holds at most one used-up ticket.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiClient } from '../../shared/api/client.js';
import { type SocketConstructor, ticketedSocket, ticketsFrom } from '../../shared/api/ticketed-socket.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { connectClient, rawClient, startTestServer, type TestServer, waitFor, withLayout } from '../support/test-server.js';

/** Connects raw and waits: the close the server sent, or "open" once the server sends the document's first sync message. */
async function outcome(url: string, path: string): Promise<{ code: number; reason: string } | 'open'> {
  const c = rawClient(url, path);
  const r = await Promise.race([c.closed, waitFor(() => c.messages.length > 0, 'a first message').then(() => 'open' as const)]);
  c.ws.close();
  return r;
}

describe('WebSocket tickets', () => {
  let t: TestServer;
  let alice: string;
  let clock = Date.now();
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    t = await startTestServer({ now: () => new Date(clock), logger: pino({ level: 'debug' }, sink) });
    alice = await t.addUser('alice', { grants: { north: 'editor', south: 'editor' } });
  });
  afterAll(() => t.stop());

  const ticket = async (body?: unknown) => (await t.api('/api/tickets', { method: 'POST', token: alice, ...(body === undefined ? {} : { body }) })).body as { ticket: string; expiresAt: string };

  it('POST /api/tickets with a token in the Authorization header answers a ticket valid 60 seconds', async () => {
    const { ticket: tk, expiresAt } = await ticket({});
    expect(tk).toMatch(/^pot_/);
    expect(Date.parse(expiresAt) - clock).toBe(60_000);
  });

  it('POST /api/tickets without a valid token is refused with 401', async () => {
    expect((await t.api('/api/tickets', { method: 'POST', body: {} })).status).toBe(401);
    expect((await t.api('/api/tickets', { method: 'POST', token: 'poc_nope', body: {} })).status).toBe(401);
  });

  it('a ticket opens one connection, and the same ticket replayed from a log is refused with 4401', async () => {
    const { ticket: tk } = await ticket({});
    expect(await outcome(t.url, `/north?ticket=${tk}`)).toBe('open');
    const replay = await outcome(t.url, `/north?ticket=${tk}`);
    expect(replay).toMatchObject({ code: CLOSE.UNAUTHORIZED });
    expect((replay as { reason: string }).reason).toMatch(/already used/);
  });

  it('a ticket unused for more than 60 seconds is refused with 4401', async () => {
    const { ticket: tk } = await ticket({});
    clock += 60_001;
    const r = await outcome(t.url, `/north?ticket=${tk}`);
    expect(r).toMatchObject({ code: CLOSE.UNAUTHORIZED });
    expect((r as { reason: string }).reason).toMatch(/expired/);
  });

  it('a ticket asked for one document does not open another', async () => {
    const { ticket: tk } = await ticket({ docId: 'north' });
    const r = await outcome(t.url, `/south?ticket=${tk}`);
    expect(r).toMatchObject({ code: CLOSE.UNAUTHORIZED });
    expect((r as { reason: string }).reason).toMatch(/another document/);
  });

  it('a ticket asked without naming a document opens any document the user may open', async () => {
    const { ticket: tk } = await ticket({});
    expect(await outcome(t.url, `/south?ticket=${tk}`)).toBe('open');
  });

  it('the official y-websocket client with the ticketed socket syncs, and reconnects with a fresh ticket after the server drops it', async () => {
    const api = new ApiClient({ baseUrl: t.httpUrl, token: alice, fetch: (url, init) => fetch(url, init) });
    let asked = 0;
    const source = ticketsFrom(api);
    const Socket = ticketedSocket(WebSocket as unknown as SocketConstructor, (docId) => {
      asked++;
      return source(docId);
    });
    const c = connectClient(t.url, 'north', undefined, { socket: Socket });
    try {
      await c.synced();
      expect(c.provider.url).not.toMatch(/token=/);
      // Drop every connection (as a restart would): the client must come back with a new ticket, the old one being spent.
      t.server.sync.closeWhere(() => true, CLOSE.GOING_AWAY, 'test drop');
      await waitFor(() => asked >= 2 && c.provider.synced, 'the client to reconnect with a second ticket');
      c.doc.getText('text').insert(0, 'typed after reconnect');
      await waitFor(async () => (await t.server.storage.loadUpdates('north')).length > 0, 'the edit to be stored');
    } finally {
      c.destroy();
    }
  });

  it('a refused ticket request closes the client for good with 4401, instead of retrying', async () => {
    const api = new ApiClient({ baseUrl: t.httpUrl, token: 'poc_not-a-token', fetch: (url, init) => fetch(url, init) });
    const c = connectClient(t.url, 'north', undefined, { socket: ticketedSocket(WebSocket as unknown as SocketConstructor, ticketsFrom(api)) });
    try {
      await waitFor(() => c.closes.length > 0 && !c.provider.shouldConnect, 'the client to stop');
      expect(c.closes[0].code).toBe(CLOSE.UNAUTHORIZED);
    } finally {
      c.destroy();
    }
  });

  it('neither tokens nor tickets appear in the server log, even at debug level', async () => {
    const { ticket: tk } = await ticket({});
    await outcome(t.url, `/north?ticket=${tk}`);
    await outcome(t.url, `/north?ticket=${tk}`);
    await outcome(t.url, `/north?token=${alice}`);
    await outcome(t.url, `/nowhere?token=${alice}x`);
    await t.api('/api/me', { token: `${alice}y` });
    const log = logLines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(tk);
    expect(log).not.toContain(alice);
    expect(log).not.toContain(alice.slice(4));
  });
});

describe('--no-url-tokens', () => {
  let t: TestServer;
  let bob: string;

  beforeAll(async () => {
    t = await startTestServer({ urlTokens: false });
    bob = await t.addUser('bob', { grants: { north: 'editor' } });
  });
  afterAll(() => t.stop());

  it('a valid token in the WebSocket URL is refused with 4401 saying to use a ticket', async () => {
    const r = await outcome(t.url, `/north?token=${bob}`);
    expect(r).toMatchObject({ code: CLOSE.UNAUTHORIZED });
    expect((r as { reason: string }).reason).toMatch(/ticket/);
  });

  it('a ticket still opens the document', async () => {
    const { ticket } = (await t.api('/api/tickets', { method: 'POST', token: bob, body: {} })).body as { ticket: string };
    expect(await outcome(t.url, `/north?ticket=${ticket}`)).toBe('open');
  });

  it('a token in the Authorization header of the upgrade (a program, not a URL) still opens the document', async () => {
    const ws = new WebSocket(withLayout(`${t.url}/north`), { headers: { authorization: `Bearer ${bob}` } });
    ws.on('error', () => {});
    const r = await new Promise<string>((resolve) => {
      ws.once('open', () => resolve('open'));
      ws.once('close', (code) => resolve(String(code)));
    });
    ws.close();
    expect(r).toBe('open');
  });
});
