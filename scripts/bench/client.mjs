// The load generator's client: the official y-websocket WebsocketProvider on a Node `ws` socket, one Y.Doc each, with
// the BroadcastChannel shortcut off (in one process, providers of the same room would otherwise sync without the server).
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Each provider adds a process 'exit' listener; hundreds of clients are expected here.
process.setMaxListeners(0);

/**
 * Opens a client on `room` of the server at `url`. `token` is sent as y-websocket sends params (ignored by the reference).
 * Returns the provider, its doc, and `synced`, a promise that resolves on the first sync, or rejects with the server's
 * reason when it refuses the connection (a close code of 4000 or more) before then.
 */
export function openClient(url, room, { token, doc = new Y.Doc(), maxBackoffTime = 1000 } = {}) {
  const provider = new WebsocketProvider(url, room, doc, {
    // The document layout our server requires of clients (LAYOUT_PARAM and LAYOUT_VERSION in shared/api/client-layout.ts); the reference ignores it.
    params: { layout: '2', ...(token ? { token } : {}) },
    WebSocketPolyfill: WebSocket,
    disableBc: true,
    maxBackoffTime,
  });
  let closeInfo = null;
  let everSynced = false;
  let refused = () => {};
  provider.on('connection-close', (event) => {
    if (!event) return;
    closeInfo = { code: event.code, reason: event.reason };
    // y-websocket retries every refusal for ever: a refused benchmark would hang instead of saying why. Only before
    // the first sync: a client that was in and is closed later (a restart, a limit) reconnects as people's clients do.
    if (event.code >= 4000 && !everSynced) refused(new Error(`the server refused the connection to "${room}": ${event.code} ${event.reason}`));
  });
  const synced = new Promise((resolve, reject) => {
    refused = (e) => {
      destroy();
      reject(e);
    };
    const done = () => {
      everSynced = true;
      resolve();
    };
    if (provider.synced) done();
    else provider.once('sync', (s) => s && done());
  });
  // Callers that never wait for the sync (a timed load) must not crash the run with an unhandled rejection.
  synced.catch(() => {});
  // The provider's Awareness keeps a 3 s interval, holding the doc, until the awareness or the doc is destroyed, and
  // provider.destroy() does neither: without the two lines below every client of a run stayed in memory and kept
  // ticking, and a full bench ran out of heap in its last section.
  const destroy = () => {
    provider.destroy();
    provider.awareness.destroy();
    doc.destroy();
  };
  return { provider, doc, synced, lastClose: () => closeInfo, destroy };
}

/** Resolves when `pred()` is true, checked after every update of `doc`; rejects after `ms` with `what` in the message. */
export function waitForDoc(doc, pred, ms, what) {
  if (pred()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pred()) {
        clearTimeout(t);
        doc.off('afterTransaction', check);
        resolve();
      }
    };
    const t = setTimeout(() => {
      doc.off('afterTransaction', check);
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    doc.on('afterTransaction', check);
  });
}

/** Whether `doc` holds everything described by `stateVector` (a Map clientID → clock, from Y.decodeStateVector). */
export function hasState(doc, stateVector) {
  const mine = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of stateVector) if ((mine.get(client) ?? 0) < clock) return false;
  return true;
}

/** Resolves when `doc` holds everything `target`'s state vector says (Map from Y.decodeStateVector). */
export function waitForState(doc, target, ms, what = 'the full state') {
  // Checking the state vector after every transaction is cheap next to applying the update itself.
  return waitForDoc(doc, () => hasState(doc, target), ms, what);
}

/** Waits `ms` milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves with `promise`'s value, or with `fallback` after `ms` (the timer does not keep the process alive). */
export function within(promise, ms, fallback) {
  let t;
  const timeout = new Promise((r) => {
    t = setTimeout(() => r(fallback), ms);
    t.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(t));
}

/** Runs `fn` over `items` with at most `limit` at a time; resolves with the results in order. */
export async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
