/** `poc key rotate` and `poc key list`: the signing keys of a data folder (private keys in its key file, public keys in its store). */
import { resolve } from 'node:path';
import { KeyFileError, keyFileEncrypted, keyFileIn, readPublicKeys } from '../../server/signing/key-file.js';
import { rotateKey } from '../../server/signing/signer.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import { CommandError, localeOf, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';

/** Makes a new current key (sealed with `passphrase` when given); the old ones stay published. Says to restart a running server. */
export async function keyRotate(o: StoreOptions & { passphrase?: string }): Promise<string> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliServer, locale);
  const file = keyFileIn(resolve(o.data));
  const keyId = await withStore(
    o.data,
    async (s) => {
      try {
        return await rotateKey(s, { file, passphrase: o.passphrase });
      } catch (e) {
        if (e instanceof KeyFileError) throw new CommandError(e.message);
        throw e;
      }
    },
    { locale },
  );
  out(t(o.passphrase ? 'key.newSealed' : 'key.newPlain', { keyId, file }));
  out(t('key.restart'));
  return keyId;
}

/** Lists the published public keys, current (the key file's first) marked. */
export async function keyList(o: StoreOptions): Promise<void> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliServer, locale);
  const file = keyFileIn(resolve(o.data));
  await withStore(
    o.data,
    async (s) => {
      const current = readPublicKeys(file)[0]?.keyId;
      for (const k of await s.listServerKeys()) {
        const row = { keyId: k.keyId, created: k.createdAt, publicKey: Buffer.from(k.publicKey).toString('base64') };
        out(t(k.keyId === current ? 'key.rowCurrent' : 'key.row', row));
      }
    },
    { locale },
  );
  out(t(keyFileEncrypted(file) ? 'key.fileSealed' : 'key.filePlain', { file }));
}
