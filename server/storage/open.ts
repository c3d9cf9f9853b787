/**
 * Which store a server opens: PostgreSQL when the configuration names a
 * database (`--store postgres://…`, POC_STORE_URL), else the SQLite file in
 * the data folder (the embedded default).
 */
import type { ServerConfig } from '../config.js';
import { unwritableStoreMessage } from './health.js';
import { PostgresStorage, redactedUrl } from './postgres.js';
import { SqliteStorage } from './sqlite.js';
import type { Storage } from './storage.js';

/** Whether `url` names a PostgreSQL database (postgres:// or postgresql://). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The store as a person reads its name in messages: the SQLite file, or the database URL without its password. */
export function storeName(config: Pick<ServerConfig, 'storeUrl' | 'dbFile'>): string {
  return config.storeUrl ? redactedUrl(config.storeUrl) : config.dbFile;
}

/** The message of a store that cannot be written at start, saying what to fix, for either kind of store. */
export function unwritableMessage(config: Pick<ServerConfig, 'storeUrl' | 'dbFile'>, why: string): string {
  if (!config.storeUrl) return unwritableStoreMessage(config.dbFile, why);
  return `The PostgreSQL store ${storeName(config)} cannot be written (${why}), so the server would lose every edit: check that the database is not read-only (default_transaction_read_only, a standby) and that this user may write its tables, then start again.`;
}

/** Opens (creating and migrating if needed) the store the configuration names; throws a StorageError saying what to fix. */
export async function openStorage(config: Pick<ServerConfig, 'storeUrl' | 'dbFile' | 'synchronous' | 'compactAfter' | 'logger'>): Promise<Storage> {
  const onBackgroundError = (err: unknown, docId: string) => config.logger.error({ err, docId }, 'background compaction failed; the updates stay as they were');
  if (config.storeUrl) return PostgresStorage.open({ url: config.storeUrl, compactAfter: config.compactAfter, onBackgroundError });
  return SqliteStorage.open({ file: config.dbFile, synchronous: config.synchronous, compactAfter: config.compactAfter, onBackgroundError });
}
