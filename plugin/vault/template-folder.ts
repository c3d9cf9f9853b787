/**
 * The templates in use: the built-in ones, replaced type by type by a
 * mission's tailored copies from the templates folder setting.
 */
import type { App } from 'obsidian';
import { formatTemplateError, type TemplateError } from '../../shared/template/load.js';
import { TemplateSet } from '../../shared/template/set.js';

/** The template set for a folder of YAML files (empty folder setting: the built-in set), and the problems found. */
export async function loadTemplates(app: App, folder: string): Promise<{ set: TemplateSet; problems: string[] }> {
  const builtin = TemplateSet.builtin();
  const dir = folder.trim().replace(/^\/+|\/+$/g, '');
  if (!dir) return { set: builtin, problems: [] };
  const files = app.vault.getFiles().filter((f) => f.path.startsWith(`${dir}/`) && (f.extension === 'yaml' || f.extension === 'yml'));
  if (!files.length) return { set: builtin, problems: [`The templates folder "${dir}" holds no .yaml files; the built-in templates are used.`] };
  const sources = await Promise.all(files.map(async (f) => ({ file: f.path, text: await app.vault.cachedRead(f) })));
  const result = builtin.withOverrides(sources);
  if (result.ok) return { set: result.set, problems: [] };
  return { set: builtin, problems: result.errors.map((e: TemplateError) => formatTemplateError(e)) };
}
