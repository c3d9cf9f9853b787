/**
 * The server's Ed25519 signing key (node:crypto). Private keys live in the
 * key file beside the store (key-file.ts), never in the store; the store
 * keeps the public keys, which /api/keys publishes, every one of them, so
 * records signed before a rotation still verify. Every record verifies with
 * `verifySignoff` from shared/signoff/record.ts (which uses @noble/curves,
 * independently of node:crypto).
 */
import { createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { signedBytes, type SignoffPayload, type SignoffRecord } from '../../shared/signoff/record.js';
import type { SignoffStore } from '../storage/storage.js';
import { type KeyPair, keyFileEncrypted, newKeyPair, readKeyFile, writeKeyFile } from './key-file.js';

export { keyIdOf } from './key-file.js';

/** A public key as /api/keys publishes it. */
export interface PublishedKey {
  keyId: string;
  algorithm: 'Ed25519';
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  createdAt: string;
  /** Whether this key signs new records (older keys stay published so old records still verify). */
  current: boolean;
}

/** Where the key pairs are: the key file, and its passphrase when it is (or is to be) encrypted. */
export interface KeySource {
  file: string;
  passphrase?: string;
}

/** What opening the key ring did, for the log: keys moved out of an older store, a key made, a plain file sealed. */
export interface KeyRingChanges {
  movedFromStore: string[];
  created?: string;
  /** The store published these keys but their key file was missing (a store restored without it): a new key signs from now on. */
  keyFileMissing?: string[];
  encrypted: boolean;
}

/**
 * Reads every key pair (current first), making the key file whole first: a
 * store from before the key file gives its private keys up (written to the
 * file, then erased from the store), a new server gets its first key, a plain
 * file is sealed once a passphrase is given, and every key of the file is
 * published in the store. A store that publishes keys while the key file is
 * missing (restored without it) gets a new key, reported in the changes: the
 * old records keep verifying with the published public keys, and nothing can
 * sign as the lost key any more.
 */
export async function openKeyRing(store: SignoffStore, source: KeySource): Promise<{ pairs: KeyPair[]; changes: KeyRingChanges }> {
  const { file, passphrase } = source;
  const fromFile = readKeyFile(file, passphrase);
  let pairs = fromFile ?? [];
  const changes: KeyRingChanges = { movedFromStore: [], encrypted: false };
  for (const k of await store.legacyPrivateKeys()) {
    if (pairs.some((p) => p.keyId === k.keyId)) continue;
    const pair = { keyId: k.keyId, publicKey: Buffer.from(k.publicKey).toString('base64'), privateKey: Buffer.from(k.privateKey).toString('base64'), createdAt: k.createdAt };
    pairs = [...pairs, pair].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    changes.movedFromStore.push(k.keyId);
  }
  if (!pairs.length) {
    const published = await store.listServerKeys();
    if (published.length) changes.keyFileMissing = published.map((k) => k.keyId);
    pairs = [newKeyPair()];
    changes.created = pairs[0].keyId;
  }
  changes.encrypted = !!passphrase && !!fromFile && !keyFileEncrypted(file);
  // The file is durable before anything leaves the store, so a crash in between loses no key.
  if (!fromFile || changes.movedFromStore.length || changes.encrypted) writeKeyFile(file, pairs, passphrase);
  for (const p of pairs) await store.addServerKey({ keyId: p.keyId, publicKey: new Uint8Array(Buffer.from(p.publicKey, 'base64')), createdAt: p.createdAt });
  await store.forgetLegacyPrivateKeys();
  return { pairs, changes };
}

/** Makes a new current key: prepended to the key file, published in the store. Returns its id. The old keys stay, so their records keep verifying. */
export async function rotateKey(store: SignoffStore, source: KeySource): Promise<string> {
  const { pairs } = await openKeyRing(store, source);
  const fresh = newKeyPair();
  writeKeyFile(source.file, [fresh, ...pairs], source.passphrase);
  await store.addServerKey({ keyId: fresh.keyId, publicKey: new Uint8Array(Buffer.from(fresh.publicKey, 'base64')), createdAt: fresh.createdAt });
  return fresh.keyId;
}

/** Signs sign-off payloads with the current key of the key file. */
export class ServerSigner {
  private constructor(
    private readonly key: KeyObject,
    /** Id of the signing key. */
    readonly keyId: string,
    private readonly published: PublishedKey[],
    /** What opening the key ring changed (logged at start). */
    readonly changes: KeyRingChanges,
  ) {}

  /** Opens the key ring (see `openKeyRing`) and signs with its current key; publishes every key of the store. */
  static async load(store: SignoffStore, source: KeySource): Promise<ServerSigner> {
    const { pairs, changes } = await openKeyRing(store, source);
    const [current] = pairs;
    const key = createPrivateKey({ key: Buffer.from(current.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
    const published = (await store.listServerKeys()).map((k) => ({
      keyId: k.keyId,
      algorithm: 'Ed25519' as const,
      publicKey: Buffer.from(k.publicKey).toString('base64'),
      createdAt: k.createdAt,
      current: k.keyId === current.keyId,
    }));
    // The current key first, as clients expect.
    published.sort((a, b) => Number(b.current) - Number(a.current));
    return new ServerSigner(key, current.keyId, published, changes);
  }

/** Signs a payload and returns the complete record, with a new unique id. */
  sign(payload: SignoffPayload): SignoffRecord {
    const signature = sign(null, signedBytes(payload), this.key).toString('base64');
    const id = `so-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
    return { id, payload, signature, keyId: this.keyId };
  }

  /** Every public key, current first. */
  publicKeys(): PublishedKey[] {
    return this.published.map((k) => ({ ...k }));
  }

  /** The raw public key for a key id, or undefined. */
  publicKey(keyId: string): Uint8Array | undefined {
    const k = this.published.find((p) => p.keyId === keyId);
    return k && new Uint8Array(Buffer.from(k.publicKey, 'base64'));
  }
}
