/**
 * The store of a server's data folder, opened for one command and closed
 * after it; a store error or a refusal of the people services
 * (server/people) becomes a `CommandError` with its message.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makePrivateDir } from '../../server/storage/file-modes.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { StorageError } from '../../server/storage/storage.js';
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
export async function withStore<T>(data: string, fn: (s: SqliteStorage) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const file = storeFile(data);
  if (!existsSync(file)) {
    if (!opts.create) throw new CommandError(`No store at ${file}; check --data or POC_DATA.`);
    // Private from the start (0700), whatever the umask: the store holds every document.
    makePrivateDir(resolve(data));
  }
  const storage = SqliteStorage.open({ file });
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
