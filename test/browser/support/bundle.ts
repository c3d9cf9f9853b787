/**
 * Builds what the test page loads, with the same options as the matching
 * entries of esbuild.config.mjs, into test/output so a test never runs
 * against a stale or missing build: the editor bundle (web/main.ts as the
 * IIFE global `PocEditor`) and the plugin's stylesheet (styles/index.css
 * and the files it imports, as the root styles.css is built). Each is built
 * once per change of its sources (see ../../support/cached-build.ts), not
 * once per test file. One option differs: the editor's source map is a file
 * beside the bundle (the page server serves it for DevTools), not inline,
 * so the hundred-odd page loads of a run do not each read, send and scan
 * 5 MB of map the page never uses.
 */
import { join } from 'node:path';
import { rawPlugin } from '../../../scripts/raw-plugin.mjs';
import { cachedBuild } from '../../support/cached-build.js';
import { ROOT } from '../../support/test-server.js';

/** Bundles the web host's editor page; resolves with the path of the bundle. */
export async function buildEditorBundle(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/editor.js');
  await cachedBuild({
    entryPoints: [join(ROOT, 'web/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PocEditor',
    platform: 'browser',
    target: 'es2022',
    outfile,
    sourcemap: 'linked',
    logLevel: 'error',
    plugins: [rawPlugin],
  });
  return outfile;
}

/** Bundles the plugin's stylesheet; resolves with the path of the bundle. */
export async function buildStylesheet(): Promise<string> {
  const outfile = join(ROOT, 'test/output/browser/styles.css');
  await cachedBuild({
    entryPoints: [join(ROOT, 'styles/index.css')],
    bundle: true,
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
