// poc migrate: the demo store (its documents, people, team, a sign-off, a version, a web session, the audit trail)
// moved from SQLite into PostgreSQL in one transaction, every table's count checked; a server on the copy reads the
// same documents and the sign-off still verifies. A non-empty target is refused and a copy that does not match is not
// committed.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSetup, migrate } from '../../cli/commands/index.js';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { COPIED_TABLES } from '../../server/storage/postgres-import.js';
import { type PostgresServer, startPostgres } from '../support/postgres-server.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { ROOT, startTestServer, storeDocument, tempDir, type TestServer } from '../support/test-server.js';

const TODAY = '2026-06-15';
const now = () => new Date(`${TODAY}T12:00:00Z`);

let cluster: PostgresServer;
const data = tempDir('poc-migrate-');
/** What the SQLite server answered before the move: each document's title and content hash, and the sign-off. */
let before: { docs: Array<{ id: string; title: string; contentHash: string }>; signoffs: unknown[] };
let token: string;
let hoo: string;

/** Every readable document's id, title and content hash, as the server answers them. */
async function documents(t: TestServer, as: string): Promise<Array<{ id: string; title: string; contentHash: string }>> {
  const ids = ((await t.api('/api/docs', { token: as })).body.documents as Array<{ id: string }>).map((d) => d.id);
  const found = [];
  for (const id of ids) {
    const d = (await t.api(`/api/docs/${id}`, { token: as })).body;
    found.push({ id, title: d.title as string, contentHash: d.contentHash as string });
  }
  return found;
}

beforeAll(async () => {
  cluster = await startPostgres();
  // The demo store as npm start makes it, then a day's work on it through the server.
  const { accounts } = await demoSetup({ data: data.dir, demoVault: join(ROOT, 'demo-vault'), out: () => {} });
  token = accounts.find((a) => a.username === 'admin')!.token;
  const t = await startTestServer({ dataDir: data.dir, now });
  try {
    hoo = await t.addUser('hoo', { name: 'Head of Office North', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'viewer' } });
    await storeDocument(t, token, approvableMatrix('tm-migrate', TODAY));
    expect((await postSignoff(t, 'tm-migrate', hoo, { role: 'head-of-office', comment: 'Reviewed.' })).status).toBe(201);
    const s = t.server.storage;
    await s.appendVersion({ id: 'v_migrated', docId: 'tm-migrate', kind: 'named', name: 'Before the move', createdAt: `${TODAY}T12:00:00.000Z`, createdBy: 'admin', contentHash: null, restoredFrom: null, snapshot: new Uint8Array([0, 0]) });
    await s.setLastViewed('hoo', 'tm-migrate', 'v_migrated');
    await s.addWebSession('session-hash', { username: 'hoo', tokenHash: 'token-hash', createdAt: now().toISOString(), lastUsedAt: now().toISOString(), idleExpiresAt: '2026-06-16T00:00:00.000Z', expiresAt: '2026-06-22T00:00:00.000Z' });
    await s.addInvite('invite-hash', { username: 'hoo', createdBy: 'admin', createdAt: now().toISOString(), expiresAt: '2026-06-22T00:00:00.000Z' });
    await s.linkIdentity({ issuer: 'https://idp.example.org', subject: 'hoo-1', username: 'hoo' });
    before = { docs: await documents(t, token), signoffs: (await t.api('/api/docs/tm-migrate', { token: hoo })).body.signoffs };
  } finally {
    await t.stop(true);
  }
});
afterAll(async () => {
  await cluster?.stop();
  data.remove();
});

/** The number of rows of each table of the database at `url`. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of COPIED_TABLES) counts[table] = Number((await c.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);
    return counts;
  } finally {
    await c.end();
  }
}

describe('poc migrate', () => {
  it('copies every table of the demo store, prints each count checked against the source, and leaves none empty that held rows', async () => {
    const url = await cluster.createDatabase('poc_migrated');
    const lines: string[] = [];
    const counts = await migrate({ from: data.dir, to: url, out: (l) => lines.push(l) });
    expect(counts.map((n) => n.table)).toEqual([...COPIED_TABLES]);
    expect(counts.filter((n) => n.copied !== n.source)).toEqual([]);
    // Every kind of row the demo and the day's work made is there (health_probe aside, nothing is left out).
    expect(counts.filter((n) => n.copied === 0).map((n) => n.table)).toEqual([]);
    expect(await tableCounts(url)).toEqual(Object.fromEntries(counts.map((n) => [n.table, n.source])));
    expect(lines.at(-1)).toMatch(/every table's count matches the source/);
    expect(lines).toContainEqual(expect.stringMatching(/^signoffs\s+1\s+\(source 1: ok\)$/));
  });

  it('a server on the copy reads the same documents, and the sign-off still verifies', async () => {
    const url = await cluster.createDatabase('poc_served');
    await migrate({ from: data.dir, to: url, out: () => {} });
    const t = await startTestServer({ dataDir: data.dir, storeUrl: url, now });
    try {
      expect(await documents(t, token)).toEqual(before.docs);
      expect((await t.api('/api/docs/tm-migrate', { token: hoo })).body.signoffs).toEqual(before.signoffs);
      expect((await t.api('/api/docs/tm-migrate', { token: hoo })).body.signoffs[0]).toMatchObject({ verification: 'valid' });
    } finally {
      await t.stop(true);
    }
  });

  it('refuses a target that already holds a store, copying nothing', async () => {
    const url = await cluster.createDatabase('poc_twice');
    await migrate({ from: data.dir, to: url, out: () => {} });
    const counts = await tableCounts(url);
    await expect(migrate({ from: data.dir, to: url, out: () => {} })).rejects.toThrow(/already holds a store .* nothing was copied/);
    expect(await tableCounts(url)).toEqual(counts);
  });

  it('commits nothing when a table of the copy does not match the source, and says which', async () => {
    const url = await cluster.createDatabase('poc_mismatch');
    await (await PostgresStorage.open({ url })).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      // An empty store whose settings table silently drops what is written to it.
      await c.query(`CREATE FUNCTION drop_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
        CREATE TRIGGER drop_settings BEFORE INSERT ON settings FOR EACH ROW EXECUTE FUNCTION drop_row();`);
    } finally {
      await c.end();
    }
    await expect(migrate({ from: data.dir, to: url, out: () => {} })).rejects.toThrow(/does not match the source \(settings: \d+ in the source, 0 copied\); nothing was committed/);
    expect((await tableCounts(url)).users).toBe(0);
  });

  it('refuses a target that is not a PostgreSQL URL', async () => {
    await expect(migrate({ from: data.dir, to: join(data.dir, 'copy.sqlite'), out: () => {} })).rejects.toThrow(/--to takes a PostgreSQL URL/);
  });

  it('never prints a password the target URL carries in its query, whether the copy succeeds or fails', async () => {
    const url = `${await cluster.createDatabase('poc_query_password')}?password=s3cret`;
    const lines: string[] = [];
    await migrate({ from: data.dir, to: url, out: (l) => lines.push(l) });
    expect(lines.join('\n')).not.toContain('s3cret');
    const absent = url.replace('poc_query_password', 'poc_absent');
    await expect(migrate({ from: data.dir, to: absent, out: () => {} })).rejects.toThrow(/failed/);
    await expect(migrate({ from: data.dir, to: absent, out: () => {} })).rejects.not.toThrow(/s3cret/);
  });

  it('never repeats a target that is no URL, which may hold a password', async () => {
    await expect(migrate({ from: data.dir, to: 'poc:s3cret@db.example/poc', out: () => {} })).rejects.not.toThrow(/s3cret/);
  });
});
