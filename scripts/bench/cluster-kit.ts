/**
 * The shared services of several instances, for the soak and the benchmarks: a throw-away PostgreSQL cluster and
 * Redis (the tests' own, test/support/), the PostgreSQL store read directly, and the benchmark's documents created in
 * it. Bundled by build-kit.mjs `loadTs`, as there is no TypeScript loader at run time.
 */
import { PostgresStorage } from '../../server/storage/postgres.js';
import { createDocumentsIn } from './store.js';

export { startPostgres } from '../../test/support/postgres-server.js';
export { startRedis } from '../../test/support/redis-server.js';
export { PostgresStorage };

/** Creates the documents `ids`, empty and owned by `owner`, in the PostgreSQL store at `url` (as store.ts `createDocuments` does in a data folder). */
export async function createDocumentsAt(url: string, dataDir: string, ids: readonly string[], owner: string): Promise<void> {
  const s = await PostgresStorage.open({ url });
  try {
    await createDocumentsIn(s, dataDir, ids, owner);
  } finally {
    await s.close();
  }
}
