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
 * 5 MB of map the page never uses. The web app the server serves is built
 * the same way, once per change of its sources for each entry
 * (`cachedWebApp`), and shared by every test file that serves it.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { version } from 'esbuild';
import { rawPlugin } from '../../../scripts/raw-plugin.mjs';
import { templatesAsJsonPlugin } from '../../../scripts/templates-as-json.mjs';
import { buildWebApp } from '../../../scripts/web-build.mjs';
import { cachedBuild, cachedStep, metafileInputs } from '../../support/cached-build.js';
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
    plugins: [templatesAsJsonPlugin, rawPlugin],
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

/** Builds of one web app entry kept besides the newest: a test file still serving an older one keeps its files. */
const OLDER_WEB_BUILDS_KEPT = 2;

/**
 * The web app as scripts/web-build.mjs builds it (not minified), with `entry` (default web/app/main.ts), built once
 * per change of its sources into a folder of its own under test/output/browser/web-app; resolves with that folder,
 * for `startTestServer({ webDir })`. Serve it as it is: other test files serve the same folder.
 */
export async function cachedWebApp(entry: string = join(ROOT, 'web/app/main.ts')): Promise<string> {
  const slot = join(ROOT, 'test/output/browser/web-app', basename(entry, '.ts'));
  const [index] = await cachedStep(join(slot, 'build.json'), JSON.stringify({ version, entry }), async () => {
    // A new folder per build: a process serving the previous one never sees it emptied or half-written.
    const outdir = join(slot, `${Date.now()}-${process.pid}`);
    const built = await buildWebApp({ outdir, entry });
    const builders = ['scripts/web-build.mjs', 'scripts/raw-plugin.mjs', 'tsconfig.json'].map((f) => join(ROOT, f));
    const older = readdirSync(slot, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== basename(outdir)).map((d) => d.name).sort();
    for (const name of older.slice(0, -OLDER_WEB_BUILDS_KEPT)) rmSync(join(slot, name), { recursive: true, force: true });
    return { inputs: [...metafileInputs(built.inputs, ROOT), ...builders], outputs: [join(outdir, 'index.html')] };
  });
  return dirname(index!);
}
