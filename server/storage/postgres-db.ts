/**
 * What every table of the PostgreSQL store needs from the connection pool:
 * a query, a transaction, the fail-closed audit insert inside a transaction,
 * and reading PostgreSQL's error codes.
 *
 * Times are stored as the ISO strings the SQLite store keeps (TEXT), so both
 * stores answer the same strings and compare them the same way (ISO strings
 * sort as times). 64-bit integers (ids, sequence numbers, counts) are read
 * as JavaScript numbers: they stay far below 2^53.
 * @internal Used by the postgres-*.ts modules.
 */
import pg from 'pg';
import { type AuditDraft, UnrecordedError } from './storage.js';

/** A pool or a client inside a transaction: whatever can run a query. */
export type Queryable = pg.Pool | pg.PoolClient;

/** PostgreSQL's type id of int8 (bigint), which `pg` would otherwise read as a string. */
const INT8_OID = 20;

/** @internal Opens a pool on `url` that reads bigints as numbers and names the program to the server. */
export function openPool(url: string, max = 10): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max,
    application_name: 'poc-server',
    types: { getTypeParser: ((oid: number, format?: string) => (oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
  });
}

/** @internal Rows of a query. */
export async function rows<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

/** @internal The first row of a query, or undefined. */
export async function one<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R | undefined> {
  return (await db.query<R>(sql, params)).rows[0];
}

/** @internal How many rows a statement changed. */
export async function changes(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.query(sql, params)).rowCount ?? 0;
}

/** @internal Runs `work` in one transaction on a client of `pool`: committed when it resolves, rolled back when it throws (the error is rethrown). */
export async function transaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const result = await work(c);
    await c.query('COMMIT');
    return result;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/**
 * @internal Fail-closed audit: inserts `entry` on `c`, which must be inside the transaction of the action it records,
 * so the action and its record commit together or not at all; a failed insert becomes an `UnrecordedError` (and the
 * transaction is rolled back by `transaction`). No entry: nothing to do.
 */
export async function recordAudit(c: pg.PoolClient, entry: AuditDraft | undefined): Promise<void> {
  if (!entry) return;
  try {
    await c.query('INSERT INTO audit (at, kind, actor, doc_id, detail) VALUES ($1, $2, $3, $4, $5)', [
      new Date().toISOString(),
      entry.kind,
      entry.actor,
      entry.docId,
      JSON.stringify(entry.detail),
    ]);
  } catch (e) {
    throw new UnrecordedError(e);
  }
}

/** @internal Runs `write` and records `entry` in one transaction (`recordAudit`); without an entry, `write` runs on the pool alone. */
export async function recordedWrite<T>(pool: pg.Pool, entry: AuditDraft | undefined, write: (db: Queryable) => Promise<T>): Promise<T> {
  if (!entry) return write(pool);
  return transaction(pool, async (c) => {
    const result = await write(c);
    await recordAudit(c, entry);
    return result;
  });
}

/** @internal PostgreSQL's SQLSTATE of an error ("23505": unique violation…), or undefined. */
export function sqlState(e: unknown): string | undefined {
  return (e as { code?: unknown } | null)?.code as string | undefined;
}

/** @internal Whether `e` broke a unique constraint; with `constraint`, that one (e.g. "users_pkey"). */
export function isUniqueClash(e: unknown, constraint?: string): boolean {
  return sqlState(e) === '23505' && (constraint === undefined || (e as { constraint?: string }).constraint === constraint);
}

/** @internal Whether `e` is a foreign-key violation (a row naming a document or person the store does not hold). */
export function isForeignKeyViolation(e: unknown): boolean {
  return sqlState(e) === '23503';
}

/** @internal A bytea value as the Uint8Array callers get (a view of the Buffer `pg` returns, no copy). */
export function bytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** @internal A Uint8Array as the Buffer `pg` sends as bytea (a view, no copy). */
export function toBuffer(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
