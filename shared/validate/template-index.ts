/**
 * Per-template lookups, built once per template object and cached in a
 * WeakMap: validation runs on every keystroke and must not scan the
 * template's lists for each block or field.
 * @internal
 */
import type { SectionSpec, Template } from '../template/load.js';
import type { BlockTypeSpec, FieldSpec } from '../template/template-schema.js';

export interface TemplateIndex {
  readonly template: Template;
  readonly sections: ReadonlyMap<string, SectionSpec>;
  /** Section ids in document order (for sorting diagnostics). */
  readonly sectionOrder: readonly string[];
  readonly blockTypes: ReadonlyMap<string, BlockTypeSpec>;
  /** Fields of each block type, by name. */
  readonly blockFields: ReadonlyMap<string, ReadonlyMap<string, FieldSpec>>;
  /** Document-level fields, by name. */
  readonly docFields: ReadonlyMap<string, FieldSpec>;
  /** Allowed values of each enum field. */
  readonly enumValues: ReadonlyMap<FieldSpec, ReadonlySet<string>>;
  /** Block types each section may hold. */
  readonly allowed: ReadonlyMap<string, ReadonlySet<string>>;
  /** Sections with at least one required sub-section. */
  readonly withRequiredChildren: ReadonlySet<string>;
  /** Sections that may hold each block type, in document order. */
  readonly homes: ReadonlyMap<string, readonly string[]>;
  /** Position of each sign-off role in the required order. */
  readonly signoffRank: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Template, TemplateIndex>();

/** The lookups for a template, computed on first use and reused while the template object lives. */
export function indexTemplate(template: Template): TemplateIndex {
  let ix = cache.get(template);
  if (ix) return ix;
  const enumValues = new Map<FieldSpec, ReadonlySet<string>>();
  const byName = (fields: readonly FieldSpec[]) => {
    const m = new Map<string, FieldSpec>();
    for (const f of fields) {
      m.set(f.name, f);
      if (f.values) enumValues.set(f, new Set(f.values.map((v) => v.value)));
    }
    return m;
  };
  const homes = new Map<string, string[]>();
  for (const s of template.sections)
    for (const b of s.blocks) {
      const list = homes.get(b.type);
      if (list) list.push(s.id);
      else homes.set(b.type, [s.id]);
    }
  const withRequiredChildren = new Set<string>();
  for (const s of template.sections) if (s.required && s.parent !== undefined) withRequiredChildren.add(s.parent);
  ix = {
    template,
    homes,
    withRequiredChildren,
    sections: new Map(template.sections.map((s) => [s.id, s])),
    sectionOrder: template.sections.map((s) => s.id),
    blockTypes: new Map(template.blockTypes.map((b) => [b.type, b])),
    blockFields: new Map(template.blockTypes.map((b) => [b.type, byName(b.fields)])),
    docFields: byName(template.fields),
    enumValues,
    allowed: new Map(template.sections.map((s) => [s.id, new Set(s.blocks.map((b) => b.type))])),
    signoffRank: new Map(template.signoffs.map((s, i) => [s.role, i])),
  };
  cache.set(template, ix);
  return ix;
}

/** The spec of field `name` of block type `type`, if the template declares it. */
export function fieldOf(ix: TemplateIndex, type: string, name: string): FieldSpec | undefined {
  return ix.blockFields.get(type)?.get(name);
}
