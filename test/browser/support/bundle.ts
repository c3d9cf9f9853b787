/**
 * Builds what the test page loads, with the same options as the matching
 * entries of esbuild.config.mjs, into test/output so a test never runs
 * against a stale or missing build: the editor bundle (web/main.ts as the
 * IIFE global `PocEditor`) and the plugin's stylesheet (styles/index.css
 * and the files it imports, as the root styles.css is built).
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

/** Bundles the plugin's stylesheet; resolves with the path of the bundle. */
export async function buildStylesheet(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/styles.css');
  await build({
    entryPoints: [join(ROOT, 'styles/index.css')],
    bundle: true,
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
