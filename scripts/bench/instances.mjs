// Several instances (issue 17): our server as 1, 2 and 3 instances on one PostgreSQL and one Redis, the clients spread
// round robin by the balancer (scripts/soak/balancer.mjs), under the same typing load; and the fan-out of one writer
// to receivers on other instances (through Redis) beside the same writer and receivers all on one instance. Every run
// gets a fresh copy of the prepared database, a fresh Redis and fresh instances (scripts/bench/cluster.mjs).
import { preparePostgres, startInstances } from './cluster.mjs';
import { fanout, fanoutRoom } from './fanout.mjs';
import { medianOf, rangeOf, round } from './stats.mjs';
import { loadRoom, throughput } from './throughput.mjs';

/** Instance counts the throughput is measured with. */
export const INSTANCE_COUNTS = [1, 2, 3];

/**
 * A target (targets.mjs's shape) of `n` fresh instances behind the balancer. With `place(k)`, client k of a fan-out
 * connects straight to instance place(k) instead of through the balancer.
 */
export function clusterTarget(pg, n, { args, place }) {
  return {
    name: `${n} instance(s)`,
    token: (i) => pg.tokens[i % pg.tokens.length],
    async start() {
      const c = await startInstances(n, { storeUrl: await pg.copy(), args });
      return { url: c.url, pids: c.pids, urlFor: place && ((k) => c.instances[place(k)].url), stop: () => c.stop() };
    },
  };
}

/**
 * Runs every entry of `runs` ({ key: () => Promise<figures> }) once per repetition, the order rotated each time so no
 * configuration always runs first or last, after `warmup` rounds thrown away; returns { median, range, runs } by key.
 */
async function rotated(reps, warmup, runs) {
  const keys = Object.keys(runs);
  const all = Object.fromEntries(keys.map((k) => [k, []]));
  for (let r = 0; r < warmup + reps; r++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(r + j) % keys.length];
      const x = await runs[k]();
      if (r >= warmup) all[k].push(x);
    }
  }
  const by = (f) => Object.fromEntries(keys.map((k) => [k, f(all[k])]));
  return { median: by(medianOf), range: by(rangeOf), runs: all };
}

/** Rounds every number of a flat object of figures. */
const rounded = (o) => (o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v, 3)])) : null);

/**
 * The section: `p.inst` = { clients, docs, rate, seconds, fanoutClients }, with `p.reps`, `p.warmup`, `p.users` and
 * `p.fanoutEdits` of the bench. Returns the figures for report.mjs; throws naming the package when PostgreSQL or
 * redis-server is missing.
 */
export async function instancesSection(kit, p, log) {
  const q = p.inst;
  const docs = [...Array.from({ length: q.docs }, (_, d) => loadRoom(d)), fanoutRoom(q.fanoutClients)];
  // Every connection comes from 127.0.0.1 through the balancer, and the per-address limit is counted in Redis across
  // instances: raised for the load, as the single-instance sections do.
  const connects = q.docs + q.clients + q.fanoutClients + 1;
  const args = ['--connects-per-minute', String(Math.max(600, connects * 4))];
  const users = Math.max(p.users, Math.ceil(q.clients / 40));
  log(`several instances: preparing a PostgreSQL cluster (${users} bench users, ${docs.length} documents)`);
  const pg = await preparePostgres({ users, docs });
  try {
    log(`several instances: throughput with ${INSTANCE_COUNTS.join(', ')} instances, ${q.clients} clients on ${q.docs} documents at ≈${q.rate}/s for ${q.seconds} s`);
    const tpRuns = Object.fromEntries(
      INSTANCE_COUNTS.map((n) => [n, () => throughput(clusterTarget(pg, n, { args }), kit, { clients: q.clients, docs: q.docs, rate: q.rate, durationMs: q.seconds * 1000 })]),
    );
    const tp = await rotated(p.reps, p.warmup, tpRuns);
    log(`several instances: fan-out to ${q.fanoutClients} receivers, writer on instance A, receivers on A (within) or on B and C (across)`);
    const edits = { clients: q.fanoutClients, edits: p.fanoutEdits };
    const fo = await rotated(p.reps, p.warmup, {
      within: () => fanout(clusterTarget(pg, 3, { args, place: () => 0 }), kit, edits),
      across: () => fanout(clusterTarget(pg, 3, { args, place: (k) => (k === 0 ? 0 : 1 + (k % 2)) }), kit, edits),
    });
    return {
      clients: q.clients,
      docs: q.docs,
      rate: q.rate,
      seconds: q.seconds,
      connectsPerMinute: Number(args[1]),
      throughput: INSTANCE_COUNTS.map((n) => ({ instances: n, ...rounded(tp.median[n]), range: tp.range[n] })),
      fanout: { clients: q.fanoutClients, edits: p.fanoutEdits, within: rounded(fo.median.within), across: rounded(fo.median.across), range: fo.range },
      runs: { throughput: tp.runs, fanout: fo.runs },
    };
  } finally {
    await pg.stop();
  }
}
