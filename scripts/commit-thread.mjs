// The SQLite commit thread (server/storage/sqlite-commit-thread.ts) is a worker entry of its own: every build of the
// server builds it too, with commitThreadBuild, to COMMIT_THREAD_FILE beside the server's bundle, where
// server/storage/commit-thread-script.ts looks for it at run time. Both come from server/storage/commit-thread-build.mjs,
// which the server itself reads, so the server never imports build tooling; this module adds where a bundler puts it.
import { join } from 'node:path';
import { COMMIT_THREAD_FILE } from '../server/storage/commit-thread-build.mjs';

export { COMMIT_THREAD_FILE, commitThreadBuild } from '../server/storage/commit-thread-build.mjs';

/** Where the commit thread goes for a server bundled to `serverOutfile`: the same folder. */
export function commitThreadBeside(serverOutfile) {
  return join(serverOutfile, '..', COMMIT_THREAD_FILE);
}
