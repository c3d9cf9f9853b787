/**
 * The release bundle: plugin/main.ts built as Obsidian loads it (CommonJS,
 * `obsidian`, `electron` and `@codemirror/*` external) must need nothing
 * but Obsidian — no Node module, no Electron — which is what makes
 * `isDesktopOnly: false` in manifest.json true.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { rawPlugin } from '../../scripts/raw-plugin.mjs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/test-server.js';

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
      plugins: [rawPlugin],
    });
    const external = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    expect([...external]).toEqual(['obsidian']);
    const manifest = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8')) as { isDesktopOnly: boolean; id: string };
    expect(manifest).toMatchObject({ id: 'poc-workspace', isDesktopOnly: false });
  });
});
