/**
 * The store of a server's data folder, opened for one command and closed
 * after it; a store error or a refusal of the people services
 * (server/people) becomes a `CommandError` with its message. When
 * POC_STORE_URL names a PostgreSQL database, that is the store instead (the
 * data folder still holds the signing-key file).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makePrivateDir } from '../../server/storage/file-modes.js';
import { isPostgresUrl } from '../../server/storage/open.js';
import { PostgresStorage, redactedUrl } from '../../server/storage/postgres.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { type Storage, StorageError } from '../../server/storage/storage.js';
import { PeopleError } from '../../server/people/people-error.js';
import { CommandError, type Out } from './command.js';

/** Options every store command takes. */
export interface StoreOptions {
  /** The server's data folder (--data / POC_DATA). */
  data: string;
  out?: Out;
}

/** The store file inside a data folder. */
export function storeFile(data: string): string {
  return join(resolve(data), 'poc.sqlite');
}

/**
 * Opens the store of a data folder for one command. Only `create` (user add)
 * may start a new one: any other command on a folder without a store is a
 * mistyped --data, and must say so rather than work on a new, empty store.
 */
export async function withStore<T>(data: string, fn: (s: Storage) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const storage = await openStore(data, opts.create ?? false);
  try {
    return await fn(storage);
  } catch (e) {
    // A person or document that does not exist ends the command with 1, anything else the store refused with 2.
    if (e instanceof StorageError) throw new CommandError(e.message, e.code === 'not-found' ? 1 : 2);
    if (e instanceof PeopleError) throw new CommandError(e.message, e.kind === 'not-found' ? 1 : 2);
    throw e;
  } finally {
    await storage.close();
  }
}

/** The PostgreSQL store POC_STORE_URL names, if any (read when a command runs, never at import). */
export function storeUrlFromEnv(): string | undefined {
  const url = process.env.POC_STORE_URL?.trim();
  if (!url) return undefined;
  if (!isPostgresUrl(url)) throw new CommandError(`POC_STORE_URL must be a postgres://… URL (it is "${redactedUrl(url)}"); unset it to use the SQLite store in --data.`);
  return url;
}

/** Opens the store a command works on: POC_STORE_URL's database, else the data folder's file (created only when `create`). */
async function openStore(data: string, create: boolean): Promise<Storage> {
  const url = storeUrlFromEnv();
  if (url) {
    const storage = await PostgresStorage.open({ url }).catch((e: unknown) => {
      throw new CommandError((e as Error).message, 2);
    });
    if (storage.created && !create) {
      await storage.close();
      throw new CommandError(`The PostgreSQL database ${redactedUrl(url)} held no store (a new, empty one was made there); check POC_STORE_URL.`);
    }
    return storage;
  }
  const file = storeFile(data);
  if (!existsSync(file)) {
    if (!create) throw new CommandError(`No store at ${file}; check --data or POC_DATA.`);
    // Private from the start (0700), whatever the umask: the store holds every document.
    makePrivateDir(resolve(data));
  }
  return SqliteStorage.open({ file });
}
