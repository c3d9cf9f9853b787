/**
 * Sign-off checks at typing speed. The content hash of a model is cached
 * per model object, and a record's signature is checked once: whether it
 * was issued by the server for this document does not change as the text
 * does; only whether its hash still matches the current content does.
 * Same answers as `verifySignoff`.
 */
import { canonicalJson, contentHash } from '../shared/hash/canonical.js';
import type { DocModel } from '../shared/model/types.js';
import { SignoffRecordSchema, type SignoffStatus, verifySignoff } from '../shared/signoff/record.js';
import { interfaceLocale } from '../shared/i18n/interface-locale.js';

const hashes = new WeakMap<DocModel, string>();

/** The content hash of a model (cached per model object; models are immutable). */
export function modelHash(model: DocModel): string {
  let h = hashes.get(model);
  if (h === undefined) {
    h = contentHash(model);
    hashes.set(model, h);
  }
  return h;
}

/** Signature checks by key, document and record signature: "invalid" with its reason, or good. */
const checked = new WeakMap<Uint8Array, Map<string, SignoffStatus>>();

/** `verifySignoff(raw, publicKey, docId, currentHash)`, with the signature itself checked only once per record. */
export function standing(raw: unknown, publicKey: Uint8Array, docId: string, currentHash: string): SignoffStatus {
  const parsed = SignoffRecordSchema.safeParse(raw);
  const locale = interfaceLocale();
  if (!parsed.success) return verifySignoff(raw, publicKey, docId, currentHash, locale);
  const record = parsed.data;
  let byKey = checked.get(publicKey);
  if (!byKey) checked.set(publicKey, (byKey = new Map<string, SignoffStatus>()));
  // Everything the answer depends on: the whole record (what is signed and the signature), the document and the language of the reason.
  const key = `${locale}\u0000${docId}\u0000${canonicalJson(record)}`;
  let base = byKey.get(key);
  if (!base) {
    // Checked against its own hash: "valid" means well signed and for this document.
    base = verifySignoff(raw, publicKey, docId, record.payload.contentHash, locale);
    byKey.set(key, base);
  }
  if (base.state === 'invalid') return base;
  return record.payload.contentHash === currentHash ? { state: 'valid', record } : { state: 'stale', record, currentHash };
}
