/** `poc backup`: a consistent online copy of the store, safe while the server runs. */
import { resolve } from 'node:path';
import { keyFileIn } from '../../server/signing/key-file.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import { localeOf, print } from './command.js';
import { type StoreOptions, storeFile, withStore } from './data-folder.js';

/** Writes a consistent copy of the store to `file`, also while the server runs. Start a server on a folder holding the copy as poc.sqlite to restore. */
export async function backup(o: StoreOptions & { file: string }): Promise<void> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliServer, locale);
  await withStore(
    o.data,
    async (s) => {
      await s.backup(resolve(o.file));
    },
    { locale },
  );
  out(t('backup.done', { store: storeFile(o.data), file: resolve(o.file) }));
  // The store holds no private key any more: say so, or a restore would quietly sign with a new key.
  out(t('backup.keys', { keyFile: keyFileIn(resolve(o.data)) }));
}
