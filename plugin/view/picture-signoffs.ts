/**
 * The sign-offs of the vault's documents, for the plugin's mission picture
 * when the plugin is signed in to a server (issue 15). A sign-off lives in
 * the server's copy of a document (the Y.Doc's sign-off map, written only by
 * the server), not in its Markdown file; the plugin keeps each document's
 * state from the server on the device (plugin/sync/cache.ts). Each record
 * there is checked with the server's signing key by the one verification
 * (`verifySignoff`), against the document as the vault has it now, so an
 * approval of an earlier version reads as stale. Read from the device, so
 * it is as recent as the last time the document was synced; a document
 * never synced here has no known sign-offs and the picture says so.
 */
import * as Y from 'yjs';
import { contentHash } from '../../shared/hash/canonical.js';
import type { DocModel } from '../../shared/model/types.js';
import { type PictureDocument, signoffsOf } from '../../shared/picture/index.js';
import { verifySignoff } from '../../shared/signoff/record.js';
import type { Template } from '../../shared/template/load.js';
import { readSignoffs } from '../../shared/ydoc/layout.js';
import type { DocCache } from '../sync/cache.js';

/** The standing sign-offs of `model` from its state cached on the device, verified with the server's `publicKey`; undefined when none is cached (or it cannot be read). */
export async function cachedSignoffs(cache: Pick<DocCache, 'load'>, publicKey: Uint8Array, model: DocModel, template: Template): Promise<PictureDocument['signoffs'] | undefined> {
  let raw: unknown[];
  try {
    const { state } = await cache.load(model.meta.id);
    if (!state) return undefined;
    const ydoc = new Y.Doc();
    try {
      Y.applyUpdate(ydoc, state);
      raw = readSignoffs(ydoc);
    } finally {
      ydoc.destroy();
    }
  } catch {
    // An id the cache refuses, or a state that does not read: its sign-offs are not known, as for a document never synced.
    return undefined;
  }
  const hash = contentHash(model);
  const verifying = raw.flatMap((r) => {
    const s = verifySignoff(r, publicKey, model.meta.id, hash);
    return s.state === 'invalid' ? [] : [s.record.payload];
  });
  return signoffsOf(verifying, model, template);
}
