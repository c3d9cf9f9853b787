/**
 * Who is calling and how to check the server's signatures: `GET /api/me`
 * and `GET /api/keys`.
 */
import { base64 } from '@scure/base';
import * as z from '../zod.js';
import { type OfficeHolding, OfficeHoldingSchema } from '../signoff/offices.js';

/** `GET /api/me`: the caller, the offices they hold (and where), and the mission's time zone (the day validation counts in). */
export const MeResponseSchema = z.object({
  username: z.string(),
  name: z.string(),
  /** The roles held, each once, wherever they apply (what clients from before office scopes read). */
  offices: z.array(z.string()),
  /** Each holding with where it applies (shared/signoff/offices.ts); servers from before office scopes did not send it: read it with `holdingsOf`. */
  holdings: z.optional(z.array(OfficeHoldingSchema)),
  /**
   * IANA time zone of the mission, e.g. "Africa/Juba"; "today" for deadlines is the date there. Servers from before it was sent counted in UTC.
   * Any string is accepted, since a client's runtime may lack a zone the server's has: clients take it through `missionZone` (shared/time/mission-day.ts).
   */
  timeZone: z._default(z.string(), 'UTC'),
  /** Whether the caller may create documents (`POST /api/docs`); servers before the web workspace did not say. */
  canCreate: z.optional(z.boolean()),
  /** Whether the caller administers the server (owner of every document: the web workspace's /admin); servers before issue 14 did not say. */
  admin: z.optional(z.boolean()),
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

/** The caller's office holdings: as sent, or, from a server that sends only roles, each role mission-wide (what that server enforced). */
export function holdingsOf(me: Pick<MeResponse, 'offices' | 'holdings'>): OfficeHolding[] {
  return me.holdings ?? me.offices.map((role) => ({ role }));
}
