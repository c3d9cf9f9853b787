/**
 * The signing-key file: every Ed25519 key pair of the server, current first,
 * in `signing-keys.json` beside the store (never inside it, so a copied
 * store or a backup cannot forge approvals). The file is 0600, written
 * atomically (a private temporary file, fsynced, then renamed), and, when a
 * passphrase is given, its private keys are sealed with AES-256-GCM under a
 * key derived by scrypt from the passphrase (node:crypto only; random salt
 * and nonce, parameters stored in the file). Public keys stay readable, so
 * `poc key list` needs no passphrase; they are the cipher's associated data,
 * so swapping them breaks decryption.
 */
import { createCipheriv, createDecipheriv, createHash, generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from '../../shared/zod.js';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from '../storage/file-modes.js';

/** Name of the key file in the data folder. */
export const KEY_FILE_NAME = 'signing-keys.json';
/** The environment variable the CLI reads the passphrase from (named in every message about it). */
export const PASSPHRASE_ENV = 'POC_KEY_PASSPHRASE';

/** One key pair as the file holds it. */
export interface KeyPair {
  keyId: string;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  /** PKCS#8 DER private key, base64. */
  privateKey: string;
  createdAt: string;
}

/** A key file problem a person can act on (missing passphrase, wrong passphrase, unreadable file). */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

// scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB of memory and tens of milliseconds, once per start.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

const KeyFileSchema = z.object({
  format: z.literal('poc-signing-keys'),
  version: z.literal(1),
  keys: z.array(z.object({ keyId: z.string(), publicKey: z.string(), createdAt: z.string(), privateKey: z.optional(z.string()) })),
  encryption: z.optional(
    z.object({
      kdf: z.literal('scrypt'),
      N: z.number(),
      r: z.number(),
      p: z.number(),
      salt: z.string(),
      cipher: z.literal('aes-256-gcm'),
      nonce: z.string(),
      tag: z.string(),
      sealed: z.string(),
    }),
  ),
});
type KeyFileJson = z.infer<typeof KeyFileSchema>;

/** Key id: the first 16 hex digits of the SHA-256 of the raw public key. */
export function keyIdOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 16);
}

/** A new Ed25519 key pair, created now. */
export function newKeyPair(): KeyPair {
  const pair = generateKeyPairSync('ed25519');
  // SPKI DER of an Ed25519 key is a fixed 12-byte header followed by the 32 raw bytes.
  const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
  const raw = new Uint8Array(spki.subarray(spki.length - 32));
  return {
    keyId: keyIdOf(raw),
    publicKey: Buffer.from(raw).toString('base64'),
    privateKey: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    createdAt: new Date().toISOString(),
  };
}

/** The key file of a data folder. */
export function keyFileIn(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

/** Reads the file's JSON; undefined when there is no file. Throws a KeyFileError naming the file when it is not a key file. */
function readJson(file: string): KeyFileJson | undefined {
  if (!existsSync(file)) return undefined;
  let parsed;
  try {
    parsed = KeyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new KeyFileError(`The signing-key file ${file} cannot be read (${(e as Error).message}); restore it from a backup.`);
  }
  if (!parsed.success) throw new KeyFileError(`The signing-key file ${file} is not a key file this server knows (${parsed.error.issues[0]?.message}); restore it from a backup.`);
  return parsed.data;
}

/** Whether the key file exists and its private keys are sealed with a passphrase. */
export function keyFileEncrypted(file: string): boolean {
  return readJson(file)?.encryption !== undefined;
}

/** The public part of every key in the file (no passphrase needed), current first; empty without a file. */
export function readPublicKeys(file: string): Array<Omit<KeyPair, 'privateKey'>> {
  return (readJson(file)?.keys ?? []).map(({ keyId, publicKey, createdAt }) => ({ keyId, publicKey, createdAt }));
}

/**
 * Every key pair in the file, current first; undefined when there is no file.
 * An encrypted file needs its passphrase: without one, or with a wrong one, it
 * throws a KeyFileError naming POC_KEY_PASSPHRASE.
 */
export function readKeyFile(file: string, passphrase: string | undefined): KeyPair[] | undefined {
  const json = readJson(file);
  if (!json) return undefined;
  const enc = json.encryption;
  if (!enc) {
    return json.keys.map((k) => {
      if (!k.privateKey) throw new KeyFileError(`The signing-key file ${file} lacks the private key of ${k.keyId}; restore it from a backup.`);
      return { keyId: k.keyId, publicKey: k.publicKey, privateKey: k.privateKey, createdAt: k.createdAt };
    });
  }
  if (!passphrase) throw new KeyFileError(`The signing-key file ${file} is encrypted: set ${PASSPHRASE_ENV} to its passphrase and start again.`);
  let opened: Record<string, string>;
  try {
    const key = scryptSync(passphrase, Buffer.from(enc.salt, 'base64'), 32, { N: enc.N, r: enc.r, p: enc.p, maxmem: SCRYPT_MAXMEM });
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(enc.nonce, 'base64'));
    decipher.setAAD(associatedData(json.keys));
    decipher.setAuthTag(Buffer.from(enc.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(enc.sealed, 'base64')), decipher.final()]);
    opened = JSON.parse(plain.toString('utf8')) as Record<string, string>;
  } catch {
    throw new KeyFileError(`${PASSPHRASE_ENV} does not open the signing-key file ${file}: the passphrase is wrong (or the file was altered).`);
  }
  return json.keys.map((k) => {
    const privateKey = opened[k.keyId];
    if (!privateKey) throw new KeyFileError(`The signing-key file ${file} lacks the private key of ${k.keyId}; restore it from a backup.`);
    return { keyId: k.keyId, publicKey: k.publicKey, privateKey, createdAt: k.createdAt };
  });
}

/** The bytes the cipher authenticates beside the sealed keys: the public part, in order. */
function associatedData(keys: ReadonlyArray<{ keyId: string; publicKey: string; createdAt: string }>): Buffer {
  return Buffer.from(JSON.stringify(keys.map(({ keyId, publicKey, createdAt }) => [keyId, publicKey, createdAt])), 'utf8');
}

/**
 * Writes every key pair (current first) to `file`, 0600, atomically and
 * durably; sealed when `passphrase` is given, in plain JSON otherwise.
 */
export function writeKeyFile(file: string, keys: readonly KeyPair[], passphrase: string | undefined): void {
  const publicPart = keys.map(({ keyId, publicKey, createdAt }) => ({ keyId, publicKey, createdAt }));
  let json: KeyFileJson;
  if (passphrase) {
    const salt = randomBytes(16);
    const nonce = randomBytes(12);
    const key = scryptSync(passphrase, salt, 32, { ...SCRYPT, maxmem: SCRYPT_MAXMEM });
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(associatedData(publicPart));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(Object.fromEntries(keys.map((k) => [k.keyId, k.privateKey]))), 'utf8'), cipher.final()]);
    json = {
      format: 'poc-signing-keys',
      version: 1,
      keys: publicPart,
      encryption: { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), cipher: 'aes-256-gcm', nonce: nonce.toString('base64'), tag: cipher.getAuthTag().toString('base64'), sealed: sealed.toString('base64') },
    };
  } else {
    json = { format: 'poc-signing-keys', version: 1, keys: keys.map((k) => ({ ...k })) };
  }
  makePrivateDir(dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  // Created 0600 (and set so, whatever the umask) before a single byte of a key is written.
  const fd = openSync(tmp, 'w', PRIVATE_FILE_MODE);
  try {
    makePrivateFile(tmp);
    writeSync(fd, `${JSON.stringify(json, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  // The rename is durable only once the folder's entry is.
  const dirFd = openSync(dirname(file), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}
