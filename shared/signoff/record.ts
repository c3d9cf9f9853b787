/**
 * Sign-off records: what leadership approved, bound to the exact content
 * hash, signed by the server's Ed25519 key. Records live in the Y.Doc's
 * protected "signoffs" map, which only the server writes; anyone can verify
 * them with the server's public key.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import * as z from '../zod.js';
import { canonicalJson } from '../hash/canonical.js';

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
 * A valid signature over an older content hash is "stale", not "invalid".
 */
export function verifySignoff(raw: unknown, publicKey: Uint8Array, docId: string, currentHash: string): SignoffStatus {
  const parsed = SignoffRecordSchema.safeParse(raw);
  if (!parsed.success) return { state: 'invalid', reason: `malformed sign-off record: ${parsed.error.issues[0]?.message ?? 'unknown problem'}` };
  const record = parsed.data;
  let ok = false;
  try {
    ok = ed25519.verify(base64.decode(record.signature), signedBytes(record.payload), publicKey);
  } catch {
    ok = false;
  }
  if (!ok) return { state: 'invalid', reason: 'the signature does not match the server key: this record was not issued by the server or was altered', record };
  if (record.payload.docId !== docId) return { state: 'invalid', reason: `the record was signed for document "${record.payload.docId}", not this one`, record };
  if (record.payload.contentHash !== currentHash) return { state: 'stale', record, currentHash };
  return { state: 'valid', record };
}
