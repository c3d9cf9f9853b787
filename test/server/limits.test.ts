// Hostile and broken clients: each is disconnected with a reason, and the server keeps serving everyone else.
import { connect } from 'node:net';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../server/sync/close-codes.js';
import { encodeAwareness, encodeAwarenessUpdate, encodeSyncUpdate } from '../../server/sync/protocol.js';
import { connectClient, rawClient, startTestServer, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

describe('limits and malformed input', () => {
  let t: TestServer;
  let token: string;
  let bystanders: TestClient[];
  let edits = 0;

  /** The two well-behaved clients still exchange edits. */
  async function othersStillServed() {
    const word = `edit-${++edits}`;
    bystanders[0].doc.getText('text').insert(0, word);
    await waitFor(() => text(bystanders[1].doc).includes(word), `bystanders to exchange "${word}"`);
  }
  /** Opens a raw connection with the token, waits for the server's first message, sends `frames`, and returns the close. */
  async function send(frames: Array<Uint8Array | string>, docId = 'hostile') {
    const c = rawClient(t.url, `/${docId}?token=${token}`);
    await c.opened;
    for (const f of frames) c.send(f);
    return c.closed;
  }

  beforeAll(async () => {
    t = await startTestServer({
      limits: { maxMessageBytes: 64 * 1024, maxAwarenessBytes: 1024, updatesPerSecond: 20, updatesBurst: 40, maxConnectionsPerUser: 8 },
    });
    token = await t.addUser('mallory', { grants: { '*': 'editor' } });
    const good = await t.addUser('good', { grants: { '*': 'editor' } });
    for (const id of ['hostile', 'many', 'slots']) await t.createDoc(id);
    bystanders = [connectClient(t.url, 'hostile', good), connectClient(t.url, 'hostile', good)];
    await Promise.all(bystanders.map((b) => b.synced()));
  });
  afterAll(async () => {
    for (const b of bystanders) b.destroy();
    await t.stop();
  });

  it('an unknown message type closes the connection with 4400', async () => {
    expect(await send([new Uint8Array([0x7f, 1, 2])])).toMatchObject({ code: CLOSE.BAD_REQUEST });
    await othersStillServed();
  });

  it('a truncated frame closes the connection with 4400', async () => {
    expect(await send([new Uint8Array([0, 2, 0x80])])).toMatchObject({ code: CLOSE.BAD_REQUEST });
    await othersStillServed();
  });

  it('a payload length running past the frame closes the connection with 4400', async () => {
    expect(await send([new Uint8Array([0, 2, 100, 1, 2, 3])])).toMatchObject({ code: CLOSE.BAD_REQUEST });
    await othersStillServed();
  });

  it('a sync update that is not Yjs data closes the connection with 4400 and stores nothing', async () => {
    const before = (await t.server.storage.loadUpdates('hostile')).length;
    expect(await send([encodeSyncUpdate(new Uint8Array([5, 200, 1, 7, 7, 7, 7]))])).toMatchObject({ code: CLOSE.BAD_REQUEST });
    expect((await t.server.storage.loadUpdates('hostile')).length).toBe(before);
    await othersStillServed();
  });

  it('a text frame closes the connection with 4400', async () => {
    expect(await send(['hello'])).toMatchObject({ code: CLOSE.BAD_REQUEST });
    await othersStillServed();
  });

  it('a message over the size limit closes the connection with 4413 and a reason naming its size and the limit', async () => {
    const close = await send([new Uint8Array(100 * 1024)]);
    expect(close).toEqual({ code: CLOSE.TOO_LARGE, reason: 'message too large (102400 bytes, at most 65536); undo the large change and reconnect' });
    await othersStillServed();
  });

  it('an oversized message is audited and counted in the metrics by limit', async () => {
    const before = await t.server.storage.queryAudit({ kind: 'limit-exceeded', actor: 'mallory' });
    await send([new Uint8Array(70 * 1024)]);
    const after = await t.server.storage.queryAudit({ kind: 'limit-exceeded', actor: 'mallory' });
    expect(after.slice(before.length).map((e) => e.detail)).toEqual([expect.objectContaining({ limit: 'message-size', detail: '71680 bytes, at most 65536' })]);
    expect((await t.api('/metrics')).body).toMatch(/^poc_limits_exceeded_total\{limit="message-size"\} [1-9]/m);
  });

  it('a message beyond twice the size limit is cut by the WebSocket layer with 1009, and audited', async () => {
    const before = (await t.server.storage.queryAudit({ kind: 'limit-exceeded', actor: 'mallory' })).length;
    expect((await send([new Uint8Array(200 * 1024)])).code).toBe(1009);
    await waitFor(async () => (await t.server.storage.queryAudit({ kind: 'limit-exceeded', actor: 'mallory' })).length > before, 'the cut to be audited');
    await othersStillServed();
  });

  it('a y-websocket client whose update is too large stops reconnecting and reports the code and reason', async () => {
    const c = connectClient(t.url, 'hostile', token);
    try {
      await c.synced();
      const closed = new Promise<{ code: number; reason: string }>((resolve) => c.provider.once('closed', (e) => resolve(e)));
      c.doc.getText('text').insert(0, 'x'.repeat(100 * 1024));
      expect(await closed).toEqual({ code: CLOSE.TOO_LARGE, reason: expect.stringMatching(/^message too large \(\d+ bytes, at most 65536\)/) });
      expect(c.provider.shouldConnect).toBe(false);
      expect(c.closes).toHaveLength(1);
    } finally {
      c.destroy();
    }
    await othersStillServed();
  });

  it('an oversized presence state closes the connection with 4413', async () => {
    const update = encodeAwarenessUpdate([{ clientId: 424242, clock: 1, state: { name: 'x'.repeat(4000) } }]);
    const close = await send([encodeAwareness(update)]);
    expect(close.code).toBe(CLOSE.TOO_LARGE);
    expect(close.reason).toMatch(/presence state too large/);
    await othersStillServed();
  });

  it('a burst of presence updates closes the connection with 4529', async () => {
    const frames = Array.from({ length: 300 }, (_, i) => encodeAwareness(encodeAwarenessUpdate([{ clientId: 777, clock: i + 1, state: { cursor: i } }])));
    const close = await send(frames);
    expect(close.code).toBe(CLOSE.RATE_LIMITED);
    expect(close.reason).toMatch(/too many updates/);
    await othersStillServed();
    expect(await t.server.storage.queryAudit({ kind: 'limit-exceeded', actor: 'mallory' })).not.toEqual([]);
  });

  it('malformed presence JSON closes the connection with 4400', async () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 99);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, '{not json');
    expect(await send([encodeAwareness(encoding.toUint8Array(e))])).toMatchObject({ code: CLOSE.BAD_REQUEST });
    await othersStillServed();
  });

  it('hostile document ids are refused with 4400 before anything is sent', async () => {
    for (const path of ['/../etc/passwd', '/%2e%2e%2fsecret', `/${'a'.repeat(200)}`, '/', '/bad%ZZ', '/a/b', '/name%00null', '/.hidden']) {
      const c = rawClient(t.url, `${path}?token=${token}`);
      const close = await c.closed;
      expect({ path, code: close.code, received: c.messages.length }).toEqual({ path, code: CLOSE.BAD_REQUEST, received: 0 });
    }
    await othersStillServed();
  });

  it('connections past the per-user limit are closed with 4529', async () => {
    await waitFor(() => !t.server.sync.listConnections().some((c) => c.user.username === 'mallory'), 'earlier connections to be gone');
    const held = Array.from({ length: 8 }, () => rawClient(t.url, `/many?token=${token}`));
    await Promise.all(held.map((h) => h.opened));
    const extra = rawClient(t.url, `/many?token=${token}`);
    const close = await extra.closed;
    expect(close.code).toBe(CLOSE.RATE_LIMITED);
    expect(extra.messages).toEqual([]);
    for (const h of held) h.ws.close();
    await Promise.all(held.map((h) => h.closed));
    await othersStillServed();
  });

  it('broken WebSocket handshakes do not use up the user\'s connection slots', async () => {
    const port = new URL(t.url).port;
    for (let i = 0; i < 12; i++) {
      const reply = await new Promise<string>((resolve) => {
        const sock = connect(Number(port), '127.0.0.1', () => {
          sock.write(`GET /slots?token=${token} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: not-a-key\r\n\r\n`);
        });
        let data = '';
        sock.on('data', (d) => (data += d.toString()));
        sock.on('close', () => resolve(data));
      });
      expect(reply).toMatch(/^HTTP\/1.1 400/);
    }
    const ok = connectClient(t.url, 'slots', token);
    await ok.synced();
    ok.destroy();
  });
});
