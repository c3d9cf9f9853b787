/**
 * The release bundle: plugin/main.ts built as Obsidian loads it (CommonJS,
 * `obsidian`, `electron` and `@codemirror/*` external) must need nothing
 * but Obsidian — no Node module, no Electron — which is what makes
 * `isDesktopOnly: false` in manifest.json true.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type PluginBuild } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/server.js';

const raw = {
  name: 'raw',
  setup(b: PluginBuild) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

describe('the release bundle', () => {
  it('imports nothing but Obsidian, so the plugin runs on mobile too', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'plugin/main.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'browser',
      target: 'es2022',
      external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', 'node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'net', 'http', 'https', 'url', 'stream', 'buffer', 'events', 'util'],
      write: false,
      outdir: join(ROOT, 'test/output/bundle'),
      metafile: true,
      logLevel: 'error',
      plugins: [raw],
    });
    const external = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    expect([...external]).toEqual(['obsidian']);
    const manifest = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8')) as { isDesktopOnly: boolean; id: string };
    expect(manifest).toMatchObject({ id: 'poc-workspace', isDesktopOnly: false });
  });
});
