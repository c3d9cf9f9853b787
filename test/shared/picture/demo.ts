// The demo vault as the mission picture reads it: every document parsed, validated against the others (links resolve), as of the day the demo was written.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LinkIndex } from '../../../shared/links/index.js';
import { parseMarkdown, readFrontmatter, vaultLinkOptions } from '../../../shared/markdown/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import type { PictureDocument } from '../../../shared/picture/index.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { validate } from '../../../shared/validate/index.js';

/** The day the demo documents were written: nothing is overdue yet. */
export const DEMO_TODAY = '2026-11-24';
export const templates = TemplateSet.builtin();

/** The demo vault's documents, parsed, by file name (without ".md"). */
export async function demoModels(): Promise<Map<string, DocModel>> {
  const dir = join(__dirname, '..', '..', '..', 'demo-vault');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
  const pocFiles = files.filter((f) => readFrontmatter(f.text)?.type);
  const { resolveLink } = vaultLinkOptions(pocFiles.map((f) => ({ path: f.name, docId: readFrontmatter(f.text)!.id! })));
  const out = new Map<string, DocModel>();
  for (const f of pocFiles) {
    const r = parseMarkdown(f.text, templates, f.name, { resolveLink });
    if (!r.ok) throw new Error(`${f.name}: ${r.error.message}`);
    out.set(f.name.replace(/\.md$/, ''), r.model);
  }
  return out;
}

/** The documents validated together as of `today`, each with its file name as its path. */
export function pictureDocuments(models: ReadonlyMap<string, DocModel>, today = DEMO_TODAY): PictureDocument[] {
  const index = LinkIndex.build([...models.values()], templates);
  return [...models].map(([path, model]) => {
    const template = templates.get(model.meta.type);
    const diagnostics = validate(model, template, { today, resolve: (d, b) => index.resolve(d, b), resolveDocument: (d) => index.document(d) });
    return { model, template, diagnostics, path };
  });
}

/** A copy of a model to change in a test. */
export function copy(model: DocModel): DocModel {
  return structuredClone(model);
}

/** The block `id` of a model (throws when absent, so a test never passes by changing nothing). */
export function blockOf(model: DocModel, id: string) {
  for (const s of model.sections) for (const item of s.content) if (item.t === 'block' && item.id === id) return item;
  throw new Error(`no block ${id}`);
}

export const NORTH = 'POC Threat Matrix — Sector North';
export const SOUTH = 'POC Threat Matrix — Sector South';
export const STRATEGY = 'POC Strategy 2026–2027';
export const ACTION_PLAN = 'POC Action Plan 2026–2027';
export const RESOURCES = 'Resources & Capabilities Matrix 2026';
export const PROTECTION = 'Protection Matrix — Kessa Province';
export const ANALYSIS = 'Analysis of Threats and Perpetrators 2026';
