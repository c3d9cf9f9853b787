// Regenerates the POC documents of demo-vault/ from scripts/demo/*.ts.
// There is no TypeScript runner in the project, so the generator is bundled with esbuild into a temporary
// folder and run from there. Usage: `node scripts/demo/build.mjs [output-folder]` (default: demo-vault).
import esbuild from 'esbuild';
import { rawPlugin } from '../raw-plugin.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url).pathname;
const out = resolve(process.argv[2] ?? join(root, 'demo-vault'));


const tmp = await mkdtemp(join(tmpdir(), 'poc-demo-'));
try {
  const bundle = join(tmp, 'build.mjs');
  await esbuild.build({
    entryPoints: [join(root, 'scripts/demo/build.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    // CommonJS dependencies (yaml) require Node built-ins; give the ESM bundle a `require`.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
    plugins: [rawPlugin],
  });
  const { writeDemoVault } = await import(pathToFileURL(bundle).href);
  for (const path of await writeDemoVault(out)) console.log(`wrote ${path}`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
