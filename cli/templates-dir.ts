/** Loading a mission's tailored templates from a folder (Node glue around TemplateSet.withOverrides). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTemplateError } from '../shared/template/load.js';
import { TemplateSet } from '../shared/template/set.js';

/** The *.yaml/*.yml files of `dir`, in name order, with their text; throws an Error saying which folder cannot be read. */
export async function readTemplateFiles(dir: string): Promise<Array<{ file: string; text: string }>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (e) {
    throw new Error(`Cannot read the templates folder "${dir}": ${(e as Error).message}`, { cause: e });
  }
  return Promise.all(names.map(async (n) => ({ file: join(dir, n), text: await readFile(join(dir, n), 'utf8') })));
}

/** The built-in templates, with every *.yaml/*.yml in `dir` (if given) replacing the one of its type; throws an Error listing every problem. */
export async function loadTemplates(dir?: string): Promise<TemplateSet> {
  const builtin = TemplateSet.builtin();
  if (!dir) return builtin;
  const files = await readTemplateFiles(dir);
  const r = builtin.withOverrides(files);
  if (!r.ok) throw new Error(`The tailored templates in "${dir}" have problems:\n${r.errors.map((e) => `  ${formatTemplateError(e)}`).join('\n')}`);
  return r.set;
}
