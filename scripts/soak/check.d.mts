// Types of check.mjs, for the tests that specify the soak's verdict.
import type * as Y from 'yjs';

/** The content of a POC Y.Doc as one string: body, metadata and document fields. */
export function digest(doc: Y.Doc): string;
/** How many times each whitespace-separated word occurs in the document's text. */
export function wordCounts(doc: Y.Doc): Map<string, number>;
/** Checks one document against its clients and the tokens typed into it. */
export function checkDocument(
  stored: Y.Doc,
  clients: Y.Doc[],
  tokens: string[],
): { present: number; missing: string[]; duplicated: string[]; diverged: number[] };
/** A Y.Doc holding everything the store has for `docId`. */
export function storedDoc(storage: { loadUpdates(id: string): Promise<Uint8Array[]> }, docId: string): Promise<Y.Doc>;
