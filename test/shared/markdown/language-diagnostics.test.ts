/**
 * The language of a document never changes what validation finds: the demo
 * vault's documents, written in French and read back, give the same
 * diagnostics (codes, severities and places) as in English, before and
 * after the same change.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown, readFrontmatter, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel, TypedBlock } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { validate } from '../../../shared/validate/index.js';

const VAULT = join(__dirname, '..', '..', '..', 'demo-vault');
const TODAY = '2026-11-24';
const templates = TemplateSet.builtin();
let models: DocModel[];

beforeAll(async () => {
  const names = (await readdir(VAULT)).filter((n) => n.endsWith('.md'));
  models = [];
  for (const name of names) {
    const text = await readFile(join(VAULT, name), 'utf8');
    if (!readFrontmatter(text)?.type) continue;
    const r = parseMarkdown(text, templates, name);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    models.push(r.model);
  }
});

/** The model written in `lang` and read back. */
function through(model: DocModel, lang: 'en' | 'fr'): DocModel {
  const m = lang === 'fr' ? { ...model, meta: { ...model.meta, lang } } : model;
  const r = parseMarkdown(toMarkdown(m, templates.get(m.meta.type)), templates, 'doc.md');
  if (!r.ok) throw new Error(`${model.meta.id} in ${lang}: line ${r.error.line}: ${r.error.message}`);
  return r.model;
}

const findings = (model: DocModel) => validate(model, templates.get(model.meta.type), { today: TODAY }).map((d) => ({ code: d.code, severity: d.severity, location: d.location }));

/** The same change to any document: its first typed block loses its required fields, and a section of its own is added. */
function broken(model: DocModel): DocModel {
  const m = structuredClone(model);
  const template = templates.get(m.meta.type);
  for (const s of m.sections) {
    const block = s.content.find((i): i is TypedBlock => i.t === 'block');
    if (!block) continue;
    const spec = template.blockTypes.find((b) => b.type === block.type);
    for (const f of spec?.fields ?? []) if (f.required) delete block.fields[f.name];
    break;
  }
  m.sections.push({ id: 'Z', title: 'Notes de terrain', content: [{ t: 'p', content: [{ t: 'text', text: 'À revoir.' }] }] });
  return m;
}

describe('a demo document in French', () => {
  it('gives the diagnostics it gives in English', () => {
    for (const m of models) expect(findings(through(m, 'fr')), m.meta.id).toEqual(findings(through(m, 'en')));
  });

  it('gives, after the same change, the diagnostics the English one gives after it', () => {
    for (const m of models) {
      const en = findings(through(broken(m), 'en'));
      expect(en.some((d) => d.severity === 'error'), m.meta.id).toBe(true);
      expect(findings(through(broken(m), 'fr')), m.meta.id).toEqual(en);
    }
  });
});
