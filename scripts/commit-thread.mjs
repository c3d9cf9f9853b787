// The SQLite commit thread (server/storage/sqlite-commit-thread.ts) is a worker entry of its own: every build of the
// server builds it too, with these options, to COMMIT_THREAD_FILE beside the server's bundle, where
// server/storage/commit-thread-script.ts looks for it at run time.
import { join } from 'node:path';

/** The thread's file name beside a bundle of the server (.mjs: a module wherever the bundle lies). */
export const COMMIT_THREAD_FILE = 'sqlite-commit-thread.mjs';

/** esbuild options that bundle the commit thread of the repository at `root` to `outfile`. */
export function commitThreadBuild(root, outfile) {
  return {
    entryPoints: [join(root, 'server/storage/sqlite-commit-thread.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // Native: stays in node_modules, as for the server's bundle.
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  };
}

/** Where the commit thread goes for a server bundled to `serverOutfile`: the same folder. */
export function commitThreadBeside(serverOutfile) {
  return join(serverOutfile, '..', COMMIT_THREAD_FILE);
}
