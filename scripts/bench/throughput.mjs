// Throughput: `clients` people spread over `docs` realistic documents, each typing at a human rate (`rate` keystrokes
// per second, jittered) for `durationMs`. Every keystroke must reach the other clients of its document; we count
// deliveries, their latency, and the server's CPU time and peak memory over the run.
import { openClient, pool, sleep, waitForState } from './client.mjs';
import { seedRoom, textNodes } from './fanout.mjs';
import { procStats } from './servers.mjs';
import { percentile } from './stats.mjs';

/** The room of the d-th document of the typing load (ours needs it created before anyone connects). */
export const loadRoom = (d) => `load-${d}`;

/** Connections one run opens: a seeding client per document, then every person. */
export const throughputConnects = (clients, docs) => docs + clients;

/** CPU seconds summed, and the largest peak RSS, over the server's processes (`pids`: several instances; else its one `pid`). */
async function serverStats(server) {
  const all = await Promise.all((server.pids?.() ?? [server.pid]).map(procStats));
  return { cpuSeconds: all.reduce((n, s) => n + s.cpuSeconds, 0), peakRss: Math.max(...all.map((s) => s.peakRss)) };
}

/**
 * Runs the typing load against a fresh server. Returns edits sent and delivered per second (deliveries within the
 * window), p50/p99 delivery latency (ms), lost deliveries (not there `drainMs` after typing stopped), server CPU (%
 * of one core over the window, summed over instances) and peak RSS (bytes, the largest instance's).
 */
export async function throughput(target, kit, { clients, docs, rate, durationMs, drainMs = 5000 }) {
  const server = await target.start();
  const open = [];
  // The pending keystroke timer of each person, cleared if the run is cut short.
  const timers = new Map();
  try {
    // Seed the documents, then connect everyone; client k of a document types into the document's k-th text node.
    const perDoc = Math.ceil(clients / docs);
    const seeds = await pool(
      Array.from({ length: docs }, (_, d) => d),
      5,
      (d) => seedRoom(target, server, kit, loadRoom(d), d % 25, clients + d),
    );
    const people = await pool(
      Array.from({ length: clients }, (_, i) => i),
      20,
      async (i) => {
        const d = i % docs;
        const c = openClient(server.url, loadRoom(d), { token: target.token(i) });
        open.push(c);
        await c.synced;
        await waitForState(c.doc, seeds[d].state, 60_000, `client ${i} to load document ${d}`);
        return { c, d, k: Math.floor(i / docs) };
      },
    );
    for (const s of seeds) s.client.destroy();
    // sent[d][k][seq-1] = time of keystroke seq of writer k on document d.
    const sent = Array.from({ length: docs }, () => Array.from({ length: perDoc }, () => []));
    const latencies = [];
    let inWindow = 0;
    let delivered = 0;
    let windowEnd = Infinity;
    for (const p of people) {
      const texts = textNodes(p.c.doc);
      for (const other of people.filter((o) => o.d === p.d && o !== p)) {
        const t = texts[other.k];
        const base = t.length;
        let seen = 0;
        t.observe(() => {
          const seq = t.length - base;
          const now = performance.now();
          for (let s = seen + 1; s <= seq; s++) {
            latencies.push(now - sent[p.d][other.k][s - 1]);
            delivered++;
            if (now <= windowEnd) inWindow++;
          }
          if (seq > seen) seen = seq;
        });
      }
    }
    // Type.
    const before = await serverStats(server);
    const t0 = performance.now();
    windowEnd = t0 + durationMs;
    let sentCount = 0;
    await Promise.all(
      people.map(
        (p) =>
          new Promise((resolve) => {
            const t = textNodes(p.c.doc)[p.k];
            const log = sent[p.d][p.k];
            const step = () => {
              if (performance.now() >= windowEnd) return resolve();
              log.push(performance.now());
              t.insert(t.length, String.fromCharCode(97 + (log.length % 26)));
              sentCount++;
              // Mean 1/rate seconds, ±50 %: people do not type in lockstep.
              timers.set(p, setTimeout(step, (1000 / rate) * (0.5 + Math.random())));
            };
            timers.set(p, setTimeout(step, Math.random() * (1000 / rate)));
          }),
      ),
    );
    const after = await serverStats(server);
    const wall = (performance.now() - t0) / 1000;
    // Let deliveries in flight arrive, bounded.
    const expected = people.reduce((n, p) => n + sent[p.d][p.k].length * (people.filter((o) => o.d === p.d).length - 1), 0);
    const until = Date.now() + drainMs;
    while (delivered < expected && Date.now() < until) await sleep(50);
    const final = await serverStats(server);
    return {
      sentPerSec: sentCount / wall,
      deliveredPerSec: inWindow / wall,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      lost: expected - delivered,
      cpuPercent: ((after.cpuSeconds - before.cpuSeconds) / wall) * 100,
      peakRss: final.peakRss,
    };
  } finally {
    for (const t of timers.values()) clearTimeout(t);
    for (const c of open) c.destroy();
    await server.stop();
  }
}
