/** Writes the demo vault's POC documents into a folder (see build.mjs, which bundles and runs this). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TemplateSet } from '../../shared/template/set.js';
import { renderDemoVault } from './render.js';

/** Renders the demo documents and writes them into `dir`; returns the paths written. */
export async function writeDemoVault(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const f of renderDemoVault(TemplateSet.builtin())) {
    const path = join(dir, f.file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.markdown);
    written.push(path);
  }
  return written;
}
