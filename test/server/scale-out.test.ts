// Several instances (issue 17): two servers on one store and one real Redis. Edits, presence and access changes made
// through one reach the clients of the other; Redis lost and back loses no edit; no update is stored twice.
// The servers poll the store for access changes only once a minute here, so what arrives within 2 s came through Redis.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSignoffs } from '../../shared/ydoc/layout.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, rawClient, startTestServer, storeDocument, type TestClient, type TestServer, tempDir, text, waitFor } from '../support/test-server.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';

/** Long enough that the store's own polling cannot be what delivered an access change within 2 s. */
const QUIET_POLL_MS = 60_000;

describe('two instances sharing one store and one Redis', () => {
  let redis: TestRedis;
  let data: ReturnType<typeof tempDir>;
  let a: TestServer;
  let b: TestServer;
  let alice: string;
  let admin: string;
  const clients: TestClient[] = [];
  const client = (t: TestServer, docId: string, token = alice) => {
    const c = connectClient(t.url, docId, token);
    clients.push(c);
    return c;
  };

  /** Rows the store holds for a document, read on a connection of the test's own. */
  const storedRows = (docId: string): number => {
    const db = new Database(join(data.dir, 'poc.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM updates WHERE doc_id = ?').get(docId) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    redis = await startRedis();
    data = tempDir('poc-scale-');
    const config = { dataDir: data.dir, redisUrl: redis.url, revalidateMs: QUIET_POLL_MS, unloadAfterMs: 60_000, compactAfter: 100_000 };
    // One after the other: the second finds the signing-key file the first wrote, as every instance shares one.
    a = await startTestServer(config);
    b = await startTestServer(config);
    alice = await a.addUser('alice', { name: 'Alice', grants: { '*': 'editor' } });
    admin = await a.addUser('admin', { grants: { '*': 'owner' } });
    for (const id of ['edits', 'presence', 'presence-late', 'revoked-grant', 'revoked-token', 'outage', 'once', 'ticketed', 'gap', 'gap-bad', 'lowered', 'disabled']) await a.createDoc(id);
  }, 30_000);
  // Each test's clients go with it (every y-websocket provider listens for the process's exit).
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    data?.remove();
  });

  it('an edit by a client of one instance reaches a client of the other, both ways', async () => {
    const onA = client(a, 'edits');
    const onB = client(b, 'edits');
    await Promise.all([onA.synced(), onB.synced()]);
    onA.doc.getText('text').insert(0, 'from A. ');
    await waitFor(() => text(onB.doc) === 'from A. ', 'the edit made on A to reach the client of B');
    onB.doc.getText('text').insert(text(onB.doc).length, 'from B.');
    await waitFor(() => text(onA.doc) === 'from A. from B.', 'the edit made on B to reach the client of A');
  });

  it("presence set by a client of one instance shows to a client of the other, and leaves with it", async () => {
    const onA = client(a, 'presence');
    const onB = client(b, 'presence');
    await Promise.all([onA.synced(), onB.synced()]);
    onA.provider.awareness.setLocalStateField('cursor', { at: 3 });
    const seenOnB = () => onB.provider.awareness.getStates().get(onA.doc.clientID) as { user?: { username?: string }; cursor?: unknown } | undefined;
    await waitFor(() => seenOnB()?.cursor !== undefined, "A's client's presence to reach the client of B");
    // Relayed as the instance it came through rewrote it: the authenticated person, whatever the client claimed.
    expect(seenOnB()?.user?.username).toBe('alice');
    onA.provider.disconnect();
    await waitFor(() => !onB.provider.awareness.getStates().has(onA.doc.clientID), "A's client's presence to leave the client of B");
  });

  it('a client joining the other instance later sees who is already there', async () => {
    const onA = client(a, 'presence-late');
    await onA.synced();
    onA.provider.awareness.setLocalStateField('cursor', { at: 1 });
    // B opens the document only now: it asks A for its connections' presence rather than waiting for their renewal.
    const onB = client(b, 'presence-late');
    await onB.synced();
    await waitFor(() => onB.provider.awareness.getStates().has(onA.doc.clientID), 'the newcomer on B to see the client of A');
  });

  it('a ticket asked of one instance opens one connection on the other, and only one', async () => {
    const asked = await a.api('/api/tickets', { method: 'POST', token: alice, body: { docId: 'ticketed' } });
    expect(asked.status).toBe(200);
    const outcome = async (t: TestServer) => {
      const c = rawClient(t.url, `/ticketed?ticket=${asked.body.ticket as string}`);
      const r = await Promise.race([c.closed, waitFor(() => c.messages.length > 0, 'a first message').then(() => 'open' as const)]);
      c.ws.close();
      return r;
    };
    expect(await outcome(b)).toBe('open');
    expect(await outcome(a)).toMatchObject({ code: 4401 });
  });

  it('a grant removed through one instance closes the connection on the other within 2 s', async () => {
    const bob = await a.addUser('bob', { grants: { 'revoked-grant': 'editor' } });
    const onB = client(b, 'revoked-grant', bob);
    await onB.synced();
    const removed = await a.api('/api/docs/revoked-grant/members/bob', { method: 'DELETE', token: admin });
    expect(removed.status).toBe(204);
    const at = Date.now();
    await waitFor(() => onB.closes.some((c) => c.code === 4403), "bob's connection on B to be closed", 2_000);
    expect(Date.now() - at).toBeLessThan(2_000);
  });

  it('a grant lowered through one instance makes the connection on the other read-only within 2 s', async () => {
    const dave = await a.addUser('dave', { grants: { lowered: 'editor' } });
    const onB = client(b, 'lowered', dave);
    await onB.synced();
    const lowered = await a.api('/api/docs/lowered/members/dave', { method: 'PUT', token: admin, body: { access: 'viewer' } });
    expect(lowered.status).toBe(200);
    const accessOnB = () => b.server.sync.listConnections().find((c) => c.user.username === 'dave')?.access;
    await waitFor(() => accessOnB() === 'viewer', "dave's connection on B to become read-only", 2_000);
  });

  it('a sign-off made through one instance reaches the clients of the other within 2 s', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const drafter = await a.addUser('drafter', { grants: { '*': 'editor' } });
    const hoo = await a.addUser('hoo', { name: 'Head of Office North', offices: ['head-of-office'], grants: { '*': 'viewer' } });
    await storeDocument(a, drafter, approvableMatrix('tm-signed', today));
    const onB = client(b, 'tm-signed', hoo);
    await onB.synced();
    expect(readSignoffs(onB.doc)).toHaveLength(0);
    const signed = await postSignoff(a, 'tm-signed', hoo, { role: 'head-of-office' });
    expect(signed.status).toBe(201);
    await waitFor(() => readSignoffs(onB.doc).length === 1, 'the sign-off record to reach the client of B', 2_000);
  });

  it('a token revoked through one instance closes its connection on the other within 2 s, and the other refuses it', async () => {
    const carol = await a.addUser('carol', { grants: { 'revoked-token': 'editor' } });
    const onB = client(b, 'revoked-token', carol);
    await onB.synced();
    const [token] = await a.server.storage.listTokens('carol');
    expect((await a.api(`/api/admin/users/carol/tokens/${token.id}`, { method: 'DELETE', token: admin })).status).toBeLessThan(300);
    await waitFor(() => onB.closes.some((c) => c.code === 4401), "carol's connection on B to be closed", 2_000);
    expect((await b.api('/api/me', { token: carol })).status).toBe(401);
  });

  it('a person disabled through one instance has their connection on the other closed within 2 s, and the other refuses them', async () => {
    const erin = await a.addUser('erin', { grants: { disabled: 'editor' } });
    const onB = client(b, 'disabled', erin);
    await onB.synced();
    expect((await a.api('/api/admin/users/erin', { method: 'PATCH', token: admin, body: { disabled: true } })).status).toBe(200);
    await waitFor(() => onB.closes.some((c) => c.code === 4401), "erin's connection on B to be closed", 2_000);
    expect((await b.api('/api/me', { token: erin })).status).toBe(401);
  });

  it('edits made while Redis is down reach the other instance once it is back, and /healthz says degraded meanwhile', async () => {
    const onA = client(a, 'outage');
    const onB = client(b, 'outage');
    await Promise.all([onA.synced(), onB.synced()]);
    onA.doc.getText('text').insert(0, 'before. ');
    await waitFor(() => text(onB.doc) === 'before. ', 'the first edit to reach B');
    await redis.kill();
    await waitFor(async () => (await a.api('/healthz')).body.status === 'degraded', "A's /healthz to say it lost Redis");
    const health = await a.api('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', store: 'ok', redis: 'unreachable' });
    // A keeps serving its own clients.
    const second = client(a, 'outage');
    await second.synced();
    onA.doc.getText('text').insert(text(onA.doc).length, 'during.');
    await waitFor(() => text(second.doc) === 'before. during.', 'the edit to reach the other client of A');
    expect(text(onB.doc)).toBe('before. ');
    await redis.restart();
    await waitFor(() => text(onB.doc) === 'before. during.', 'the edit made during the outage to reach B from the store', 15_000);
    await waitFor(async () => (await b.api('/healthz')).body.status === 'ok', "B's /healthz to say Redis is back", 15_000);
    expect((await a.api('/healthz')).body).toEqual({ status: 'ok', store: 'ok', redis: 'ok' });
  }, 40_000);

  it('an update the other instance never heard of is read from the store once the next one shows the gap', async () => {
    const onA = client(a, 'gap');
    const onB = client(b, 'gap');
    await Promise.all([onA.synced(), onB.synced()]);
    onA.doc.getText('text').insert(0, 'typed. ');
    await waitFor(() => text(onB.doc) === 'typed. ', 'the first edit to reach B');
    // Written straight into the store, as a restore or a server-side repair would: nobody publishes it.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(onA.doc));
    elsewhere.getMap('meta').set('note', 'written to the store only');
    await a.server.storage.appendUpdate('gap', Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(onA.doc)));
    expect(onB.doc.getMap('meta').get('note')).toBeUndefined();
    onA.doc.getText('text').insert(text(onA.doc).length, 'more.');
    await waitFor(() => onB.doc.getMap('meta').get('note') === 'written to the store only', 'B to read the missing update from the store');
    expect(text(onB.doc)).toBe('typed. more.');
  });

  it('a malformed row in the store does not keep the other instance from reading the missing updates beside it', async () => {
    const onA = client(a, 'gap-bad');
    const onB = client(b, 'gap-bad');
    await Promise.all([onA.synced(), onB.synced()]);
    onA.doc.getText('text').insert(0, 'typed. ');
    await waitFor(() => text(onB.doc) === 'typed. ', 'the first edit to reach B');
    // A row that is no Yjs update (a damaged row, a bad write), then a good one, both written straight into the store.
    await a.server.storage.appendUpdate('gap-bad', new Uint8Array([0xff, 0xff, 0xff, 0xff]));
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(onA.doc));
    elsewhere.getMap('meta').set('note', 'beside a bad row');
    await a.server.storage.appendUpdate('gap-bad', Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(onA.doc)));
    onA.doc.getText('text').insert(text(onA.doc).length, 'more.');
    await waitFor(() => onB.doc.getMap('meta').get('note') === 'beside a bad row', 'B to read the good update from the store');
    expect(text(onB.doc)).toBe('typed. more.');
  });

  it('an update is stored once, by the instance that received it, however many instances hold the document', async () => {
    const onA = client(a, 'once');
    const onB = client(b, 'once');
    await Promise.all([onA.synced(), onB.synced()]);
    const before = storedRows('once');
    for (let i = 0; i < 20; i++) onA.doc.getText('text').insert(i, String(i % 10));
    await waitFor(() => text(onB.doc).length === 20, 'the twenty edits to reach B');
    expect(storedRows('once') - before).toBe(20);
  });
});

describe('instances that start while Redis cannot be reached', () => {
  let redis: TestRedis;
  let data: ReturnType<typeof tempDir>;
  let a: TestServer;
  let b: TestServer;
  let alice: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    await redis.kill();
    data = tempDir('poc-scale-down-');
    // The store is polled often here: while Redis is away, that is how the instances see each other's edits.
    const config = { dataDir: data.dir, redisUrl: redis.url, revalidateMs: 200, unloadAfterMs: 60_000 };
    a = await startTestServer(config);
    b = await startTestServer(config);
    alice = await a.addUser('alice', { grants: { '*': 'editor' } });
    await a.createDoc('apart');
  }, 30_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    data?.remove();
  });

  it('listen anyway, and say in their warnings and /healthz that Redis cannot be reached', async () => {
    expect(a.server.warnings.join('\n')).toMatch(/Redis \(redis:\/\/127\.0\.0\.1:\d+\/?\) cannot be reached/);
    const health = await a.api('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', store: 'ok', redis: 'unreachable' });
  });

  it("see each other's edits through the store meanwhile, and join through Redis once it is up", async () => {
    const onA = connectClient(a.url, 'apart', alice);
    const onB = connectClient(b.url, 'apart', alice);
    clients.push(onA, onB);
    await Promise.all([onA.synced(), onB.synced()]);
    onA.doc.getText('text').insert(0, 'read from the store. ');
    await waitFor(() => text(onB.doc) === 'read from the store. ', "A's edit to reach B through the store");
    await redis.restart();
    await waitFor(async () => (await a.api('/healthz')).body.status === 'ok' && (await b.api('/healthz')).body.status === 'ok', 'both instances to reach Redis', 15_000);
    onB.doc.getText('text').insert(text(onB.doc).length, 'Through Redis.');
    await waitFor(() => text(onA.doc) === 'read from the store. Through Redis.', "B's edit to reach A");
  }, 30_000);
});
