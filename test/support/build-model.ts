/**
 * Fixtures for tests: a fluent builder of document models, and a fully
 * filled model for any template (every section written, every field of
 * every block filled with a valid value, every consultation party
 * recorded), from which tests remove one part at a time.
 */
import type { DocModel, DocStatus, FieldValue, Inline, LinkRef, Paragraph, RichText, SectionItem, TypedBlock } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import { TemplateSet } from '../../shared/template/set.js';
import { DISSEMINATION, REQUIRED_AUDIENCES } from '../../shared/validate/dissemination.js';
import { BRIEF } from '../../shared/validate/operations-brief.js';
import { FRAME_FIELDS } from '../../shared/validate/strategy-frame.js';
import type { DocType, FieldSpec } from '../../shared/template/template-schema.js';

/** A paragraph of text runs and links. */
export function p(...parts: Array<string | LinkRef>): Paragraph {
  return { t: 'p', content: parts.map((x): Inline => (typeof x === 'string' ? { t: 'text', text: x } : x)) };
}

/** Rich text of one paragraph. */
export function rich(text: string): RichText {
  return [p(text)];
}

/** A link inline to a block (of another document when `docId` is given, else of the document under construction — see `ModelBuilder.link`). */
export function link(docId: string, blockId: string): LinkRef {
  return { t: 'link', docId, blockId };
}

/** A link field's value: one paragraph holding the links. */
export function links(...refs: LinkRef[]): RichText {
  return [{ t: 'p', content: refs }];
}

/** Builds a DocModel step by step; `build()` returns a fresh deep copy each time. */
export class ModelBuilder {
  private readonly model: DocModel;

  constructor(model: DocModel) {
    this.model = structuredClone(model);
  }

  /** An empty document of a type (no sections). */
  static of(type: DocType, id = `${type}-1`): ModelBuilder {
    return new ModelBuilder({
      meta: { id, type, templateVersion: 1, title: `Test ${type}`, status: 'draft', created: '2026-01-01', fields: {} },
      sections: [],
    });
  }

  /** A builder starting from a copy of an existing model. */
  static from(model: DocModel): ModelBuilder {
    return new ModelBuilder(model);
  }

  /** A link to a block of this document. */
  link(blockId: string): LinkRef {
    return link(this.model.meta.id, blockId);
  }

  meta(patch: Partial<Omit<DocModel['meta'], 'fields'>>): this {
    Object.assign(this.model.meta, patch);
    return this;
  }

  status(status: DocStatus): this {
    return this.meta({ status });
  }

  /** Sets a document field (undefined removes it). */
  field(name: string, value: string | number | boolean | undefined): this {
    if (value === undefined) delete this.model.meta.fields[name];
    else this.model.meta.fields[name] = value;
    return this;
  }

  /** Appends items to a section, creating it (at the end) when absent. */
  section(id: string, ...items: SectionItem[]): this {
    let s = this.model.sections.find((x) => x.id === id);
    if (!s) this.model.sections.push((s = { id, title: `Section ${id}`, content: [] }));
    s.content.push(...structuredClone(items));
    return this;
  }

  /** Appends a paragraph of text to a section. */
  text(sectionId: string, ...parts: Array<string | LinkRef>): this {
    return this.section(sectionId, p(...parts));
  }

  /** Appends a typed block to a section. */
  block(sectionId: string, type: string, id: string, fields: Record<string, FieldValue> = {}): this {
    return this.section(sectionId, { t: 'block', type, id, fields });
  }

  /** Removes a section altogether. */
  withoutSection(id: string): this {
    this.model.sections = this.model.sections.filter((s) => s.id !== id);
    return this;
  }

  /** Empties a section's own content (its sub-sections are separate sections and stay). */
  clearSection(id: string): this {
    for (const s of this.model.sections) if (s.id === id) s.content = [];
    return this;
  }

  /** Removes blocks by id. */
  withoutBlocks(...ids: string[]): this {
    for (const s of this.model.sections) s.content = s.content.filter((i) => i.t !== 'block' || !ids.includes(i.id));
    return this;
  }

  /** Changes the fields of the block with this id (value undefined removes the field); throws if there is no such block. */
  setFields(blockId: string, patch: Record<string, FieldValue | undefined>): this {
    const b = this.find(blockId);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete b.fields[k];
      else b.fields[k] = structuredClone(v);
    }
    return this;
  }

  /** The block with this id (live, for inspection); throws if absent. */
  find(blockId: string): TypedBlock {
    for (const s of this.model.sections) for (const i of s.content) if (i.t === 'block' && i.id === blockId) return i;
    throw new Error(`no block ${blockId} in the model under construction`);
  }

  /** Blocks of a type, in document order (live). */
  blocks(type: string): TypedBlock[] {
    return this.model.sections.flatMap((s) => s.content.filter((i): i is TypedBlock => i.t === 'block' && i.type === type));
  }

  /** A deep copy of the model as built so far. */
  build(): DocModel {
    return structuredClone(this.model);
  }
}

/** A value of `spec`'s kind that passes validation; `n` varies choices across blocks. */
function sampleValue(spec: FieldSpec, n: number, today: string, owner: string): FieldValue {
  switch (spec.kind) {
    case 'text':
      return `${spec.label} ${owner}`;
    case 'person':
      return 'Amina Diallo';
    case 'richtext':
      return rich(`${spec.label} for ${owner}.`);
    case 'enum':
      return spec.values![(n - 1) % spec.values!.length].value;
    case 'rating':
      return 3;
    case 'boolean':
      return false;
    case 'date':
      return today;
    case 'link':
      return links(link('elsewhere', 'X-1'));
  }
}

/** The objective fields whose every value some objective must use (strategy-frame.ts). */
const SPREAD_FIELDS: readonly string[] = [FRAME_FIELDS.timeframe, FRAME_FIELDS.tier, FRAME_FIELDS.phase];

/** The audiences among `fields`' audience choices that every dissemination plan must name. */
function requiredAudiences(fields: readonly FieldSpec[]): string[] {
  const values = new Set(fields.find((f) => f.name === DISSEMINATION.audience)?.values?.map((v) => v.value));
  return REQUIRED_AUDIENCES.filter((a) => values.has(a));
}

/**
 * A model of `template`'s type where everything is filled: every section
 * present with text where text is expected, max(min, 1) blocks of each type
 * a section lists (and one strategy objective per timeframe, tier and
 * phase, the longest list deciding), every field of every block and of the document filled,
 * link fields pointing at a block of an accepted type in the same document
 * when there is one (else at another document, which validation skips
 * without a resolver), and one consultation block with an outcome per
 * consultation party, and one dissemination block per audience that must
 * receive the strategy. All dates are `today`, so nothing is overdue.
 */
export function filledModel(template: Template, today = '2026-06-15'): ModelBuilder {
  const b = ModelBuilder.of(template.id, `${template.id}-demo`).meta({ templateVersion: template.version, title: `Example ${template.title}`, created: today });
  for (const f of template.fields) b.field(f.name, f.kind === 'link' ? `${f.targets?.[0] ?? 'other'}-demo` : (sampleValue(f, 1, today, 'document') as string | number | boolean));
  const counters = new Map<string, number>();
  const made: Array<{ block: TypedBlock; specFields: FieldSpec[] }> = [];
  const consultation = template.consultation;
  for (const s of template.sections) {
    b.section(s.id);
    if (s.text) b.text(s.id, `Text of section ${s.id}, ${s.title}.`);
    for (const rule of s.blocks) {
      const spec = template.blockTypes.find((t) => t.type === rule.type)!;
      const isConsultation = consultation?.blockType === rule.type && consultation.section === s.id;
      // A dissemination plan names each audience that must receive the strategy, as validation expects.
      const audiences = rule.type === DISSEMINATION.blockType ? requiredAudiences(spec.fields) : [];
      // The strategy's objectives use every timeframe, tier and phase, as the frame rules expect (one objective per value of the longest list).
      const spread = rule.type === FRAME_FIELDS.objective ? Math.max(0, ...spec.fields.filter((f) => SPREAD_FIELDS.includes(f.name)).map((f) => f.values?.length ?? 0)) : 0;
      const count = isConsultation ? consultation.parties.length : Math.max(rule.min, 1, audiences.length, spread);
      for (let i = 0; i < count; i++) {
        const n = (counters.get(spec.idPrefix) ?? 0) + 1;
        counters.set(spec.idPrefix, n);
        const id = `${spec.idPrefix}-${n}`;
        const fields: Record<string, FieldValue> = {};
        // The brief's SRSG comment is written only once the SRSG has signed; a filled model carries no sign-off, so it stays empty.
        const unsigned = template.id === 'operations-brief' && spec.type === BRIEF.decision;
        if (!unsigned) for (const f of spec.fields) if (f.kind !== 'link') fields[f.name] = sampleValue(f, n, today, id);
        if (isConsultation) fields.party = consultation.parties[i].id;
        if (audiences[i] !== undefined) fields[DISSEMINATION.audience] = audiences[i];
        b.block(s.id, spec.type, id, fields);
        made.push({ block: b.find(id), specFields: spec.fields });
      }
    }
  }
  // Titles of sections come from the template, as a new document has them.
  const built = b.build();
  for (const sec of built.sections) sec.title = template.sections.find((t) => t.id === sec.id)!.title;
  const withTitles = ModelBuilder.from(built);
  // Second pass: link fields, now that every block exists.
  for (const { block, specFields } of made) {
    const patch: Record<string, FieldValue> = {};
    for (const f of specFields) {
      if (f.kind !== 'link') continue;
      const local = (f.targets ?? []).map((t) => withTitles.blocks(t)[0]).find((x) => x !== undefined);
      patch[f.name] = local ? links(withTitles.link(local.id)) : links(link('elsewhere', 'X-1'));
    }
    withTitles.setFields(block.id, patch);
  }
  return withTitles;
}

/** Clears every link field of every block of `b` (a document the server can approve without holding the documents its links point to). */
export function withoutBlockLinks(b: ModelBuilder, template: Template = TemplateSet.builtin().get(b.build().meta.type)): ModelBuilder {
  for (const spec of template.blockTypes) {
    const linkFields = spec.fields.filter((f) => f.kind === 'link').map((f) => [f.name, undefined] as const);
    if (linkFields.length) for (const block of b.blocks(spec.type)) b.setFields(block.id, Object.fromEntries(linkFields));
  }
  return b;
}
