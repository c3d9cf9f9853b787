/**
 * Canonical serialisation and content hashing. The same bytes come out of
 * the plugin, the server and the CLI for the same model, whatever the key
 * order or the Yjs internals that produced it, so a sign-off bound to a hash
 * can be checked anywhere.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DocModel } from '../model/types.js';

/**
 * JSON with object keys sorted and no white space; `undefined` members are
 * left out, as JSON.stringify does. Throws a TypeError on values JSON cannot
 * represent faithfully (NaN, Infinity, functions), rather than hashing a lie.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} cannot be serialised`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} cannot be serialised`);
  }
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The status every document is hashed with (see `contentHash`): the one documents are reviewed and signed in, so hashes of records signed before statuses were left out still match. */
const HASHED_STATUS = 'in-review';

/**
 * The content hash a sign-off binds to: SHA-256 over the canonical JSON of
 * the model without the note's own properties (`meta.properties`: tags,
 * aliases…), which are not planning content, so tagging a note does not
 * make a sign-off stale, nor its language (`meta.lang`), which only chooses
 * the template words it is shown with. The status is not content either: it is hashed as
 * "in-review" whatever it says (shared/signoff/workflow.ts), so moving the
 * document through the workflow, or the server marking it approved, never
 * makes a sign-off stale. The model holds no presence or sign-off data, so
 * neither affects it. Prefixed with the algorithm so it can change later.
 */
export function contentHash(model: DocModel): string {
  // The language is left out like the properties: it chooses the words the template shows (headings, labels),
  // not what the document says, so a sign-off given on the English view verifies on the French one and back.
  const { properties: _notSigned, lang: _shownIn, ...meta } = model.meta;
  return `sha256:${sha256Hex(canonicalJson({ ...model, meta: { ...meta, status: HASHED_STATUS } }))}`;
}
