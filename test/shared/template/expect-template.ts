/**
 * Assertions shared by the template checklist tests: each names what is
 * missing in words a reviewer can check against the policy annex.
 */
import { expect } from 'vitest';
import { blockTypeOf, sectionOf, type SectionSpec, type Template } from '../../../shared/template/load.js';
import type { FieldKind, FieldSpec } from '../../../shared/template/template-schema.js';

/** The section with this id; fails unless its title matches and it is required. */
export function expectRequiredSection(t: Template, id: string, title: RegExp): SectionSpec {
  const s = sectionOf(t, id);
  expect(s, `${t.id}: section ${id} (${title.source}) is missing`).toBeDefined();
  expect(s!.title).toMatch(title);
  expect(s!.required, `${t.id}: section ${id} should be required`).toBe(true);
  return s!;
}

/** Fails unless section `id` may hold blocks of `type`, with at least `min` required. */
// NEW_BLOCK_TYPE_EDIT_REQUIRED: pin the new type's section and fields in test/shared/template/<document type>.test.ts with these helpers; then `npx vitest run -u test/shared/markdown` and review the approved Markdown it rewrites.
export function expectSectionHolds(t: Template, id: string, type: string, min = 1): void {
  const rule = sectionOf(t, id)?.blocks.find((b) => b.type === type);
  expect(rule, `${t.id}: section ${id} should hold "${type}" blocks`).toBeDefined();
  expect(rule!.min).toBeGreaterThanOrEqual(min);
}

/** Fails unless `child` sits directly under `parent`. */
export function expectParent(t: Template, child: string, parent: string): void {
  expect(sectionOf(t, child)?.parent, `${t.id}: section ${child} should sit under ${parent}`).toBe(parent);
}

/** The field `name` of block type `type`; fails unless it exists with this kind. */
export function expectBlockField(t: Template, type: string, name: string, kind: FieldKind, required?: boolean): FieldSpec {
  const bt = blockTypeOf(t, type);
  expect(bt, `${t.id}: block type "${type}" is missing`).toBeDefined();
  const f = bt!.fields.find((x) => x.name === name);
  expect(f, `${t.id}: block "${type}" has no field "${name}"`).toBeDefined();
  expect(f!.kind, `${t.id}: ${type}.${name} kind`).toBe(kind);
  if (required !== undefined) expect(f!.required, `${t.id}: ${type}.${name} required`).toBe(required);
  return f!;
}

/** The document-level field `name`; fails unless it exists with this kind. */
export function expectDocField(t: Template, name: string, kind: FieldKind, required?: boolean): FieldSpec {
  const f = t.fields.find((x) => x.name === name);
  expect(f, `${t.id}: document field "${name}" is missing`).toBeDefined();
  expect(f!.kind, `${t.id}: document field ${name} kind`).toBe(kind);
  if (required !== undefined) expect(f!.required, `${t.id}: document field ${name} required`).toBe(required);
  return f!;
}

/** The allowed values of an enum field, in order. */
export function enumValues(f: FieldSpec): string[] {
  return (f.values ?? []).map((v) => v.value);
}
