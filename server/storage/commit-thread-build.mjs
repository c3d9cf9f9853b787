// How the SQLite commit thread (sqlite-commit-thread.ts) is built and what its file is called: the one source for the
// server, which looks for the thread beside its bundle at run time (and builds it when it runs from the TypeScript
// sources, see commit-thread-script.ts), and for every bundler of the server (scripts/commit-thread.mjs).
// Plain JavaScript, because the build scripts import it with no TypeScript loader; typed by commit-thread-build.d.mts.
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
