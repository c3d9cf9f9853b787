/**
 * Builds the editor bundle the test page loads: web/main.ts
 * as the IIFE global `PocEditor`, with the same options as the `editor`
 * entry of esbuild.config.mjs, into test/output so a test never runs
 * against a stale dist/.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { rawPlugin } from '../../../scripts/raw-plugin.mjs';
import { ROOT } from '../../support/test-server.js';

/** Bundles the web host's editor page; resolves with the path of the bundle. */
export async function buildEditorBundle(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/editor.js');
  await build({
    entryPoints: [join(ROOT, 'web/main.ts')],
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
