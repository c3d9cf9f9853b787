// Builds the Obsidian plugin (main.js, and styles.css bundled from styles/index.css and the files it @imports, both at the
// root, where Obsidian loads them), the web workspace the server serves (dist/web, scripts/web-build.mjs), the Node CLI (dist/poc.js, with the SQLite commit thread it starts beside it,
// dist/sqlite-commit-thread.mjs) and the editor alone for the browser test page (dist/editor.js).
// `node esbuild.config.mjs production` minifies main.js; without it, builds with inline source maps. styles.css is never
// minified, so it stays readable in a vault.
// Add `--analyze` to print what main.js is made of, by package.
import esbuild from 'esbuild';
import { formatSizes, sizesByOwner } from './scripts/bundle-report.mjs';
import { rawPlugin } from './scripts/raw-plugin.mjs';
import { templatesAsJsonPlugin } from './scripts/templates-as-json.mjs';
import { mkdir, chmod } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { commitThreadBeside, commitThreadBuild } from './scripts/commit-thread.mjs';
import { REQUIRE_BANNER, SERVER_EXTERNALS } from './scripts/node-bundle.mjs';
import { buildWebApp, formatWebSizes } from './scripts/web-build.mjs';

const production = process.argv[2] === 'production';
const analyze = process.argv.includes('--analyze');

const plugin = esbuild.build({
  entryPoints: ['plugin/main.ts'],
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  platform: 'browser',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  outfile: 'main.js',
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
  metafile: analyze,
  logLevel: 'warning',
  plugins: [templatesAsJsonPlugin, rawPlugin],
});

// The plugin's stylesheet: one file, as Obsidian loads a single styles.css from the plugin folder.
const styles = esbuild.build({
  entryPoints: ['styles/index.css'],
  bundle: true,
  outfile: 'styles.css',
  banner: { css: '/* Built by esbuild.config.mjs from styles/index.css: edit the files in styles/, not this one. */' },
  logLevel: 'warning',
});

const cli = esbuild.build({
  entryPoints: ['cli/poc.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/poc.js',
  external: SERVER_EXTERNALS,
  banner: { js: `#!/usr/bin/env node\n${REQUIRE_BANNER}` },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [templatesAsJsonPlugin, rawPlugin],
});

// The server's worker thread for commits: an entry of its own, found beside dist/poc.js at run time.
const commitThread = esbuild.build(commitThreadBuild('.', commitThreadBeside('dist/poc.js')));

const editor = esbuild.build({
  // The editor alone, for the browser test page (no Obsidian around it).
  entryPoints: ['web/main.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'PocEditor',
  platform: 'browser',
  target: 'es2022',
  outfile: 'dist/editor.js',
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [templatesAsJsonPlugin, rawPlugin],
});

// The web workspace, served by `poc serve` at "/" (hashed files in dist/web/assets, dist/web/index.html).
const webApp = buildWebApp({ production });

const results = await Promise.allSettled([plugin, cli, editor, commitThread, styles, webApp]);
const failed = results.filter((r) => r.status === 'rejected');
if (failed.length) {
  for (const f of failed) console.error(f.reason?.message ?? f.reason);
  process.exit(1);
}
await mkdir('dist', { recursive: true });
await chmod('dist/poc.js', 0o755);
console.log(formatWebSizes(results[5].value));
if (analyze) console.log(formatSizes(sizesByOwner(results[0].value.metafile, 'main.js')));
