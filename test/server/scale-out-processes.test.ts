// Several instances (issue 17) as separate processes: the bundled server (cli/server-main.ts, ioredis inside) beside
// other instances on one store and one real Redis; one of them SIGKILLed while its client types.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { failoverSocket, startRedis, type TestRedis } from '../support/redis-server.js';
import { type ChildServer, connectClient, spawnServer, startTestServer, type TestClient, type TestServer, tempDir, text, waitFor } from '../support/test-server.js';

/** Long enough that the store's own polling cannot be what delivered an access change quickly. */
const QUIET_POLL_MS = 60_000;

describe('the bundled server as one of several instances', () => {
  let redis: TestRedis;
  let data: ReturnType<typeof tempDir>;
  let child: ChildServer;
  let b: TestServer;
  let alice: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    data = tempDir('poc-scale-child-');
    // The child process starts first: it writes the signing-key file the in-process instance then reads.
    child = await spawnServer(data.dir, 0, ['--redis', redis.url]);
    b = await startTestServer({ dataDir: data.dir, redisUrl: redis.url, revalidateMs: QUIET_POLL_MS });
    alice = await b.addUser('alice', { grants: { '*': 'editor' } });
    await b.createDoc('bundled');
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    child?.proc.kill('SIGKILL');
    await child?.exited;
    await b?.stop();
    await redis?.stop();
    data?.remove();
  });

  it('shares edits both ways with an in-process instance, and a SIGKILL of it loses none the other saw', async () => {
    const onChild = connectClient(child.url, 'bundled', alice);
    const onB = connectClient(b.url, 'bundled', alice);
    clients.push(onChild, onB);
    await Promise.all([onChild.synced(), onB.synced()]);
    onChild.doc.getText('text').insert(0, 'from the child. ');
    await waitFor(() => text(onB.doc) === 'from the child. ', "the child's edit to reach the in-process instance");
    onB.doc.getText('text').insert(text(onB.doc).length, 'from B.');
    await waitFor(() => text(onChild.doc) === 'from the child. from B.', "B's edit to reach the child's client");
    child.proc.kill('SIGKILL');
    await child.exited;
    // A fresh client of B reads the document from the store: what the dead instance acknowledged is there.
    const late = connectClient(b.url, 'bundled', alice);
    clients.push(late);
    await late.synced();
    await waitFor(() => text(late.doc) === 'from the child. from B.', 'the surviving instance to hold both edits');
  }, 30_000);
});

describe('an instance killed while its clients type', () => {
  let redis: TestRedis;
  let data: ReturnType<typeof tempDir>;
  const children: ChildServer[] = [];
  let token: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    data = tempDir('poc-scale-kill-');
    // One after the other: the first writes the store and the signing-key file the second reads.
    for (let i = 0; i < 2; i++) children.push(await spawnServer(data.dir, 0, ['--redis', redis.url]));
    const store = SqliteStorage.open({ file: join(data.dir, 'poc.sqlite') });
    try {
      await store.addUser({ username: 'alice', name: 'Alice', offices: [] });
      token = newToken();
      await store.addToken('alice', hashToken(token));
      await store.createDocument('burst', null);
      await store.setGrant({ username: 'alice', docId: 'burst', access: 'editor', grantedBy: 'test' });
    } finally {
      await store.close();
    }
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const child of children) {
      child.proc.kill('SIGKILL');
      await child.exited;
    }
    await redis?.stop();
    data?.remove();
  });

  it("its clients reconnect to the other instance and no edit is lost, on the clients or in the store", async () => {
    const [doomed, survivor] = children;
    let doomedAlive = true;
    const writer = connectClient(`ws://127.0.0.1:${doomed.port}`, 'burst', token, {
      socket: failoverSocket(() => (doomedAlive ? [doomed.port, survivor.port] : [survivor.port])),
    });
    const observer = connectClient(survivor.url, 'burst', token);
    clients.push(writer, observer);
    await Promise.all([writer.synced(), observer.synced()]);
    const typed = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (const [i, ch] of [...typed].entries()) {
      writer.doc.getText('text').insert(i, ch);
      if (i === typed.length / 2) {
        doomed.proc.kill('SIGKILL');
        await doomed.exited;
        doomedAlive = false;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => text(observer.doc) === typed, 'every edit to reach the client of the surviving instance', 15_000);
    const fresh = connectClient(survivor.url, 'burst', token);
    clients.push(fresh);
    await fresh.synced();
    await waitFor(() => text(fresh.doc) === typed, 'the store to hold every edit');
  }, 30_000);
});
