// What the soak types into and kills: one server on its SQLite store (killed and restarted on the same port), or
// several instances on one PostgreSQL and one Redis behind the round-robin balancer (a random one killed, restarted on
// a new port). Both have one shape: { url, tokens, describe, kill(rand) → what was killed, restart(), crash(),
// openStore(), stop() }.
import { join } from 'node:path';
import { loadTs } from '../bench/build-kit.mjs';
import { clusterKit, preparePostgres, startInstances } from '../bench/cluster.mjs';
import { freePort, prepareOurs, startOurs, tempDir } from '../bench/servers.mjs';

/** Flags the single server gets (startInstances gives the instances the same). */
const FLAGS = ['--demo-vault', 'none', '--log-level', 'warn'];

/** One server on a SQLite store in a fresh data folder, `users` editors and the documents `docs`. */
export async function singleBackend({ users, docs }) {
  const store = await loadTs('scripts/bench/store.ts', 'store');
  const dataDir = join(tempDir('poc-soak-'), 'data');
  const tokens = await prepareOurs(dataDir, users, docs);
  const port = await freePort();
  const serve = () => startOurs(dataDir, { port, args: FLAGS });
  let server = await serve();
  return {
    url: server.url,
    tokens,
    describe: `one server on ${server.url} (SQLite)`,
    async kill() {
      await server.kill();
      return 'the server';
    },
    async restart() {
      server = await serve();
    },
    /** The last crash, before the store is read. */
    crash: () => server.kill(),
    openStore: async () => store.SqliteStorage.open({ file: join(dataDir, 'poc.sqlite') }),
    stop: () => server.kill(),
  };
}

/** `n` instances on one throw-away PostgreSQL and one Redis behind the balancer, `users` editors and the documents `docs`. */
export async function clusterBackend(n, { users, docs }) {
  const kit = await clusterKit();
  const pg = await preparePostgres({ users, docs });
  let cluster;
  try {
    cluster = await startInstances(n, { storeUrl: pg.url });
  } catch (e) {
    await pg.stop();
    throw e;
  }
  let down = -1;
  return {
    url: cluster.url,
    tokens: pg.tokens,
    describe: `${n} instances (ports ${cluster.instances.map((s) => s.port).join(', ')}) on PostgreSQL and Redis behind the balancer on ${cluster.url}`,
    async kill(rand) {
      down = Math.floor(rand() * n);
      const port = cluster.instances[down].port;
      await cluster.kill(down);
      return `instance ${down + 1} (port ${port})`;
    },
    async restart() {
      const s = await cluster.restart(down);
      down = -1;
      return s.port;
    },
    async crash() {
      for (let i = 0; i < n; i++) await cluster.kill(i);
    },
    openStore: () => kit.PostgresStorage.open({ url: pg.url }),
    async stop() {
      await cluster.stop();
      await pg.stop();
    },
  };
}
