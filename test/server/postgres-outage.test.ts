// PostgreSQL going away under a running instance (issue 17, red team): the database refuses connections and drops the
// ones it had, as on a restart or a failover, then comes back. The instance must not crash, must say so in /healthz
// (503: a load balancer takes it out), must acknowledge no edit it could not store, and, once the database is back,
// serve again with every edit its clients typed meanwhile stored.
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromStored } from '../../server/docs/stored.js';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';
import { connectClient, startTestServer, tempDir, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

const silent = pino({ level: 'silent' });
let cluster: PostgresServer;
let url: string;
let server: TestServer;
let alice: string;
const data = tempDir('poc-pg-outage-');
const clients: TestClient[] = [];

/** Runs one statement as the cluster's superuser on its maintenance database. */
async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: cluster.url() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** The database stops accepting connections and drops every one it had (the server's pool included). */
async function takeDown(): Promise<void> {
  await admin('ALTER DATABASE poc_outage ALLOW_CONNECTIONS false');
  await admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'poc_outage'");
}

/** The text of a document as the database holds it, read by a store of its own. */
async function storedText(docId: string): Promise<string> {
  const s = await PostgresStorage.open({ url });
  try {
    return text(docFromStored(await s.loadUpdates(docId), silent, docId));
  } finally {
    await s.close();
  }
}

beforeAll(async () => {
  cluster = await startPostgres();
  url = await cluster.createDatabase('poc_outage');
  server = await startTestServer({ dataDir: data.dir, storeUrl: url });
  alice = await server.addUser('alice', { grants: { '*': 'editor' } });
  for (const id of ['through', 'health']) await server.createDoc(id);
}, 60_000);
afterAll(async () => {
  for (const c of clients) c.destroy();
  await admin('ALTER DATABASE poc_outage ALLOW_CONNECTIONS true').catch(() => {});
  await server?.stop();
  await cluster?.stop();
  data.remove();
});

describe('PostgreSQL going away under a running instance', () => {
  it('/healthz answers 503 saying the store cannot write while the database refuses connections, and 200 once it is back', async () => {
    await takeDown();
    try {
      const down = await server.api('/healthz');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/the store cannot write: .*not currently accepting connections/) });
    } finally {
      await admin('ALTER DATABASE poc_outage ALLOW_CONNECTIONS true');
    }
    await waitFor(async () => (await server.api('/healthz')).status === 200, '/healthz to answer 200 with the database back');
  });

  it('edits typed while the database is away are stored once it is back, and the instance keeps serving', async () => {
    const typist = connectClient(server.url, 'through', alice);
    clients.push(typist);
    await typist.synced();
    typist.doc.getText('text').insert(0, 'before. ');
    await waitFor(async () => (await storedText('through')) === 'before. ', 'the first edit to be stored');
    await takeDown();
    typist.doc.getText('text').insert(8, 'during. ');
    await admin('ALTER DATABASE poc_outage ALLOW_CONNECTIONS true');
    typist.doc.getText('text').insert(16, 'after.');
    await waitFor(async () => (await storedText('through')) === 'before. during. after.', 'every edit to be stored once the database is back');
    const reader = connectClient(server.url, 'through', alice);
    clients.push(reader);
    await reader.synced();
    expect(text(reader.doc)).toBe('before. during. after.');
  });
});
