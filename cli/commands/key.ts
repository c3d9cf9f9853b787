/** `poc key rotate` and `poc key list`: the signing keys of a data folder (private keys in its key file, public keys in its store). */
import { resolve } from 'node:path';
import { KeyFileError, keyFileEncrypted, keyFileIn, readPublicKeys } from '../../server/signing/key-file.js';
import { rotateKey } from '../../server/signing/signer.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';

/** Makes a new current key (sealed with `passphrase` when given); the old ones stay published. Says to restart a running server. */
export async function keyRotate(o: StoreOptions & { passphrase?: string }): Promise<string> {
  const out = print(o);
  const file = keyFileIn(resolve(o.data));
  const keyId = await withStore(o.data, async (s) => {
    try {
      return await rotateKey(s, { file, passphrase: o.passphrase });
    } catch (e) {
      if (e instanceof KeyFileError) throw new CommandError(e.message);
      throw e;
    }
  });
  out(`New signing key ${keyId} in ${file}${o.passphrase ? ' (sealed with POC_KEY_PASSPHRASE)' : ' (not encrypted: set POC_KEY_PASSPHRASE to seal it)'}.`);
  out('The older keys stay published, so their sign-offs keep verifying. Restart the server to sign with the new key; back the key file up with the store.');
  return keyId;
}

/** Lists the published public keys, current (the key file's first) marked. */
export async function keyList(o: StoreOptions): Promise<void> {
  const out = print(o);
  const file = keyFileIn(resolve(o.data));
  await withStore(o.data, async (s) => {
    const current = readPublicKeys(file)[0]?.keyId;
    for (const k of await s.listServerKeys()) out(`${k.keyId}  ${k.createdAt}  ${Buffer.from(k.publicKey).toString('base64')}${k.keyId === current ? '  current' : ''}`);
  });
  out(`Key file ${file}: ${keyFileEncrypted(file) ? 'sealed with a passphrase (POC_KEY_PASSPHRASE)' : 'not encrypted (0600)'}.`);
}
