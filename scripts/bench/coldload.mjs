// Cold load: a document whose history is `updates` small updates (keystrokes and backspaces at a wandering cursor),
// and the time until a newly connected client holds its full state.
// - Reference: no persistence, so the history must be in its memory: it is streamed through a client, update by update.
// - Ours: the history is in SQLite exactly as the server stores it (appended update by update, compacted in the
//   background), written while the server is stopped; before every measurement the server is restarted and warmed
//   up on another document, so the document loads from disk into a running server.
import { join } from 'node:path';
import * as Y from 'yjs';
import { openClient, sleep, waitForState } from './client.mjs';
import { textNodes } from './fanout.mjs';

const ROOM = 'cold-history';
const WARM_ROOM = 'cold-warm-up';

/** The rooms ours loads from (created in its data folder before the history is written, as connecting creates none). */
export const COLD_ROOMS = [ROOM, WARM_ROOM];

/** The history: the i-th realistic document written in one update, then `n` keystroke updates. Deterministic. */
export function makeHistory(kit, n) {
  const doc = new Y.Doc();
  doc.clientID = 424242;
  const updates = [];
  doc.on('update', (u) => updates.push(u));
  kit.writeRealistic(doc, 0);
  const seedUpdates = updates.length;
  const texts = textNodes(doc);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  let text = texts[0];
  let pos = 0;
  for (let i = 0; i < n; i++) {
    if (i % 30 === 0) {
      // The cursor moves to another place, as people revise different paragraphs.
      text = texts[Math.floor(rand() * texts.length)];
      pos = Math.floor(rand() * (text.length + 1));
    }
    if (rand() < 0.1 && pos > 0) {
      text.delete(pos - 1, 1);
      pos--;
    } else {
      text.insert(pos, String.fromCharCode(97 + Math.floor(rand() * 26)));
      pos++;
    }
  }
  return { updates, seedUpdates, state: Y.decodeStateVector(Y.encodeStateVector(doc)), finalBytes: Y.encodeStateAsUpdate(doc).length };
}

/** Times one new client from opening the connection to holding `state`. */
async function timeLoad(target, server, state, clientIndex) {
  const t0 = performance.now();
  const c = openClient(server.url, ROOM, { token: target.token(clientIndex) });
  try {
    await waitForState(c.doc, state, 120_000, 'the full history to load');
    return performance.now() - t0;
  } finally {
    c.destroy();
  }
}

/** Reference: streams the history through a client, checks it arrived, then times `reps` fresh clients. Median-ready list of ms. */
export async function coldLoadReference(target, history, reps) {
  const server = await target.start();
  try {
    const writer = openClient(server.url, ROOM);
    await writer.synced;
    for (let i = 0; i < history.updates.length; i++) {
      Y.applyUpdate(writer.doc, history.updates[i]);
      // Let the socket drain now and then rather than queueing the whole history at once.
      if (i % 2000 === 1999) await sleep(0);
    }
    const check = openClient(server.url, ROOM);
    await waitForState(check.doc, history.state, 300_000, 'the streamed history to reach the reference server');
    check.destroy();
    writer.destroy();
    await sleep(500);
    const out = [];
    for (let r = 0; r < reps; r++) out.push(await timeLoad(target, server, history.state, r));
    return out;
  } finally {
    await server.stop();
  }
}

/** Ours: writes the history into a fresh store, then for each repetition restarts the server and times a fresh client. */
export async function coldLoadOurs(target, storeModule, history, reps) {
  const dataDir = target.freshData();
  const storage = storeModule.SqliteStorage.open({ file: join(dataDir, 'poc.sqlite'), synchronous: 'normal' });
  // The document itself was created with the others of the data folder (COLD_ROOMS): here only its history is written.
  if (!(await storage.getDocument(ROOM))) throw new Error(`the data folder has no document "${ROOM}" to write the history into; create COLD_ROOMS first`);
  for (let i = 0; i < history.updates.length; i++) {
    await storage.appendUpdate(ROOM, history.updates[i]);
    // Give the background compaction its turn, as the server's event loop would.
    if (i % 100 === 99) await new Promise((r) => setImmediate(r));
  }
  await new Promise((r) => setImmediate(r));
  const before = (await storage.loadUpdates(ROOM)).length;
  // Closing compacts what was still waiting (within a budget), as a server stopped after a burst does.
  await storage.close();
  const reopened = storeModule.SqliteStorage.open({ file: join(dataDir, 'poc.sqlite'), synchronous: 'normal' });
  const rows = (await reopened.loadUpdates(ROOM)).length;
  await reopened.close();
  if (rows !== before) console.error(`· cold load: ${before} rows before the store closed, ${rows} after`);
  const out = [];
  for (let r = 0; r < reps; r++) {
    const server = await target.start({ dataDir });
    try {
      // A running server, warmed up on another document: what is cold is this document, not the process.
      const warm = openClient(server.url, WARM_ROOM, { token: target.token(r) });
      await warm.synced;
      warm.destroy();
      out.push(await timeLoad(target, server, history.state, r));
    } finally {
      await server.stop();
    }
  }
  return Object.assign(out, { storedRows: rows });
}
