/**
 * `poc migrate`: copies a SQLite store into an empty PostgreSQL one, every
 * table, in ONE transaction on the target, and checks each table's row
 * count against the source before committing: a store is either copied
 * whole and checked, or not at all.
 *
 * The source is first opened as the server would (bringing it to the
 * latest schema, whose tables PostgreSQL's mirror column for column), then
 * read in one read transaction, so the copy is one consistent moment of it.
 * Row order is kept (SQLite's rowid), so sign-offs and versions saved in the
 * same millisecond list in the same order, and ids and sequence numbers are
 * kept, so links to versions and audit entries still hold.
 */
import Database from 'better-sqlite3';
import type pg from 'pg';
import { openPool, transaction } from './postgres-db.js';
import { migratePostgres } from './postgres-schema.js';
import { SqliteStorage } from './sqlite.js';
import { StorageError } from './storage.js';

/** The tables copied, in an order the foreign keys accept. health_probe holds nothing to copy. */
export const COPIED_TABLES = [
  'settings',
  'users',
  'documents',
  'updates',
  'tokens',
  'grants',
  'signoffs',
  'audit',
  'server_keys',
  'web_sessions',
  'versions',
  'version_views',
  'invites',
  'identities',
  'teams',
  'team_members',
  'team_grants',
] as const;

/** SQLite keeps booleans as 0/1; PostgreSQL's columns are boolean. */
const BOOLEAN_COLUMNS = new Set(['users.can_create', 'team_members.manager']);

/** Identity columns whose sequence must continue after the copied values. */
const SEQUENCES: ReadonlyArray<[table: string, column: string]> = [
  ['updates', 'seq'],
  ['tokens', 'id'],
  ['audit', 'id'],
  ['web_sessions', 'id'],
  ['invites', 'id'],
];

/** Rows sent per INSERT (well under PostgreSQL's 65535 parameters for the widest table). */
const CHUNK = 500;

/** How many rows of one table were copied, checked against the source. */
export interface TableCount {
  table: string;
  source: number;
  copied: number;
}

/**
 * Copies the SQLite store in `sqliteFile` into the PostgreSQL database at `url` (created at the current schema if
 * empty); returns each table's counts. Refuses a target that already holds a store, a source that still keeps private
 * signing keys, and commits nothing when any count differs.
 */
export async function copySqliteToPostgres(sqliteFile: string, url: string): Promise<TableCount[]> {
  // Opened (and closed) as the server opens it: the file is brought to the latest schema first.
  await SqliteStorage.open({ file: sqliteFile }).close();
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const pool = openPool(url, 2);
  pool.on('error', () => {});
  try {
    refuseLegacyKeys(source, sqliteFile);
    await migratePostgres(pool);
    await refuseNonEmpty(pool);
    // One read transaction: every table is read at the same moment of the source.
    source.exec('BEGIN');
    try {
      return await transaction(pool, async (c) => {
        const counts: TableCount[] = [];
        for (const table of COPIED_TABLES) counts.push(await copyTable(source, c, table));
        for (const [table, column] of SEQUENCES) {
          await c.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), GREATEST((SELECT MAX(${column}) FROM ${table}), 1), (SELECT COUNT(*) > 0 FROM ${table}))`);
        }
        const wrong = counts.filter((n) => n.source !== n.copied);
        if (wrong.length) {
          throw new StorageError('failed', `The copy does not match the source (${wrong.map((n) => `${n.table}: ${n.source} in the source, ${n.copied} copied`).join('; ')}); nothing was committed. Report this with both databases kept as they are.`);
        }
        return counts;
      });
    } finally {
      source.exec('COMMIT');
    }
  } finally {
    source.close();
    await pool.end();
  }
}

/** A store still holding private keys must move them to its key file first: PostgreSQL never holds one. */
function refuseLegacyKeys(source: Database.Database, file: string): void {
  const legacy = source.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'server_keys_legacy'").get();
  if (legacy) {
    throw new StorageError(
      'invalid',
      `The SQLite store ${file} still holds private signing keys (from before the key file). Start the server on it once (or run "poc key rotate"), which moves them into the key file, then migrate again; nothing was copied.`,
    );
  }
}

/** Refuses a target that holds any row of the store's tables. */
async function refuseNonEmpty(pool: pg.Pool): Promise<void> {
  const held: string[] = [];
  for (const table of COPIED_TABLES) {
    const n = Number((await pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);
    if (n > 0) held.push(`${n} in ${table}`);
  }
  if (held.length) {
    throw new StorageError('exists', `The target database already holds a store (${held.join(', ')}); poc migrate copies into an empty database only, so nothing was copied. Create a new one (createdb) and name it with --to.`);
  }
}

/** Copies one table in rowid order, in chunks; returns its rows counted in the source and in the target after the copy. */
async function copyTable(source: Database.Database, c: pg.PoolClient, table: string): Promise<TableCount> {
  const columns = (source.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((col) => col.name);
  const booleans = columns.map((col) => BOOLEAN_COLUMNS.has(`${table}.${col}`));
  const read = source.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).raw(true);
  let batch: unknown[][] = [];
  const flush = async () => {
    if (!batch.length) return;
    const values = batch.map((_, r) => `(${columns.map((_c, i) => `$${r * columns.length + i + 1}`).join(', ')})`).join(', ');
    const params = batch.flatMap((row) => row.map((v, i) => (booleans[i] ? v === 1 : v)));
    await c.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, params);
    batch = [];
  };
  const inSource = (source.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  for (const row of read.iterate() as Iterable<unknown[]>) {
    batch.push(row);
    if (batch.length === CHUNK) await flush();
  }
  await flush();
  // Counted on both sides rather than as the rows went by: what the target holds is what gets checked.
  const copied = Number((await c.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);
  return { table, source: inSource, copied };
}
