// What every esbuild bundle of the server for Node shares: dist/poc.js (esbuild.config.mjs), the tests' child-process
// servers and CLIs (test/support/test-server.ts) and the benchmark kits (scripts/bench/build-kit.mjs). The commit
// thread built beside each of them has its own options (scripts/commit-thread.mjs).

/** Packages a server bundle leaves in node_modules: native ones (better-sqlite3, ws's optional helpers) and those that load files of their own at run time (pino, ws, playwright-core, which prints PDF exports). */
export const SERVER_EXTERNALS = ['better-sqlite3', 'pino', 'ws', 'bufferutil', 'utf-8-validate', 'playwright-core'];

/** A banner giving an ES module bundle a `require`, for the CommonJS dependencies it inlines (they call require() on Node built-ins). */
export const REQUIRE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
