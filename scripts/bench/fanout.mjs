// Fan-out: one writer and N other clients on one realistic document. The writer types one character at a time into
// a paragraph; an edit's latency is the time from the keystroke until the last of the N other clients has applied it.
import * as Y from 'yjs';
import { openClient, pool, sleep, waitForState, within } from './client.mjs';
import { percentile } from './stats.mjs';

/** The Y.XmlText nodes of the document body, in document order (where people type). */
export function textNodes(doc) {
  const out = [];
  const walk = (node) => {
    for (const c of node.toArray()) {
      if (c instanceof Y.XmlText) out.push(c);
      else if (c instanceof Y.XmlElement) walk(c);
    }
  };
  walk(doc.getXmlFragment('body'));
  return out;
}

/** Seeds a room with the i-th realistic document through a client and returns that client, synced, and the state vector to wait for. */
export async function seedRoom(target, server, kit, room, i, clientIndex = 0) {
  const doc = new Y.Doc();
  kit.writeRealistic(doc, i);
  const c = openClient(server.url, room, { token: target.token(clientIndex), doc });
  await c.synced;
  return { client: c, state: Y.decodeStateVector(Y.encodeStateVector(doc)) };
}

/** The room of the fan-out run with `clients` receivers (ours needs it created before anyone connects). */
export const fanoutRoom = (clients) => `fanout-${clients}`;

/** Connections one fan-out run opens: the writer and its receivers. */
export const fanoutConnects = (clients) => clients + 1;

/**
 * Measures fan-out to `clients` receivers over `edits` keystrokes (after `warmup` unmeasured ones), `gapMs` apart.
 * Returns { p50, p99, lost } in ms; `lost` counts edits not applied by every receiver within `timeoutMs`.
 * A server with `urlFor(k)` (several instances) says where client k connects: 0 the writer, k ≥ 1 the k-th receiver.
 */
export async function fanout(target, kit, { clients, edits, warmup = 5, gapMs = 30, timeoutMs = 10_000 }) {
  const server = await target.start();
  const open = [];
  try {
    const room = fanoutRoom(clients);
    const urlOf = (k) => server.urlFor?.(k) ?? server.url;
    const seed = await seedRoom(target, { url: urlOf(0) }, kit, room, 0);
    open.push(seed.client);
    const receivers = await pool(
      Array.from({ length: clients }, (_, i) => i),
      10,
      async (i) => {
        const c = openClient(urlOf(i + 1), room, { token: target.token(i + 1) });
        open.push(c);
        await c.synced;
        await waitForState(c.doc, seed.state, 60_000, `receiver ${i} to load the document`);
        return c;
      },
    );
    const text = textNodes(seed.client.doc)[0];
    const base = text.length;
    // Each receiver records when it has applied edit `seq` (the text is seq characters longer than at the start).
    let expected = 0;
    let arrived = 0;
    let lastArrival = 0;
    let done = () => {};
    for (const r of receivers) {
      const rt = textNodes(r.doc)[0];
      let seen = 0;
      rt.observe(() => {
        const seq = rt.length - base;
        if (seq >= expected && seen < expected) {
          seen = expected;
          lastArrival = performance.now();
          if (++arrived === receivers.length) done();
        }
      });
    }
    const latencies = [];
    let lost = 0;
    for (let seq = 1; seq <= warmup + edits; seq++) {
      expected = seq;
      arrived = 0;
      const all = new Promise((r) => (done = r));
      const t0 = performance.now();
      text.insert(text.length, String.fromCharCode(97 + (seq % 26)));
      const ok = await within(all.then(() => true), timeoutMs, false);
      if (seq > warmup) {
        if (ok) latencies.push(lastArrival - t0);
        else lost++;
      }
      await sleep(gapMs);
    }
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), lost };
  } finally {
    for (const c of open) c.destroy();
    await server.stop();
  }
}
