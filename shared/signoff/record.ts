/**
 * Sign-off records: what leadership approved, bound to the exact content
 * hash, signed by the server's Ed25519 key. Records live in the Y.Doc's
 * protected "signoffs" map, which only the server writes; anyone can verify
 * them with the server's public key: one record with `verifySignoff`, or
 * what a server answers with the keys it publishes with `verifyWithKeys`.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import * as z from '../zod.js';
import { canonicalJson } from '../hash/canonical.js';
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedSignoffWords } from '../i18n/messages/shared-signoff.js';

/** A string that is not empty. */
const nonEmpty = z.string().check(z.minLength(1));

export const SignoffPayloadSchema = z.strictObject({
  docId: nonEmpty,
  docType: nonEmpty,
  templateVersion: z.int().check(z.positive()),
  /** Office that signed, e.g. "head-of-mission". */
  role: nonEmpty,
  /**
   * The area the office was exercised for: the document's area at signing, as areas compare (`areaKey` in
   * offices.ts). Absent for mission-wide documents and in records signed before areas were recorded; optional so
   * those still verify (canonical JSON leaves absent members out of the signed bytes).
   */
  area: z.optional(nonEmpty),
  /** Username of the signer. */
  user: nonEmpty,
  userName: z.string(),
  decision: z.enum(['approved', 'rejected']),
  comment: z.string(),
  contentHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  /** ISO timestamp. */
  signedAt: nonEmpty,
});
export type SignoffPayload = z.infer<typeof SignoffPayloadSchema>;

export const SignoffRecordSchema = z.strictObject({
  /** Unique id of the record (also its key in the "signoffs" map). */
  id: nonEmpty,
  payload: SignoffPayloadSchema,
  /** Base64 Ed25519 signature over `canonicalJson(payload)`. */
  signature: nonEmpty,
  /** Identifies the server key that signed (first 16 hex of the public key's SHA-256). */
  keyId: nonEmpty,
});
export type SignoffRecord = z.infer<typeof SignoffRecordSchema>;

/** The exact bytes a signature covers. */
export function signedBytes(payload: SignoffPayload): Uint8Array {
  return new TextEncoder().encode(canonicalJson(payload));
}

/** How a sign-off record stands against a public key and the current content. */
export type SignoffStatus =
  | { state: 'valid'; record: SignoffRecord }
  | { state: 'stale'; record: SignoffRecord; currentHash: string }
  | { state: 'invalid'; reason: string; record?: SignoffRecord };

/**
 * Checks a stored record (any JSON value, as read from the document):
 * well-formed, signed by `publicKey` (32 raw bytes), and for this document.
 * A valid signature over an older content hash is "stale", not "invalid". An invalid one's reason is in `locale`.
 */
export function verifySignoff(raw: unknown, publicKey: Uint8Array, docId: string, currentHash: string, locale: Locale = 'en'): SignoffStatus {
  const parsed = SignoffRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message;
    return { state: 'invalid', reason: problem ? translate(sharedSignoffWords, locale, 'invalid.malformed', { problem }) : translate(sharedSignoffWords, locale, 'invalid.malformedUnknown') };
  }
  const record = parsed.data;
  let ok = false;
  try {
    ok = ed25519.verify(base64.decode(record.signature), signedBytes(record.payload), publicKey);
  } catch {
    ok = false;
  }
  if (!ok) return { state: 'invalid', reason: translate(sharedSignoffWords, locale, 'invalid.signature'), record };
  if (record.payload.docId !== docId) return { state: 'invalid', reason: translate(sharedSignoffWords, locale, 'invalid.otherDocument', { doc: record.payload.docId }), record };
  if (record.payload.contentHash !== currentHash) return { state: 'stale', record, currentHash };
  return { state: 'valid', record };
}

/** A published signing key as `GET /api/keys` gives it: its id, and the raw 32-byte Ed25519 public key in base64. */
export interface PublishedKeyText {
  keyId: string;
  publicKey: string;
}

/**
 * The raw public keys by id. A key that is not base64 of 32 bytes is left out (it could verify nothing), so a
 * record naming it reads as signed with a key that is not published.
 */
export function keysById(published: readonly PublishedKeyText[]): ReadonlyMap<string, Uint8Array> {
  const keys = new Map<string, Uint8Array>();
  for (const k of published) {
    try {
      const raw = base64.decode(k.publicKey);
      if (raw.length === 32) keys.set(k.keyId, raw);
    } catch {
      // Not base64: as if the key were not published.
    }
  }
  return keys;
}

/** How a record already read as a `SignoffRecord` stands: as `SignoffStatus`, always with its record. */
export type CheckedSignoff = SignoffStatus & { record: SignoffRecord };

/**
 * Checks each record a server answers for document `docId` with the key it names among the server's `keys`
 * (`keysById`), against `currentHash`, the content the caller holds. The server's own verdict is never taken: a
 * record naming a key not among `keys` is invalid, saying so (in `locale`), and the rest is `verifySignoff`.
 */
export function verifyWithKeys(records: readonly SignoffRecord[], keys: ReadonlyMap<string, Uint8Array>, docId: string, currentHash: string, locale: Locale = 'en'): CheckedSignoff[] {
  return records.map((record): CheckedSignoff => {
    const key = keys.get(record.keyId);
    if (!key) return { state: 'invalid', reason: translate(sharedSignoffWords, locale, 'invalid.unknownKey', { key: record.keyId }), record };
    return { ...verifySignoff(record, key, docId, currentHash, locale), record };
  });
}
