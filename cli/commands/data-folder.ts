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
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import { CommandError, type Out, type Speaks } from './command.js';

/** Options every store command takes. */
export interface StoreOptions extends Speaks {
  /** The server's data folder (--data / POC_DATA). */
  data: string;
  out?: Out;
}

/** The store file inside a data folder. */
export function storeFile(data: string): string {
  return join(resolve(data), 'poc.sqlite');
}

/** How `withStore` opens the store and words what it refuses. */
export interface StoreUse {
  /** Only `user add` and `demo-setup` may start a new store. */
  create?: boolean;
  /** The language of the command's own refusals (English by default). */
  locale?: Locale;
  /**
   * The command's words for a refusal of the store or the people services, which are worded in English for the
   * server's log and API (undefined: their English message). The command knows the names the refusal is about.
   */
  refusal?: (e: StorageError | PeopleError) => string | undefined;
}

/**
 * Opens the store of a data folder for one command. Only `create` (user add)
 * may start a new one: any other command on a folder without a store is a
 * mistyped --data, and must say so rather than work on a new, empty store.
 */
export async function withStore<T>(data: string, fn: (s: Storage) => Promise<T>, opts: StoreUse = {}): Promise<T> {
  const storage = await openStore(data, opts.create ?? false, opts.locale ?? DEFAULT_LOCALE);
  try {
    return await fn(storage);
  } catch (e) {
    // A person or document that does not exist ends the command with 1, anything else the store refused with 2.
    if (e instanceof StorageError) throw new CommandError(refusalWords(e, opts), e.code === 'not-found' ? 1 : 2);
    if (e instanceof PeopleError) throw new CommandError(refusalWords(e, opts), e.kind === 'not-found' ? 1 : 2);
    throw e;
  } finally {
    await storage.close();
  }
}

/** A refusal of the store or the people services in the command's language: English is theirs, word for word. */
function refusalWords(e: StorageError | PeopleError, opts: StoreUse): string {
  return (opts.locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE ? e.message : (opts.refusal?.(e) ?? e.message);
}

/** The PostgreSQL store POC_STORE_URL names, if any (read when a command runs, never at import); a refusal is in `locale`. */
export function storeUrlFromEnv(locale: Locale = DEFAULT_LOCALE): string | undefined {
  const url = process.env.POC_STORE_URL?.trim();
  if (!url) return undefined;
  if (!isPostgresUrl(url)) throw new CommandError(wordsOf(cliServer, locale)('store.badEnvUrl', { url: redactedUrl(url) }));
  return url;
}

/** Opens the store a command works on: POC_STORE_URL's database, else the data folder's file (created only when `create`). */
async function openStore(data: string, create: boolean, locale: Locale): Promise<Storage> {
  const t = wordsOf(cliServer, locale);
  const url = storeUrlFromEnv(locale);
  if (url) {
    const storage = await PostgresStorage.open({ url }).catch((e: unknown) => {
      throw new CommandError((e as Error).message, 2);
    });
    if (storage.created && !create) {
      await storage.close();
      throw new CommandError(t('store.emptyPostgres', { url: redactedUrl(url) }));
    }
    return storage;
  }
  const file = storeFile(data);
  if (!existsSync(file)) {
    if (!create) throw new CommandError(t('store.none', { file }));
    // Private from the start (0700), whatever the umask: the store holds every document.
    makePrivateDir(resolve(data));
  }
  return SqliteStorage.open({ file });
}
