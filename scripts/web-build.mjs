// Builds the web workspace the server serves at "/" (issue 13): web/app/main.ts as ES modules split into chunks (the
// document page's editor is a dynamic import, so the home page never loads ProseMirror or Yjs), the web stylesheet
// (styles/web-app.css), and an index.html that names the hashed files with no inline script or style, as the server's
// Content-Security-Policy requires. Used by esbuild.config.mjs (into dist/web) and by the tests (into a temp folder,
// possibly with a test entry in place of web/app/main.ts).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import esbuild from 'esbuild';
import { rawPlugin } from './raw-plugin.mjs';
import { templatesAsJsonPlugin } from './templates-as-json.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

/** The page: the stylesheet, the entry module and the chunks it loads at once (preloaded), and a root for the app. */
function indexHtml({ css, entry, preload }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>POC Workspace</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/${css}">
${preload.map((p) => `<link rel="modulepreload" href="/assets/${p}">\n`).join('')}<script type="module" src="/assets/${entry}"></script>
</head>
<body>
<div id="app"><p class="poc-web-loading">Loading POC Workspace…</p></div>
<noscript><p>POC Workspace needs JavaScript. Turn it on in your browser's settings, or open the documents in Obsidian.</p></noscript>
</body>
</html>
`;
}

/** The outputs an output loads before it runs (static imports, transitively), by path relative to the assets folder. */
function staticClosure(metafile, assets, start) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const i of metafile.outputs[path]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(start);
  return [...seen].map((p) => relative(assets, join(ROOT, p)));
}

/** Gzip size in bytes of some files of the assets folder together. */
async function gzipBytes(assets, files) {
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(join(assets, f)), { level: 9 }).length;
  return total;
}

/**
 * Builds the web app into `outdir` (emptied first): `assets/<name>-<hash>.js` and `assets/chunks/…`,
 * `assets/app-<hash>.css` and `index.html`. Resolves with the file names, the gzip sizes of what the first page
 * loads (`initialGzip`) and of everything (`totalGzip`), in bytes, and the source files it read (`inputs`, for the
 * tests' build cache).
 * @param {{ outdir?: string, entry?: string, production?: boolean }} [options] `entry`: the app's entry module (default web/app/main.ts; the browser tests give their own).
 */
export async function buildWebApp({ outdir = join(ROOT, 'dist/web'), entry = join(ROOT, 'web/app/main.ts'), production = false } = {}) {
  const assets = join(outdir, 'assets');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });
  const [js, css] = await Promise.all([
    esbuild.build({
      entryPoints: [entry],
      absWorkingDir: ROOT,
      bundle: true,
      format: 'esm',
      splitting: true,
      platform: 'browser',
      target: 'es2022',
      outdir: assets,
      entryNames: '[name]-[hash]',
      chunkNames: 'chunks/[name]-[hash]',
      minify: production,
      sourcemap: production ? false : 'linked',
      metafile: true,
      logLevel: 'warning',
      // The built-in templates as JSON (scripts/templates-as-json.mjs): a page that opens them parses no YAML.
      plugins: [templatesAsJsonPlugin, rawPlugin],
    }),
    esbuild.build({
      entryPoints: [join(ROOT, 'styles/web-app.css')],
      absWorkingDir: ROOT,
      bundle: true,
      outdir: assets,
      entryNames: 'app-[hash]',
      minify: production,
      metafile: true,
      logLevel: 'warning',
    }),
  ]);
  // esbuild marks each dynamically imported module's chunk as an entry point too: the app's is the one built from `entry`.
  const entryIn = relative(ROOT, entry).split('\\').join('/');
  const entryOut = Object.entries(js.metafile.outputs).find(([, o]) => o.entryPoint === entryIn)?.[0];
  const cssOut = Object.keys(css.metafile.outputs).find((p) => p.endsWith('.css'));
  if (!entryOut || !cssOut) throw new Error('the web build produced no entry module or no stylesheet');
  const initial = staticClosure(js.metafile, assets, entryOut);
  const [entryFile, ...preload] = initial;
  const cssFile = basename(cssOut);
  await writeFile(join(outdir, 'index.html'), indexHtml({ css: cssFile, entry: entryFile, preload }));
  const allJs = Object.keys(js.metafile.outputs).filter((p) => p.endsWith('.js')).map((p) => relative(assets, join(ROOT, p)));
  return {
    outdir,
    entry: entryFile,
    css: cssFile,
    initialGzip: (await gzipBytes(assets, [...initial, cssFile])),
    totalGzip: (await gzipBytes(assets, [...allJs, cssFile])),
    inputs: [...Object.keys(js.metafile.inputs), ...Object.keys(css.metafile.inputs)],
  };
}

/** One line for the build's output: what the first page costs over the wire, and everything. */
export function formatWebSizes({ initialGzip, totalGzip }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return `web app: first page ${kb(initialGzip)} gzip (JS and CSS; limit 150 KB), with the document editor ${kb(totalGzip)} gzip`;
}
