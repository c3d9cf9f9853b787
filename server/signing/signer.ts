/**
 * The server's Ed25519 signing key (node:crypto). The key pair is created on
 * first start and kept in the store; the raw 32-byte public key is published
 * at /api/keys, and every record verifies with `verifySignoff` from
 * shared/signoff/record.ts (which uses @noble/curves, independently of
 * node:crypto).
 */
import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { signedBytes, type SignoffPayload, type SignoffRecord } from '../../shared/signoff/record.js';
import type { SignoffStore } from '../storage/storage.js';

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

/** Key id: the first 16 hex digits of the SHA-256 of the raw public key. */
export function keyIdOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 16);
}

/** Signs sign-off payloads with the store's current key. */
export class ServerSigner {
  private constructor(
    private readonly key: KeyObject,
    /** Id of the signing key. */
    readonly keyId: string,
    private readonly published: PublishedKey[],
  ) {}

  /** Loads the newest key from the store, creating and storing one if the store has none. */
  static async load(store: SignoffStore): Promise<ServerSigner> {
    let keys = await store.listServerKeys();
    if (!keys.length) {
      const pair = generateKeyPairSync('ed25519');
      // SPKI DER of an Ed25519 key is a fixed 12-byte header followed by the 32 raw bytes.
      const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
      const publicKey = new Uint8Array(spki.subarray(spki.length - 32));
      const privateKey = new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
      await store.addServerKey({ keyId: keyIdOf(publicKey), publicKey, privateKey });
      keys = await store.listServerKeys();
    }
    const [current] = keys;
    const key = createPrivateKey({ key: Buffer.from(current.privateKey), format: 'der', type: 'pkcs8' });
    const published = keys.map((k, i) => ({
      keyId: k.keyId,
      algorithm: 'Ed25519' as const,
      publicKey: Buffer.from(k.publicKey).toString('base64'),
      createdAt: k.createdAt,
      current: i === 0,
    }));
    return new ServerSigner(key, current.keyId, published);
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
