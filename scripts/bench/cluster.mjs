// Several instances of our server, as the soak and the benchmarks run them: one throw-away PostgreSQL cluster (the
// store), one Redis (fan-out between instances), N instances (`serve --store URL --redis URL`) sharing one data folder
// for the signing-key file, and the round-robin balancer of scripts/soak/balancer.mjs in front. Everything is started
// here on 127.0.0.1 ports and stopped after; if this process exits first (a failure, Ctrl-C), the 'exit' hooks below
// and in servers.mjs stop it all the same.
import { startBalancer } from '../soak/balancer.mjs';
import { loadTs } from './build-kit.mjs';
import { addBenchUsers, startOurs, tempDir } from './servers.mjs';

/** PostgreSQL clusters and Redis servers still running, stopped without waiting if the process exits. */
const services = new Set();
process.on('exit', () => {
  for (const s of services) {
    try {
      s.stopNow();
    } catch {
      // already gone
    }
  }
});

let kit;
/** The TypeScript half (scripts/bench/cluster-kit.ts), bundled once per process. */
export function clusterKit() {
  kit ??= loadTs('scripts/bench/cluster-kit.ts', 'cluster');
  return kit;
}

/**
 * Starts a throw-away PostgreSQL cluster holding a prepared database: `users` bench users (editors on every document,
 * added by the CLI through POC_STORE_URL) and the documents `docs`, created empty. Returns { url, tokens, copy(),
 * stop() }; `copy()` makes a fresh database from the prepared one (about 0.4 s) and resolves to its URL.
 */
export async function preparePostgres({ users = 1, docs = [] } = {}) {
  const k = await clusterKit();
  const pg = await k.startPostgres();
  services.add(pg);
  try {
    const url = await pg.createDatabase('poc_prepared');
    const dataDir = tempDir('poc-cluster-prep-');
    const tokens = await addBenchUsers(dataDir, users, { POC_STORE_URL: url });
    if (docs.length) await k.createDocumentsAt(url, dataDir, docs, 'bench0');
    let copies = 0;
    return {
      url,
      tokens,
      copy: () => pg.createDatabase(`poc_copy_${++copies}`, 'poc_prepared'),
      async stop() {
        services.delete(pg);
        await pg.stop();
      },
    };
  } catch (e) {
    services.delete(pg);
    await pg.stop();
    throw e;
  }
}

/**
 * Starts `n` instances on the store at `storeUrl` with a fresh Redis, one after the other (the first writes the
 * signing-key file into the shared data folder, the others read it), and the balancer in front. Returns
 * { url, instances, kill(i), restart(i), pids(), stop() }: `url` is the balancer's, `instances[i]` the i-th server
 * (null while killed).
 */
export async function startInstances(n, { storeUrl, args = [] }) {
  const k = await clusterKit();
  const redis = await k.startRedis();
  services.add(redis);
  const dataDir = tempDir('poc-cluster-');
  const flags = ['--store', storeUrl, '--redis', redis.url, '--demo-vault', 'none', '--log-level', 'warn', ...args];
  const instances = [];
  let balancer;
  const stop = async () => {
    await balancer?.close();
    for (const s of instances) await s?.kill();
    services.delete(redis);
    await redis.stop();
  };
  try {
    for (let i = 0; i < n; i++) instances.push(await startOurs(dataDir, { args: flags }));
    balancer = await startBalancer(instances.map((s) => s.port));
  } catch (e) {
    await stop();
    throw e;
  }
  const live = () => instances.filter(Boolean).map((s) => s.port);
  return {
    url: `ws://127.0.0.1:${balancer.port}`,
    instances,
    balancer,
    /** Kills instance `i` with SIGKILL; the balancer stops sending it connections first, as a health check would. */
    async kill(i) {
      const s = instances[i];
      instances[i] = null;
      balancer.setBackends(live());
      await s?.kill();
    },
    /** Starts instance `i` again, on a new port, and puts it back behind the balancer. */
    async restart(i) {
      instances[i] = await startOurs(dataDir, { args: flags });
      balancer.setBackends(live());
      return instances[i];
    },
    /** Process ids of the live instances. */
    pids: () => instances.filter(Boolean).map((s) => s.pid),
    /** Stops the balancer, kills every instance and stops Redis. */
    stop,
  };
}
