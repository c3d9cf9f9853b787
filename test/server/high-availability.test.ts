// High availability (issue 17): three instances of the bundled server on one PostgreSQL and one Redis, behind a
// round-robin balancer; clients spread across them type without pause; one instance is SIGKILLed mid-burst. Its
// clients reconnect through the balancer to the two left, and at the end every client and the store hold every edit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBalancer, type Balancer } from '../../scripts/soak/balancer.mjs';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { docFromStored } from '../../server/docs/stored.js';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { type ChildServer, connectClient, ROOT, spawnServer, tempDir, type TestClient, text, waitFor } from '../support/test-server.js';
import { startTyping } from '../support/typists.js';

const silent = pino({ level: 'silent' });
const INSTANCES = 3;
const DOCS = ['ha-north', 'ha-south'];
/** Clients per document; through the balancer they land on every instance in turn. */
const CLIENTS_PER_DOC = 6;

describe('three instances, one killed mid-burst', () => {
  let redis: TestRedis;
  let cluster: PostgresServer;
  let storeUrl: string;
  let data: ReturnType<typeof tempDir>;
  const instances: ChildServer[] = [];
  let lb: Balancer;
  let token: string;
  const clients: { c: TestClient; docId: string; made: string[] }[] = [];

  beforeAll(async () => {
    [redis, cluster] = await Promise.all([startRedis(), startPostgres()]);
    storeUrl = await cluster.createDatabase('poc_ha');
    data = tempDir('poc-ha-');
    // One after the other: the first migrates the database and writes the signing-key file the others read (every
    // instance needs the same one; here they share the data folder, which holds nothing else of theirs).
    for (let i = 0; i < INSTANCES; i++) instances.push(await spawnServer(data.dir, 0, ['--store', storeUrl, '--redis', redis.url]));
    const store = await PostgresStorage.open({ url: storeUrl });
    try {
      await store.addUser({ username: 'typist', name: 'Typist', offices: [] });
      token = newToken();
      await store.addToken('typist', hashToken(token));
      for (const id of DOCS) {
        await store.createDocument(id, null);
        await store.setGrant({ username: 'typist', docId: id, access: 'editor', grantedBy: 'test' });
      }
    } finally {
      await store.close();
    }
    lb = await startBalancer(instances.map((s) => s.port));
  }, 90_000);

  afterAll(async () => {
    for (const x of clients) x.c.destroy();
    await lb?.close();
    for (const s of instances) {
      s.proc.kill('SIGKILL');
      await s.exited;
    }
    await redis?.stop();
    await cluster?.stop();
    data?.remove();
  });

  it('every client reconnects to a live instance and every edit is on every client and in the store', async () => {
    for (const docId of DOCS) for (let i = 0; i < CLIENTS_PER_DOC; i++) clients.push({ c: connectClient(`ws://127.0.0.1:${lb.port}`, docId, token), docId, made: [] });
    await Promise.all(clients.map((x) => x.c.synced()));
    // The balancer gave every instance some of the clients.
    expect([...lb.connections().keys()].sort()).toEqual(instances.map((s) => s.port).sort());

    const stopTyping = startTyping(clients, (x, n) => `<${x.docId}:${clients.indexOf(x)}:${n}>`, 20);

    await new Promise((r) => setTimeout(r, 600));
    const killed = instances[1];
    killed.proc.kill('SIGKILL');
    await killed.exited;
    // Typing goes on through the reconnections, then stops.
    await new Promise((r) => setTimeout(r, 1500));
    stopTyping();

    for (const docId of DOCS) {
      const group = clients.filter((x) => x.docId === docId);
      const made = group.flatMap((x) => x.made);
      await waitFor(() => group.every((x) => x.c.provider.synced && made.every((tok) => text(x.c.doc).includes(tok))), `every token on every client of ${docId}`, 30_000);
      await waitFor(() => group.every((x) => text(x.c.doc) === text(group[0].c.doc)), `the clients of ${docId} to converge`, 30_000);
    }
    // The killed instance's clients came back through the two left.
    const reconnected = clients.filter((x) => x.c.closes.some((c) => c.code === 1006)).length;
    expect(reconnected).toBeGreaterThan(0);

    // Each document as a fresh client of each surviving instance loads it, and as the store holds it.
    const lines: string[] = [];
    for (const docId of DOCS) {
      const made = clients.filter((x) => x.docId === docId).flatMap((x) => x.made);
      for (const s of instances.filter((i) => i !== killed)) {
        const fresh = connectClient(s.url, docId, token);
        await fresh.synced();
        await waitFor(() => made.every((tok) => text(fresh.doc).includes(tok)), `a fresh client of the instance on ${s.port} to hold every token of ${docId}`, 15_000);
        fresh.destroy();
      }
      await new Promise((r) => setTimeout(r, 200));
      const store = await PostgresStorage.open({ url: storeUrl });
      let stored: string;
      try {
        stored = text(docFromStored(await store.loadUpdates(docId), silent, docId));
      } finally {
        await store.close();
      }
      const present = made.filter((tok) => stored.includes(tok));
      // Exactly once: a token stored twice would be a duplicated edit.
      const twice = made.filter((tok) => stored.split(tok).length > 2);
      lines.push(`${docId}: ${made.length} edits by ${CLIENTS_PER_DOC} clients, ${present.length} in the store, ${twice.length} twice`);
      expect(present.length).toBe(made.length);
      expect(twice).toEqual([]);
    }
    const report = `high availability (${INSTANCES} instances, one SIGKILLed mid-burst, ${reconnected} clients reconnected):\n  ${lines.join('\n  ')}`;
    console.log(report);
    mkdirSync(join(ROOT, 'test/output'), { recursive: true });
    writeFileSync(join(ROOT, 'test/output/high-availability.txt'), `${report}\n`);
  }, 90_000);
});
