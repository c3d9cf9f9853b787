// Types of commit-thread.mjs, for the tests that bundle the server.
export { COMMIT_THREAD_FILE, commitThreadBuild } from '../server/storage/commit-thread-build.mjs';

/** Where the commit thread goes for a server bundled to `serverOutfile`: the same folder. */
export function commitThreadBeside(serverOutfile: string): string;
