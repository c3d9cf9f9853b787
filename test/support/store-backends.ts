/**
 * The storage contract tests run against every backend: SQLite (a file in a temporary folder) and PostgreSQL (a
 * database of a throw-away cluster, test/support/postgres-server.ts). A test file calls `storeBackends()` at its top
 * level (one cluster for the file, started when a PostgreSQL test first needs it, stopped after the file), iterates
 * `BACKENDS` with `describe.each`, and calls `use(name)` inside the block: every test then gets a fresh, empty store.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { PostgresStorage } from '../../server/storage/postgres.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import type { Storage } from '../../server/storage/storage.js';
import { type PostgresServer, startPostgres } from './postgres-server.js';
import { tempDir } from './test-server.js';

/** The backends, as `describe.each` takes them. */
export const BACKENDS = [{ name: 'SQLite' }, { name: 'PostgreSQL' }] as const;

/** A backend's name. */
export type BackendName = (typeof BACKENDS)[number]['name'];

/** What a store is opened with in the tests. */
export interface TestStoreOptions {
  compactAfter?: number;
  compactWhenQuietMs?: number;
}

/** The store of the current test on one backend, and raw access to it from another connection. */
export interface StoreUnderTest {
  readonly name: BackendName;
  /** Opens this test's store (again after a close: what it kept); every store opened is closed after the test. */
  open(opts?: TestStoreOptions): Promise<Storage>;
  /** Runs SQL on this test's store from another connection, as another process would (the CLI, an attacker). */
  sql(statement: string): Promise<void>;
  /** Rows of a query on this test's store, from another connection. */
  query<T>(statement: string): Promise<T[]>;
  /** Makes every later audit insert fail, as a full disk would. */
  breakAuditTrail(): Promise<void>;
  /** A one-byte binary literal in this backend's SQL. */
  readonly byteLiteral: string;
}

/** Registers the file's hooks; `use(name)` inside a describe block gives that block's tests a fresh store each. */
export function storeBackends(): { use(name: BackendName): StoreUnderTest; cluster(): Promise<PostgresServer> } {
  let cluster: Promise<PostgresServer> | undefined;
  let template: Promise<string> | undefined;
  afterAll(async () => {
    if (cluster) await (await cluster).stop();
  });
  const startCluster = () => (cluster ??= startPostgres());
  // One migrated database to copy: each test's database is born at the current schema, as a reopened store is.
  const migratedTemplate = () =>
    (template ??= (async () => {
      const url = await (await startCluster()).createDatabase('poc_template');
      await (await PostgresStorage.open({ url })).close();
      return 'poc_template';
    })());
  let databases = 0;
  const create = async () => (await startCluster()).createDatabase(`poc_test_${++databases}`, await migratedTemplate());
  // Copying the template takes most of a test's time: the next test's database is made while this one runs.
  let prepared: Promise<string> | undefined;
  const nextDatabase = () => {
    const url = prepared ?? create();
    prepared = create();
    prepared.catch(() => {});
    return url;
  };
  afterAll(async () => {
    await prepared?.catch(() => {});
  });
  return {
    cluster: startCluster,
    use(name) {
      return name === 'SQLite' ? useSqlite() : usePostgres(nextDatabase);
    },
  };
}

/** A closer of every store a test opened. */
function opened(): { add<S extends Storage>(s: S): S; closeAll(): Promise<void> } {
  const stores: Storage[] = [];
  return {
    add: (s) => (stores.push(s), s),
    closeAll: async () => {
      for (const s of stores.splice(0)) await s.close();
    },
  };
}

function useSqlite(): StoreUnderTest {
  let tmp: ReturnType<typeof tempDir>;
  const stores = opened();
  const file = () => `${tmp.dir}/poc.sqlite`;
  beforeEach(() => {
    tmp = tempDir('poc-store-');
  });
  afterEach(async () => {
    await stores.closeAll();
    tmp.remove();
  });
  const withDb = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(file());
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    name: 'SQLite',
    open: async (opts = {}) => stores.add(SqliteStorage.open({ file: file(), ...opts })),
    sql: async (statement) => withDb((db) => void db.exec(statement)),
    query: async <T>(statement: string) => withDb((db) => db.prepare(statement).all() as T[]),
    breakAuditTrail: async () => withDb((db) => void db.exec("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END;")),
    byteLiteral: "x'00'",
  };
}

function usePostgres(newDatabase: () => Promise<string>): StoreUnderTest {
  let url: string;
  const stores = opened();
  beforeEach(async () => {
    url = await newDatabase();
  });
  afterEach(() => stores.closeAll());
  const withClient = async <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'PostgreSQL',
    open: async (opts = {}) => stores.add(await PostgresStorage.open({ url, ...opts })),
    sql: (statement) => withClient(async (c) => void (await c.query(statement))),
    query: <T>(statement: string) => withClient(async (c) => (await c.query(statement)).rows as T[]),
    breakAuditTrail: () =>
      withClient(async (c) => {
        await c.query(`CREATE FUNCTION audit_refuses() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error (injected)'; END $$;
          CREATE TRIGGER audit_refuses BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_refuses();`);
      }),
    byteLiteral: "'\\x00'::bytea",
  };
}
