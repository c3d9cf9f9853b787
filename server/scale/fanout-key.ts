/**
 * The key the instances of one deployment seal what they tell one another
 * through Redis with (several instances, issue 17). Redis is shared with
 * whoever can reach it: a neighbour service on the same Redis can publish
 * on any channel and read and write any key, but it does not hold the
 * store. So the key lives in the store (`settings`, made by the first
 * instance to start, read by the others), and every document message,
 * control message and ticket grant is sealed with AES-256-GCM, its channel
 * or key as associated data: the neighbour cannot read what it carries (a
 * document's edits and presence, whose token a ticket stands for), and a
 * forged message, or a genuine one moved to another document or ticket,
 * fails to open and is dropped.
 *
 * Nonces: 8 random bytes drawn when this process starts (and again after
 * 2^32 messages), then a 4-byte counter, so no two seals under one key share
 * a nonce unless two processes draw the same 64 random bits.
 *
 * What it does not stop: a genuine message replayed on its own channel
 * (an update applies once; a presence state repeats what its owner said),
 * what the channel names and sizes show (which documents are open, and
 * when people type), and a neighbour deleting keys or flooding channels
 * (the store has every update and the instances catch up from it; see
 * server/README.md).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Storage } from '../storage/storage.js';

/** The store setting that holds the key (base64, 32 random bytes). */
export const FANOUT_KEY_SETTING = 'fanout-key';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Seals and opens what travels between the instances through Redis. */
export class FanoutKey {
  private prefix = randomBytes(8);
  private counter = 0;

  constructor(private readonly secret: Buffer) {
    if (secret.length !== 32) throw new RangeError('a fan-out key is 32 bytes');
  }

  private nonce(): Buffer {
    if (this.counter === 0x1_0000_0000) {
      this.prefix = randomBytes(8);
      this.counter = 0;
    }
    const n = Buffer.alloc(NONCE_BYTES);
    this.prefix.copy(n, 0);
    n.writeUInt32BE(this.counter++, 8);
    return n;
  }

  /** `body` sealed for `place` (a channel or a key): nonce, tag, ciphertext. */
  seal(place: string, body: Uint8Array): Buffer {
    const nonce = this.nonce();
    const cipher = createCipheriv('aes-256-gcm', this.secret, nonce);
    cipher.setAAD(Buffer.from(place, 'utf8'));
    const sealed = Buffer.concat([cipher.update(body), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), sealed]);
  }

  /** The body of a sealed message, or undefined when it was not sealed for `place` with this key. */
  open(place: string, sealed: Uint8Array): Uint8Array | undefined {
    if (sealed.byteLength < NONCE_BYTES + TAG_BYTES) return undefined;
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.secret, bytes.subarray(0, NONCE_BYTES));
      decipher.setAAD(Buffer.from(place, 'utf8'));
      decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      return undefined;
    }
  }

  /** A text sealed for `place`, as base64url text (for Redis string values and the control channel). */
  sealText(place: string, text: string): string {
    return this.seal(place, Buffer.from(text, 'utf8')).toString('base64url');
  }

  /** The text of a sealed text, or undefined when it was not sealed for `place` with this key. */
  openText(place: string, sealed: string): string | undefined {
    const body = this.open(place, Buffer.from(sealed, 'base64url'));
    return body === undefined ? undefined : Buffer.from(body).toString('utf8');
  }
}

/** The deployment's fan-out key: the one in the store, or a new one stored by the first instance to ask (two asking at once get the same). */
export async function loadFanoutKey(storage: Pick<Storage, 'settingOnce'>): Promise<FanoutKey> {
  const stored = await storage.settingOnce(FANOUT_KEY_SETTING, randomBytes(32).toString('base64'));
  return new FanoutKey(Buffer.from(stored, 'base64'));
}
