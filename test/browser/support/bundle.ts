/**
 * Builds the editor bundle the test page loads: plugin/editor/standalone.ts
 * as the IIFE global `PocEditor`, with the same options as the `editor`
 * entry of esbuild.config.mjs, into test/output so a test never runs
 * against a stale dist/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../../support/server.js';

const rawPlugin: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** Bundles the standalone editor; resolves with the path of the bundle. */
export async function buildEditorBundle(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/editor.js');
  await build({
    entryPoints: [join(ROOT, 'plugin/editor/standalone.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PocEditor',
    platform: 'browser',
    target: 'es2022',
    outfile,
    sourcemap: 'inline',
    logLevel: 'error',
    plugins: [rawPlugin],
  });
  return outfile;
}
