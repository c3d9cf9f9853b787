/**
 * Our SQLite store, for the benchmarks: the cold-load benchmark writes a long
 * history straight into a stopped server's data folder, as the server itself
 * would have stored it, update by update, compacting in the background; and
 * every benchmark creates the documents it uses before the server starts,
 * since connecting never creates one.
 */
import { resolveConfig } from '../../server/config.js';
import { createDoc } from '../../server/docs/lifecycle.js';
import { RateLimits } from '../../server/rate-limits.js';
import { withStore } from '../../cli/commands/data-folder.js';
import { CommandError } from '../../cli/commands/command.js';
import type { Storage } from '../../server/storage/storage.js';

export { SqliteStorage } from '../../server/storage/sqlite.js';

/**
 * Creates the documents `ids`, empty and owned by `owner`, in the stopped server's data folder `dataDir`: the same
 * path and checks as `poc doc create --empty` (an administrator's creation, audited), in one process and one store
 * opening, because the benchmarks need hundreds and a CLI run each would cost minutes.
 */
export async function createDocuments(dataDir: string, ids: readonly string[], owner: string, type = 'threat-matrix'): Promise<void> {
  await withStore(dataDir, (s) => createDocumentsIn(s, dataDir, ids, owner, type));
}

/** As `createDocuments`, in an open store (SQLite or PostgreSQL); `dataDir` is only where the configuration is resolved from. */
export async function createDocumentsIn(s: Storage, dataDir: string, ids: readonly string[], owner: string, type = 'threat-matrix'): Promise<void> {
  const user = await s.getUser(owner);
  if (!user) throw new CommandError(`There is no user named "${owner}" to own the benchmark's documents; add the bench users first.`);
  const config = resolveConfig({ dataDir });
  const deps = { storage: s, templates: config.templates, now: config.now, timeZone: config.timeZone, maxDocsPerUser: Number.MAX_SAFE_INTEGER };
  // As on the command line: an administrator's creation, with no rate limit or per-user cap.
  const unlimited = new RateLimits({ ...config.rateLimits, createsPerPerson: { points: Number.MAX_SAFE_INTEGER, durationSec: 1 } });
  for (const id of ids) {
    const made = await createDoc(deps, unlimited, user, true, { type, title: id, id, empty: true, via: 'cli' });
    if (!made.ok) throw new CommandError(`Creating the benchmark document "${id}" failed: ${made.refusal.message}`);
  }
}

/** Stores `update` as the content of the existing document `id` in the stopped server's data folder (the web page benchmark's 500-row matrix). */
export async function fillDocument(dataDir: string, id: string, update: Uint8Array): Promise<void> {
  await withStore(dataDir, (s) => s.appendUpdate(id, update));
}
