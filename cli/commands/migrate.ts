/**
 * `poc migrate --from <data folder or SQLite file> --to postgres://…`: moves
 * a SQLite store into an empty PostgreSQL database (server/storage/postgres-import.ts),
 * printing each table's rows copied, checked against the source.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPostgresUrl } from '../../server/storage/open.js';
import { copySqliteToPostgres, type TableCount } from '../../server/storage/postgres-import.js';
import { redactedUrl } from '../../server/storage/postgres.js';
import { StorageError } from '../../server/storage/storage.js';
import { CommandError, type Out, print } from './command.js';

/** What `migrate` copies, from where to where. */
export interface MigrateOptions {
  /** A server data folder (its poc.sqlite) or a SQLite store file. */
  from: string;
  /** The PostgreSQL database to copy into (postgres://…); it must hold no store yet. */
  to: string;
  out?: Out;
}

/** The SQLite file `from` names: the file itself, or poc.sqlite in a data folder; throws saying what to give otherwise. */
function sourceFile(from: string): string {
  const path = resolve(from);
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'poc.sqlite') : path;
  if (!existsSync(file)) throw new CommandError(`No SQLite store at ${file}; give --from a server data folder or its poc.sqlite file.`);
  return file;
}

/** Copies the store and prints every table's count; returns the counts. Stop the server on the SQLite store first. */
export async function migrate(o: MigrateOptions): Promise<TableCount[]> {
  const out = print(o);
  if (!isPostgresUrl(o.to)) throw new CommandError(`--to takes a PostgreSQL URL (postgres://user@host/database), not "${redactedUrl(o.to)}".`);
  const file = sourceFile(o.from);
  let counts: TableCount[];
  try {
    counts = await copySqliteToPostgres(file, o.to);
  } catch (e) {
    if (e instanceof StorageError) throw new CommandError(e.message);
    throw new CommandError(`Copying ${file} into ${redactedUrl(o.to)} failed (${(e as Error).message}); nothing was committed. Check that PostgreSQL runs and accepts this user, then try again.`);
  }
  const width = Math.max(...counts.map((n) => n.table.length));
  for (const n of counts) out(`${n.table.padEnd(width)}  ${String(n.copied).padStart(8)}  (source ${n.source}: ok)`);
  out(`Copied ${file} into ${redactedUrl(o.to)}: every table's count matches the source. Start each instance with --store (or POC_STORE_URL) and a copy of the data folder's signing-key file.`);
  return counts;
}
