// What only the PostgreSQL store does: several instances on one database (compaction under an advisory lock, the
// change marker), the database itself refusing to rewrite history, and versioned migrations. The contract it shares
// with SQLite is asserted by storage.test.ts, storage-teams.test.ts and update-log.test.ts.
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { POSTGRES_SCHEMA_VERSION } from '../../server/storage/postgres-schema.js';
import { type PostgresServer, postgresBinDir, startPostgres } from '../support/postgres-server.js';
import { textOf } from '../support/typed-updates.js';

let cluster: PostgresServer;
let url: string;
let databases = 0;
const stores: PostgresStorage[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(() => cluster?.stop());
beforeEach(async () => {
  url = await cluster.createDatabase(`poc_pg_${++databases}`);
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

/** An instance's store on this test's database (background compaction out of the way unless asked). */
async function instance(opts: { compactAfter?: number; compactWhenQuietMs?: number } = {}): Promise<PostgresStorage> {
  const s = await PostgresStorage.open({ url, compactWhenQuietMs: 60_000, ...opts });
  stores.push(s);
  return s;
}

/** A raw SQL client on this test's database: an attacker, an administrator, another program. */
async function raw<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** `n` one-character updates typed by one client, and the text they make. */
function keystrokes(n: number, client: number, from = 0): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  doc.clientID = client;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < n; i++) doc.getText('t').insert(0, String((from + i) % 10));
  return { updates, doc };
}

describe('history the database refuses to rewrite', () => {
  it('a raw SQL client can neither change, delete nor truncate the audit trail', async () => {
    const store = await instance();
    await store.appendAudit({ kind: 'connect', actor: 'amina', docId: 'd', detail: {} });
    await raw(async (c) => {
      await expect(c.query("UPDATE audit SET actor = 'mallory'")).rejects.toThrow(/the audit trail is append-only/);
      await expect(c.query('DELETE FROM audit')).rejects.toThrow(/the audit trail is append-only/);
      await expect(c.query('TRUNCATE audit')).rejects.toThrow(/the audit trail is append-only/);
    });
    expect(await store.queryAudit({})).toMatchObject([{ actor: 'amina', kind: 'connect' }]);
  });

  it('a raw SQL client can neither change, delete nor truncate a sign-off', async () => {
    await instance();
    await raw((c) => c.query("INSERT INTO signoffs (id, doc_id, signed_at, record, snapshot) VALUES ('s1', 'd', '2026-01-01T00:00:00.000Z', '{}', '\\x00'::bytea)"));
    await raw(async (c) => {
      await expect(c.query("UPDATE signoffs SET record = '{\"forged\":true}'")).rejects.toThrow(/sign-offs are append-only/);
      await expect(c.query('DELETE FROM signoffs')).rejects.toThrow(/sign-offs are append-only/);
      await expect(c.query('TRUNCATE signoffs')).rejects.toThrow(/sign-offs are append-only/);
      expect((await c.query('SELECT record FROM signoffs')).rows).toEqual([{ record: '{}' }]);
    });
  });
});

describe('several instances on one database', () => {
  it('two instances compacting one document at once both finish, leaving one state with every update', async () => {
    const [a, b] = [await instance(), await instance()];
    await a.createDocument('d', null);
    const { updates, doc } = keystrokes(1000, 1);
    for (let i = 0; i < updates.length; i += 100) await Promise.all(updates.slice(i, i + 100).map((u) => a.appendUpdate('d', u)));
    await Promise.all([a.compact('d'), b.compact('d')]);
    const rows = await b.loadUpdates('d');
    expect(rows).toHaveLength(1);
    expect(textOf(rows)).toBe(doc.getText('t').toString());
  });

  it("two instances appending batches to several documents at once leave each document's rows one unbroken chain of prevSeq", async () => {
    const [a, b] = [await instance(), await instance()];
    const docs = ['d1', 'd2', 'd3'];
    for (const d of docs) await a.createDocument(d, null);
    const placed = new Map<string, Array<{ seq: number; prevSeq: number }>>(docs.map((d) => [d, []]));
    // Each round queues, in one turn, appends to every document from both instances: each instance commits them as one batch.
    for (let round = 0; round < 20; round++) {
      const turn = docs.flatMap((d, k) =>
        [a, b].map((s, j) => s.appendUpdate(d, keystrokes(1, 10 * k + j + 1, round).updates[0]).then((r) => placed.get(d)!.push(r))),
      );
      await Promise.all(turn);
    }
    for (const d of docs) {
      const chain = placed.get(d)!.sort((x, y) => x.seq - y.seq);
      expect(chain).toHaveLength(40);
      // Every row names the one just before it in its own document, the first names none: nothing is skipped or forked.
      expect(chain.map((r) => r.prevSeq)).toEqual([0, ...chain.slice(0, -1).map((r) => r.seq)]);
    }
  });

  it('updates another instance appends while a document is compacted are all kept', async () => {
    const [a, b] = [await instance(), await instance()];
    await a.createDocument('d', null);
    const first = keystrokes(600, 1);
    for (let i = 0; i < first.updates.length; i += 100) await Promise.all(first.updates.slice(i, i + 100).map((u) => a.appendUpdate('d', u)));
    const second = keystrokes(200, 2, 600);
    const compacted = a.compact('d');
    await Promise.all(second.updates.map((u) => b.appendUpdate('d', u)));
    await compacted;
    const expected = new Y.Doc();
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(first.doc));
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(second.doc));
    expect(textOf(await a.loadUpdates('d'))).toBe(expected.getText('t').toString());
  });

  it('an update committed late, with an earlier sequence number than rows a compaction merged, is kept', async () => {
    const store = await instance();
    await store.createDocument('d', null);
    const { updates, doc } = keystrokes(20, 1);
    const late = updates.pop()!;
    await Promise.all(updates.map((u) => store.appendUpdate('d', u)));
    await raw(async (c) => {
      // Another instance's batch takes its sequence number, then commits only after a compaction has run.
      await c.query('BEGIN');
      await c.query("SELECT nextval(pg_get_serial_sequence('updates', 'seq'))");
      await c.query("INSERT INTO updates (doc_id, data) VALUES ('d', $1)", [Buffer.from(late)]);
      await store.compact('d');
      await c.query('COMMIT');
    });
    expect(textOf(await store.loadUpdates('d'))).toBe(doc.getText('t').toString());
  });

  it('an update another instance is committing while the document is deleted does not outlive it', async () => {
    const store = await instance();
    await store.createDocument('d', null);
    const { updates } = keystrokes(2, 1);
    await store.appendUpdate('d', updates[0]);
    await raw(async (c) => {
      // Another instance's batch is under way when the deletion starts; it commits only after.
      await c.query('BEGIN');
      await c.query("INSERT INTO updates (doc_id, data) VALUES ('d', $1)", [Buffer.from(updates[1])]);
      const deleted = store.deleteDocument('d');
      await c.query('COMMIT');
      expect(await deleted).toBe(true);
    });
    await raw(async (c) => {
      // And one that starts after the deletion is dropped by the database.
      await c.query("INSERT INTO updates (doc_id, data) VALUES ('d', $1)", [Buffer.from(updates[1])]);
      expect((await c.query("SELECT COUNT(*)::int AS n FROM updates WHERE doc_id = 'd'")).rows).toEqual([{ n: 0 }]);
    });
  });

  it("a token revoked through one instance moves every instance's change marker", async () => {
    const [a, b] = [await instance(), await instance()];
    await a.addUser({ username: 'amina', name: 'Amina', offices: [] });
    await a.addToken('amina', 'hash-1');
    const before = await b.externalChangeMarker();
    await a.revokeTokens('amina');
    expect(await b.externalChangeMarker()).not.toBe(before);
  });

  it('a grant changed by a raw SQL client moves the change marker', async () => {
    const store = await instance();
    await store.addUser({ username: 'amina', name: 'Amina', offices: [] });
    const before = await store.externalChangeMarker();
    await raw((c) => c.query("INSERT INTO grants (username, doc_id, access, granted_at) VALUES ('amina', '*', 'viewer', 'now')"));
    expect(await store.externalChangeMarker()).not.toBe(before);
  });
});

describe('schema migrations', () => {
  it('a new database is created at the current schema version, and says so', async () => {
    const store = await instance();
    expect(store.created).toBe(true);
    expect(await raw(async (c) => (await c.query('SELECT version FROM schema_version')).rows)).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
  });

  it('reopening a store applies nothing again and keeps what it holds', async () => {
    const first = await instance();
    await first.addUser({ username: 'amina', name: 'Amina', offices: [] });
    await first.close();
    const again = await instance();
    expect(again.created).toBe(false);
    expect((await again.listUsers()).map((u) => u.username)).toEqual(['amina']);
    expect(await raw(async (c) => (await c.query('SELECT version FROM schema_version')).rows)).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
  });

  it('instances opening a new database at once migrate it once', async () => {
    const opened = await Promise.all([instance(), instance(), instance()]);
    expect(opened.filter((s) => s.created)).toHaveLength(1);
    expect(await raw(async (c) => (await c.query('SELECT version FROM schema_version')).rows)).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
  });

  it('refuses a database written by a newer version, saying what to do', async () => {
    await (await instance()).close();
    await raw((c) => c.query('UPDATE schema_version SET version = 99'));
    await expect(PostgresStorage.open({ url })).rejects.toThrow(/newer version of the server \(schema 99.*Upgrade the server/);
  });
});

describe('what a person is told', () => {
  it('a backup is refused, naming pg_dump', async () => {
    const store = await instance();
    await expect(store.backup('/tmp/never-written.sqlite')).rejects.toThrow(/pg_dump/);
  });

  it('a database that cannot be reached is named without its password, with what to check', async () => {
    const wrong = url.replace('poc_test@', 'poc_test:s3cret@').replace(/\/[^/]+$/, '/no_such_database');
    const failure = PostgresStorage.open({ url: wrong });
    await expect(failure).rejects.toThrow(/Cannot open the PostgreSQL store postgres:\/\/poc_test:\*\*\*@.*no_such_database.*Check that PostgreSQL runs/);
    await expect(failure).rejects.not.toThrow(/s3cret/);
  });

  it('without PostgreSQL installed, the tests fail naming the Debian package to install', () => {
    expect(() => postgresBinDir('/nonexistent/postgresql', '/nonexistent/bin')).toThrow(/install the Debian package "postgresql".*They never skip/);
  });
});
