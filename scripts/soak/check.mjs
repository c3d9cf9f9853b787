// What the soak compares at the end: a digest of a document's content (identical on every client and in the store,
// or they diverged), and which typed tokens a document holds (every one, exactly once, or an edit was lost).
import * as Y from 'yjs';
import { textNodes } from '../bench/fanout.mjs';
import { plain } from './typist.mjs';

/** The content of a POC Y.Doc as one string: body, metadata and document fields. Equal digests, equal documents. */
export function digest(doc) {
  return JSON.stringify({ body: doc.getXmlFragment('body').toJSON(), meta: doc.getMap('meta').toJSON(), fields: doc.getMap('fields').toJSON() });
}

/** How many times each whitespace-separated word occurs in the document's text. */
export function wordCounts(doc) {
  const counts = new Map();
  for (const t of textNodes(doc)) {
    for (const w of plain(t).split(/\s+/)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Checks one document: `clients` (Y.Docs) must have one digest, equal to `stored`'s, and `stored` must hold each
 * token in `tokens` exactly once. Returns { present, missing: [...], duplicated: [...], diverged: [client index] }.
 */
export function checkDocument(stored, clients, tokens) {
  const want = digest(stored);
  const diverged = clients.flatMap((d, i) => (digest(d) === want ? [] : [i]));
  const counts = wordCounts(stored);
  const missing = [];
  const duplicated = [];
  let present = 0;
  for (const t of tokens) {
    const n = counts.get(t) ?? 0;
    if (n === 0) missing.push(t);
    else {
      present++;
      if (n > 1) duplicated.push(t);
    }
  }
  return { present, missing, duplicated, diverged };
}

/** A Y.Doc holding everything the store has for `docId` (its updates applied in order). */
export async function storedDoc(storage, docId) {
  const doc = new Y.Doc();
  for (const u of await storage.loadUpdates(docId)) Y.applyUpdate(doc, u);
  return doc;
}
