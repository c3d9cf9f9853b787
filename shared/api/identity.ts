/**
 * Who is calling and how to check the server's signatures: `GET /api/me`
 * and `GET /api/keys`.
 */
import { base64 } from '@scure/base';
import * as z from '../zod.js';

/** `GET /api/me`: the caller, the offices they hold, and the mission's time zone (the day validation counts in). */
export const MeResponseSchema = z.object({
  username: z.string(),
  name: z.string(),
  offices: z.array(z.string()),
  /**
   * IANA time zone of the mission, e.g. "Africa/Juba"; "today" for deadlines is the date there. Servers from before it was sent counted in UTC.
   * Any string is accepted, since a client's runtime may lack a zone the server's has: clients take it through `missionZone` (shared/time/mission-day.ts).
   */
  timeZone: z._default(z.string(), 'UTC'),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** One published signing key; older keys stay published so old records still verify. */
export const PublishedKeySchema = z.object({
  keyId: z.string(),
  algorithm: z.literal('Ed25519'),
  /** Raw 32-byte public key, base64. */
  publicKey: z.string(),
  /** When the key was made (informational; checking a signature does not need it). */
  createdAt: z.optional(z.string()),
  /** Whether this key signs new records. */
  current: z.boolean(),
});
export type PublishedKey = z.infer<typeof PublishedKeySchema>;

/** `GET /api/keys` (no token needed). */
export const KeysResponseSchema = z.object({ keys: z.array(PublishedKeySchema) });
export type KeysResponse = z.infer<typeof KeysResponseSchema>;

/**
 * The raw public key (32 bytes) new records are signed with: the key marked
 * `current`, else the first published (servers that mark none publish only
 * one); undefined when there is none or it is not a 32-byte base64 key.
 * Every client picks it here, so after a key rotation they all check
 * against the same key.
 */
export function currentKey(keys: readonly PublishedKey[]): Uint8Array | undefined {
  const key = keys.find((k) => k.current) ?? keys[0];
  if (!key) return undefined;
  let raw: Uint8Array;
  try {
    raw = base64.decode(key.publicKey);
  } catch {
    return undefined;
  }
  return raw.length === 32 ? raw : undefined;
}
