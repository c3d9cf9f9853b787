/**
 * The key the instances of one deployment sign what they tell one another
 * through Redis with (several instances, issue 17). Redis is shared with
 * whoever can reach it: a neighbour service on the same Redis can publish
 * on any channel and read and write any key, but it does not hold the
 * store. So the key lives in the store (`settings`, made by the first
 * instance to start, read by the others), and every document message,
 * control message and ticket grant carries an HMAC-SHA256 of what it says
 * and where it is (its channel or its key): a forged message, or a genuine
 * one moved to another document or ticket, is dropped.
 *
 * What it does not stop: a genuine message replayed on its own channel
 * (an update applies once; a presence state repeats what its owner said),
 * and a neighbour deleting keys or flooding channels (the store has every
 * update and the instances catch up from it; see server/README.md).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Storage } from '../storage/storage.js';

/** The store setting that holds the key (base64, 32 random bytes). */
export const FANOUT_KEY_SETTING = 'fanout-hmac-key';

/** Bytes of a signature (HMAC-SHA256). */
const MAC_BYTES = 32;

/** Signs and checks what travels between the instances through Redis. */
export class FanoutKey {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new RangeError('a fan-out key needs at least 32 bytes');
  }

  /** The signature of `body` at `place` (a channel or a key). */
  private mac(place: string, body: Uint8Array): Buffer {
    return createHmac('sha256', this.secret).update(place, 'utf8').update('\0').update(body).digest();
  }

  /** `body` with its signature in front, for `place`. */
  seal(place: string, body: Uint8Array): Buffer {
    return Buffer.concat([this.mac(place, body), body]);
  }

  /** The body of a sealed message, or undefined when it was not sealed for `place` with this key. */
  open(place: string, sealed: Uint8Array): Uint8Array | undefined {
    if (sealed.byteLength < MAC_BYTES) return undefined;
    const body = sealed.subarray(MAC_BYTES);
    return timingSafeEqual(this.mac(place, body), sealed.subarray(0, MAC_BYTES)) ? body : undefined;
  }

  /** A text sealed for `place`: its signature (base64url), a dot, the text. */
  sealText(place: string, text: string): string {
    return `${this.mac(place, Buffer.from(text, 'utf8')).toString('base64url')}.${text}`;
  }

  /** The text of a sealed text, or undefined when it was not sealed for `place` with this key. */
  openText(place: string, sealed: string): string | undefined {
    const dot = sealed.indexOf('.');
    if (dot < 0) return undefined;
    const given = Buffer.from(sealed.slice(0, dot), 'base64url');
    const text = sealed.slice(dot + 1);
    const mac = this.mac(place, Buffer.from(text, 'utf8'));
    return given.length === mac.length && timingSafeEqual(given, mac) ? text : undefined;
  }
}

/** The deployment's fan-out key: the one in the store, or a new one stored by the first instance to ask (two asking at once get the same). */
export async function loadFanoutKey(storage: Pick<Storage, 'settingOnce'>): Promise<FanoutKey> {
  const stored = await storage.settingOnce(FANOUT_KEY_SETTING, randomBytes(32).toString('base64'));
  return new FanoutKey(Buffer.from(stored, 'base64'));
}
