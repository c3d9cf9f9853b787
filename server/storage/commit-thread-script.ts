/**
 * Where the commit thread's script (sqlite-commit-thread.ts, built) is.
 *
 * The server runs from a bundle (dist/poc.js, or a test's or the bench's
 * bundle), and every bundler of the server also builds the thread, with
 * commit-thread-build.mjs, to `sqlite-commit-thread.mjs` beside it: the
 * script is then found next to the running bundle. `.mjs`, so Node loads it
 * as a module wherever the bundle lies.
 *
 * Tests (vitest) run the server from its TypeScript sources, and Node 20
 * cannot start a TypeScript worker. Then, and only then, the thread is
 * bundled on demand, once per process, with esbuild (a dev dependency,
 * present wherever the sources are), into node_modules/.cache (where its
 * external better-sqlite3 resolves).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { commitThreadBuild, COMMIT_THREAD_FILE } from './commit-thread-build.mjs';
import { StorageError } from './storage.js';

let built: URL | undefined;

/**
 * The URL of the commit thread's script: beside the running bundle, or (from TypeScript sources) freshly built.
 * Throws a `StorageError` saying how to rebuild when a bundle was deployed without it.
 */
export function commitThreadScript(): URL {
  if (import.meta.url.endsWith('.ts')) return (built ??= buildFromSources());
  const beside = new URL(`./${COMMIT_THREAD_FILE}`, import.meta.url);
  if (!existsSync(fileURLToPath(beside))) {
    throw new StorageError(
      'failed',
      `The store's commit thread ${fileURLToPath(beside)} is missing: it is built beside the server's bundle (npm run build writes dist/${COMMIT_THREAD_FILE}); copy it along with the bundle.`,
    );
  }
  return beside;
}

/** Bundles the thread from the sources into node_modules/.cache/poc-workspace; returns its URL. */
function buildFromSources(): URL {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // One folder per checkout: several checkouts (git worktrees) may share one node_modules, and each must run its own thread.
  const dir = join(root, 'node_modules/.cache/poc-workspace', createHash('sha256').update(root).digest('hex').slice(0, 12));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, COMMIT_THREAD_FILE);
  // Built under a name of its own, then renamed: a thread another test process starts never reads a half-written file.
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  // Loaded by name so no bundle of the server ever includes esbuild; this branch only runs from the sources.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  esbuild.buildSync(commitThreadBuild(root, partial));
  renameSync(partial, file);
  return pathToFileURL(file);
}
