// A compromised neighbour on the deployment's Redis (issue 17, red team): it can publish on any channel and read and
// write any key, but it does not hold the store. What it publishes or writes must never reach a document, a client's
// view of who is present, or a connection, and what it reads must not show a document's content or whose a ticket is:
// the instances seal what they tell one another (AES-256-GCM) with a key kept in the store.
// Each negative is checked behind a barrier: something genuine sent after the forgery, on the same channel, arrives first.
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/auth/tokens.js';
import { newTicket } from '../../../server/auth/tickets.js';
import { docChannel, DOC_CHANNEL_PATTERN, encodeDocMessage } from '../../../server/scale/fanout-messages.js';
import { connectClient, rawClient, startTestServer, type TestClient, type TestServer, tempDir, text, waitFor } from '../../support/test-server.js';
import { startRedis, type TestRedis } from '../../support/redis-server.js';

describe('a neighbour that can publish on the shared Redis', () => {
  let redis: TestRedis;
  let neighbour: Redis;
  let data: ReturnType<typeof tempDir>;
  let a: TestServer;
  let b: TestServer;
  let alice: string;
  let bob: string;
  const clients: TestClient[] = [];
  const client = (t: TestServer, docId: string, token = alice) => {
    const c = connectClient(t.url, docId, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await startRedis();
    neighbour = new Redis(redis.url);
    data = tempDir('poc-neighbour-');
    const config = { dataDir: data.dir, redisUrl: redis.url, revalidateMs: 60_000, unloadAfterMs: 60_000, compactAfter: 100_000 };
    a = await startTestServer(config);
    b = await startTestServer(config);
    alice = await a.addUser('alice', { name: 'Alice', grants: { '*': 'editor' } });
    bob = await a.addUser('bob', { name: 'Bob', grants: { public: 'editor' } });
    for (const id of ['injected', 'forged-presence', 'secret', 'public', 'readable', 'ticketed']) await a.createDoc(id);
  }, 30_000);
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(async () => {
    neighbour?.disconnect();
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    data?.remove();
  });

  it("an update it publishes on a document's channel never reaches the document's clients", async () => {
    const onA = client(a, 'injected');
    const onB = client(b, 'injected');
    await Promise.all([onA.synced(), onB.synced()]);
    const forged = new Y.Doc();
    forged.getText('text').insert(0, 'FORGED ');
    await neighbour.publish(docChannel('injected'), Buffer.from(encodeDocMessage({ kind: 'update', from: 'neighbour', seq: 0, prevSeq: 0, update: Y.encodeStateAsUpdate(forged) })));
    // The barrier: an edit made on A after the forgery reaches B through the same channel.
    onA.doc.getText('text').insert(0, 'genuine');
    await waitFor(() => text(onB.doc).includes('genuine'), "A's edit to reach the client of B");
    expect(text(onB.doc)).not.toContain('FORGED');
    expect(text(onA.doc)).not.toContain('FORGED');
  });

  it("presence it publishes naming another person never shows to a document's clients", async () => {
    const onA = client(a, 'forged-presence');
    const onB = client(b, 'forged-presence');
    await Promise.all([onA.synced(), onB.synced()]);
    const fake = new awarenessProtocol.Awareness(new Y.Doc());
    fake.setLocalState({ user: { username: 'admin', name: 'The Force Commander' }, cursor: { at: 0 } });
    const update = awarenessProtocol.encodeAwarenessUpdate(fake, [fake.clientID]);
    await neighbour.publish(docChannel('forged-presence'), Buffer.from(encodeDocMessage({ kind: 'presence', from: 'neighbour', update })));
    onA.provider.awareness.setLocalStateField('cursor', { at: 1 });
    await waitFor(() => onB.provider.awareness.getStates().has(onA.doc.clientID), "A's client's presence to reach the client of B");
    expect(onB.provider.awareness.getStates().has(fake.clientID)).toBe(false);
    fake.destroy();
  });

  /** Listens on a document's channel as the neighbour would; `drain` resolves once every message Redis sent before it was heard. */
  async function listen(docId: string): Promise<{ heard: Buffer[]; drain: () => Promise<void>; stop: () => void }> {
    const heard: Buffer[] = [];
    const listener = new Redis(redis.url);
    await listener.psubscribe(DOC_CHANNEL_PATTERN);
    listener.on('pmessageBuffer', (_p: Buffer, channel: Buffer, message: Buffer) => {
      if (channel.toString() === docChannel(docId)) heard.push(message);
    });
    // A PING's answer comes after every message Redis pushed on this connection before it.
    return { heard, drain: async () => void (await listener.call('PING')), stop: () => listener.disconnect() };
  }

  it("a genuine update copied from one document's channel to another's never reaches the other's clients", async () => {
    const secret = await listen('secret');
    const onSecret = client(a, 'secret');
    const readerOfSecret = client(b, 'secret');
    const bobOnPublic = client(b, 'public', bob);
    const aliceOnPublic = client(a, 'public');
    await Promise.all([onSecret.synced(), readerOfSecret.synced(), bobOnPublic.synced(), aliceOnPublic.synced()]);
    onSecret.doc.getText('text').insert(0, 'CLASSIFIED');
    await waitFor(() => text(readerOfSecret.doc) === 'CLASSIFIED', 'the edit of the secret document to cross Redis');
    await secret.drain();
    secret.stop();
    for (const m of secret.heard) await neighbour.publish(docChannel('public'), m);
    aliceOnPublic.doc.getText('text').insert(0, 'genuine');
    await waitFor(() => text(bobOnPublic.doc).includes('genuine'), "Alice's edit of the public document to reach Bob");
    expect(text(bobOnPublic.doc)).not.toContain('CLASSIFIED');
  });

  it('an edit crossing Redis cannot be read there', async () => {
    const readable = await listen('readable');
    const onA = client(a, 'readable');
    const onB = client(b, 'readable');
    await Promise.all([onA.synced(), onB.synced()]);
    onA.doc.getText('text').insert(0, 'Civilians sheltering at the school in Ward 7');
    await waitFor(() => text(onB.doc).includes('Ward 7'), 'the edit to cross Redis');
    await readable.drain();
    readable.stop();
    expect(readable.heard.length).toBeGreaterThan(0);
    expect(readable.heard.filter((m) => m.includes(Buffer.from('Ward 7')))).toEqual([]);
  });

  it("a ticket grant kept in Redis does not say whose token it stands for", async () => {
    const asked = await a.api('/api/tickets', { method: 'POST', token: alice, body: { docId: 'ticketed' } });
    expect(asked.status).toBe(200);
    const grants = await Promise.all((await neighbour.keys('poc:ticket:*')).map((k) => neighbour.get(k)));
    expect(grants.length).toBeGreaterThan(0);
    expect(grants.filter((g) => g!.includes(hashToken(alice)))).toEqual([]);
  });

  it("a ticket grant it copies under a ticket of its own choosing opens no connection", async () => {
    const asked = await a.api('/api/tickets', { method: 'POST', token: alice, body: { docId: 'ticketed' } });
    expect(asked.status).toBe(200);
    const [key] = await neighbour.keys('poc:ticket:*');
    const grant = await neighbour.get(key);
    const mine = newTicket();
    await neighbour.set(`poc:ticket:${hashToken(mine)}`, grant!, 'PX', 60_000);
    const c = rawClient(b.url, `/ticketed?ticket=${mine}`);
    const outcome = await Promise.race([c.closed, waitFor(() => c.messages.length > 0, 'a first message').then(() => 'open' as const)]);
    c.ws.close();
    expect(outcome).toMatchObject({ code: 4401 });
  });
});
