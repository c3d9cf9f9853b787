// Memory per document: how much a server's RSS grows per loaded document. A fresh server is warmed up (a few
// documents opened and closed, so one-off start-up costs are not charged to documents), then `docs` realistic
// documents are written through clients and checked by a second client, all clients leave, and the growth over the
// warmed-up baseline is divided by the number of documents. Our server unloads idle documents: after `unloadWaitMs`
// the remaining growth is measured again (the reference keeps every document in memory for good).
import * as Y from 'yjs';
import { openClient, pool, sleep, waitForState } from './client.mjs';
import { metric, procStats } from './servers.mjs';

/** Documents opened to warm a fresh server up before its baseline is taken. */
const WARMUP = 5;

/** The rooms one run uses, warm-up ones first (ours needs them created before anyone connects). */
export function memoryRooms(docs, warmup = WARMUP) {
  return [...Array.from({ length: warmup }, (_, i) => `warm-${i}`), ...Array.from({ length: docs }, (_, i) => `mem-${i}`)];
}

/** Connections one run opens: a writer and a checking reader per document, warm-up ones included. */
export const memoryConnects = (docs, warmup = WARMUP) => 2 * (warmup + docs);

async function loadOne(target, server, kit, room, i, clientIndex) {
  const doc = new Y.Doc();
  kit.writeRealistic(doc, i);
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const writer = openClient(server.url, room, { token: target.token(clientIndex), doc });
  try {
    await writer.synced;
    // A second client proves the server holds the whole document before the writer leaves.
    const check = openClient(server.url, room, { token: target.token(clientIndex + 1) });
    try {
      await check.synced;
      await waitForState(check.doc, state, 60_000, `document ${room} to reach the server`);
    } finally {
      check.destroy();
    }
  } finally {
    writer.destroy();
  }
  doc.destroy();
}

/** Returns { perDoc, afterUnload } in bytes (afterUnload null when `unloadWaitMs` is 0), plus the raw RSS figures. */
export async function memoryPerDoc(target, kit, { docs, warmup = WARMUP, settleMs = 3000, unloadWaitMs = 0 }) {
  const server = await target.start();
  try {
    for (let i = 0; i < warmup; i++) await loadOne(target, server, kit, `warm-${i}`, i, 0);
    await sleep(settleMs);
    const base = (await procStats(server.pid)).rss;
    await pool(
      Array.from({ length: docs }, (_, i) => i),
      8,
      (i) => loadOne(target, server, kit, `mem-${i}`, i, 2 * (i % 8)),
    );
    await sleep(settleMs);
    const loaded = (await procStats(server.pid)).rss;
    // Ours reports how many documents it holds; the reference says nothing (null).
    const docsLoaded = await metric(server, 'poc_documents_loaded');
    let unloaded = null;
    let docsAfterUnload = null;
    if (unloadWaitMs > 0) {
      await sleep(unloadWaitMs);
      unloaded = (await procStats(server.pid)).rss;
      docsAfterUnload = await metric(server, 'poc_documents_loaded');
    }
    return {
      perDoc: (loaded - base) / docs,
      afterUnload: unloaded === null ? null : (unloaded - base) / docs,
      baseRss: base,
      loadedRss: loaded,
      unloadedRss: unloaded,
      docsLoaded,
      docsAfterUnload,
    };
  } finally {
    await server.stop();
  }
}
