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
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import { CommandError, localeOf, type Out, print, type Speaks } from './command.js';

/** What `migrate` copies, from where to where. */
export interface MigrateOptions extends Speaks {
  /** A server data folder (its poc.sqlite) or a SQLite store file. */
  from: string;
  /** The PostgreSQL database to copy into (postgres://…); it must hold no store yet. */
  to: string;
  out?: Out;
}

/** The SQLite file `from` names: the file itself, or poc.sqlite in a data folder; throws saying what to give otherwise. */
function sourceFile(from: string, locale: Locale = DEFAULT_LOCALE): string {
  const path = resolve(from);
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'poc.sqlite') : path;
  if (!existsSync(file)) throw new CommandError(wordsOf(cliServer, locale)('migrate.noSource', { file }));
  return file;
}

/** Copies the store and prints every table's count; returns the counts. Stop the server on the SQLite store first. */
export async function migrate(o: MigrateOptions): Promise<TableCount[]> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliServer, locale);
  if (!isPostgresUrl(o.to)) throw new CommandError(t('migrate.badTo', { url: redactedUrl(o.to) }));
  const file = sourceFile(o.from, locale);
  let counts: TableCount[];
  try {
    counts = await copySqliteToPostgres(file, o.to);
  } catch (e) {
    if (e instanceof StorageError) throw new CommandError(e.message);
    throw new CommandError(t('migrate.failed', { file, url: redactedUrl(o.to), reason: (e as Error).message }));
  }
  const width = Math.max(...counts.map((n) => n.table.length));
  // Counts as plain digits (a column to compare), whatever the language.
  for (const n of counts) out(t('migrate.row', { table: n.table.padEnd(width), copied: String(n.copied).padStart(8), source: String(n.source) }));
  out(t('migrate.done', { file, url: redactedUrl(o.to) }));
  return counts;
}
