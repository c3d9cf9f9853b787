import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_SOURCES } from '../../../shared/template/builtin.js';
import { formatTemplateError, loadTemplate } from '../../../shared/template/load.js';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';
import { TemplateSet } from '../../../shared/template/set.js';

describe('built-in templates', () => {
  it.each(DOC_TYPES)('the %s template loads without errors', (type) => {
    const r = loadTemplate(BUILTIN_TEMPLATE_SOURCES[type], `templates/${type}.yaml`);
    expect(r.ok ? [] : r.errors.map(formatTemplateError)).toEqual([]);
  });

  it('TemplateSet.builtin() holds one template per document type, in canonical order', () => {
    expect(TemplateSet.builtin().all().map((t) => t.id)).toEqual([...DOC_TYPES]);
  });
});

describe('built-in templates link to each other consistently', () => {
  const set = TemplateSet.builtin();
  const targets = set.all().flatMap((t) => [
    ...t.fields.flatMap((f) => (f.targets ?? []).map((target) => ({ where: `${t.id}: document field ${f.name}`, target, docLevel: true }))),
    ...t.blockTypes.flatMap((b) => b.fields.flatMap((f) => (f.targets ?? []).map((target) => ({ where: `${t.id}: ${b.type}.${f.name}`, target, docLevel: false, home: t })))),
  ]);

  it.each(targets.filter((x) => x.target.includes('/')).map((x) => [x.where, x.target]))('%s points to a block type that exists (%s)', (_where, target) => {
    const [docType, blockType] = target.split('/');
    expect(set.get(docType).blockTypes.map((b) => b.type)).toContain(blockType);
  });

  it('points document-level links at document types', () => {
    for (const x of targets.filter((y) => y.docLevel)) expect(DOC_TYPES as readonly string[], x.where).toContain(x.target);
  });

  it('uses the same tier values wherever a tier is recorded', () => {
    const tiers = set.all().flatMap((t) => t.blockTypes.flatMap((b) => b.fields.filter((f) => f.name === 'tier').map((f) => (f.values ?? []).map((v) => v.value))));
    expect(tiers.length).toBeGreaterThanOrEqual(2);
    for (const values of tiers) expect(values).toEqual(['tier-1', 'tier-2', 'tier-3']);
  });
});
