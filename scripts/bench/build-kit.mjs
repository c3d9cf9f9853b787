// Bundles a TypeScript entry of the benchmarks into .bench/ (gitignored) with esbuild, as there is no TypeScript loader at
// run time. Yjs and the protocol packages stay external, so the bundle and the y-websocket client share one Yjs instance.
import esbuild from 'esbuild';
import { commitThreadBeside, commitThreadBuild } from '../commit-thread.mjs';
import { REQUIRE_BANNER, SERVER_EXTERNALS } from '../node-bundle.mjs';
import { rawPlugin } from '../raw-plugin.mjs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Left out of the kits besides the server's own externals: the y-websocket clients of the benchmark load these too, and both sides must share one Yjs. */
const SHARED_WITH_CLIENTS = ['yjs', 'y-protocols', 'y-protocols/*', 'lib0', 'lib0/*', 'y-websocket'];

/** Bundles `entry` (relative to the repository root) to `.bench/<name>.mjs`, with the store's commit thread beside it, and imports it. */
export async function loadTs(entry, name) {
  const outfile = join(ROOT, '.bench', `${name}.mjs`);
  // A kit that opens a store on disk (store.ts) starts the commit thread, which it looks for beside itself.
  await esbuild.build(commitThreadBuild(ROOT, commitThreadBeside(outfile)));
  await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external: [...SERVER_EXTERNALS, ...SHARED_WITH_CLIENTS],
    // CommonJS dependencies (yaml) call require() on Node built-ins.
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
    plugins: [rawPlugin],
  });
  return import(`${outfile}?t=${Date.now()}`);
}
