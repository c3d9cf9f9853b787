/** `poc backup`: a consistent online copy of the store, safe while the server runs. */
import { resolve } from 'node:path';
import { keyFileIn } from '../../server/signing/key-file.js';
import { print } from './command.js';
import { type StoreOptions, storeFile, withStore } from './data-folder.js';

/** Writes a consistent copy of the store to `file`, also while the server runs. Start a server on a folder holding the copy as poc.sqlite to restore. */
export async function backup(o: StoreOptions & { file: string }): Promise<void> {
  const out = print(o);
  await withStore(o.data, async (s) => {
    await s.backup(resolve(o.file));
  });
  out(`Backed up ${storeFile(o.data)} to ${resolve(o.file)} (mode 0600). To restore, copy it to <data folder>/poc.sqlite and start the server there.`);
  // The store holds no private key any more: say so, or a restore would quietly sign with a new key.
  out(`The signing keys are not in it: back up ${keyFileIn(resolve(o.data))} too (sealed with POC_KEY_PASSPHRASE), and restore it beside the copy.`);
}
