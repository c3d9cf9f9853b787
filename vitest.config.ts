import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The plugin's glue runs in Node against an in-memory double of Obsidian's API (see test/support/obsidian.ts).
    alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL('./test/support/obsidian.ts', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/output/**', 'node_modules/**'],
    // Two cores in CI: run files in parallel, but bound the pool so browser and server tests do not starve each other.
    pool: 'forks',
    maxWorkers: 2,
    // The PDF export embeds stylesheets as text (`styles/*.css?raw`); vitest empties CSS it does not include.
    css: { include: [/styles\/.*\.css/] },
    // The CLI and the server choose their language from the environment (LC_ALL, LC_MESSAGES, LANG): the tests run in
    // English wherever they run, and a test that wants French says so.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
