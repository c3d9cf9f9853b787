/**
 * Turning stored updates back into a Y.Doc. Loading must survive one bad
 * row (an update that decodes but fails to integrate): the rest of the
 * document still loads and the problem is logged, rather than one client's
 * bad update locking everyone out of the document.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';

/**
 * Applies stored updates to `doc` with `origin`, in one transaction, skipping (and logging) any that fails.
 * Applying them in turn is cheaper than merging them first, which would re-encode the compacted state.
 */
export function applyStored(doc: Y.Doc, updates: readonly Uint8Array[], origin: unknown, logger: Logger, docId: string): void {
  if (!updates.length) return;
  Y.transact(
    doc,
    () => {
      updates.forEach((u, i) => {
        try {
          Y.applyUpdate(doc, u, origin);
        } catch (e) {
          logger.error({ err: e, docId, index: i }, 'a stored update of this document could not be applied and was skipped');
        }
      });
    },
    origin,
  );
}

/** A fresh Y.Doc holding the given stored state (for reading a document that is not loaded, or a signed snapshot). */
export function docFromStored(updates: readonly Uint8Array[], logger: Logger, docId: string): Y.Doc {
  const doc = new Y.Doc();
  applyStored(doc, updates, null, logger, docId);
  return doc;
}
