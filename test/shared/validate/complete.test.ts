// For each document type: a fully filled document validates clean, and removing each required part is reported where it was.
import { describe, expect, test } from 'vitest';
import { DOC_TYPES, type DocType } from '../../../shared/template/template-schema.js';
import { check, filled, problems, template } from './helpers.js';

/** Required sections whose enclosing sections are all required too: they must always be filled. */
function alwaysRequiredSections(type: DocType) {
  const t = template(type);
  const byId = new Map(t.sections.map((s) => [s.id, s]));
  const required = (id: string | undefined): boolean => id === undefined || (byId.get(id)!.required && required(byId.get(id)!.parent));
  return t.sections.filter((s) => required(s.id));
}

describe.each(DOC_TYPES)('%s', (type) => {
  test('a fully filled document has no errors and no warnings', () => {
    expect(problems(check(filled(type).build()))).toEqual([]);
  });

  test.each(template(type).fields.filter((f) => f.required).map((f) => [f.name]))('removing the required document field "%s" is reported on that field', (name) => {
    const d = check(filled(type).field(name, undefined).build());
    expect(d).toContainEqual(expect.objectContaining({ severity: 'error', code: 'required-field', location: { field: name } }));
  });

  test.each(alwaysRequiredSections(type).map((s) => [s.id]))('removing required section %s is reported as missing', (id) => {
    const d = check(filled(type).withoutSection(id).build());
    expect(d).toContainEqual(expect.objectContaining({ severity: 'error', code: 'required-section-missing', location: { section: id } }));
  });

  test.each(alwaysRequiredSections(type).filter((s) => s.text || s.blocks.length).map((s) => [s.id]))('emptying required section %s is reported as empty', (id) => {
    const d = check(filled(type).clearSection(id).build());
    expect(d).toContainEqual(expect.objectContaining({ severity: 'error', code: 'required-section-empty', location: { section: id } }));
  });

  const requiredBlockFields = template(type).blockTypes.flatMap((b) => b.fields.filter((f) => f.required).map((f) => [b.type, f.name] as const));
  test.each(requiredBlockFields)('removing the required field %s.%s from a block is reported on that block and field', (blockType, field) => {
    const b = filled(type);
    const block = b.blocks(blockType)[0];
    const section = b.build().sections.find((s) => s.content.some((i) => i.t === 'block' && i.id === block.id))!.id;
    const d = check(b.setFields(block.id, { [field]: undefined }).build());
    expect(d).toContainEqual(expect.objectContaining({ severity: 'error', code: 'required-field', location: { section, block: block.id, field } }));
  });

  const minRules = template(type).sections.flatMap((s) => s.blocks.filter((r) => r.min > 0).map((r) => [s.id, r.type, r.min] as const));
  test.each(minRules)('section %s holding fewer %s blocks than %i is reported', (section, blockType, min) => {
    const b = filled(type);
    const spec = template(type).sections.find((s) => s.id === section)!;
    const inSection = b.build().sections.find((s) => s.id === section)!.content.filter((i) => i.t === 'block' && i.type === blockType);
    const keep = min - 1;
    b.withoutBlocks(...inSection.slice(keep).map((i) => (i.t === 'block' ? i.id : '')));
    // With text beside the blocks (or blocks left), the count is what is wrong; with nothing left, the section is empty.
    const code = spec.text || keep > 0 ? 'min-blocks' : 'required-section-empty';
    expect(check(b.build())).toContainEqual(expect.objectContaining({ severity: 'error', code, location: { section } }));
  });

  const parties = template(type).consultation?.parties.filter((p) => p.required) ?? [];
  if (parties.length)
    test.each(parties.map((p) => [p.id]))('removing the consultation with %s is reported', (party) => {
      const b = filled(type);
      const block = b.blocks(template(type).consultation!.blockType).find((x) => x.fields.party === party)!;
      const d = check(b.withoutBlocks(block.id).build());
      expect(d).toContainEqual(expect.objectContaining({ code: 'consultation-missing', location: { section: template(type).consultation!.section } }));
    });
});
