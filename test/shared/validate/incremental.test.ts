/**
 * The incremental validator's promise: after any sequence of edits that
 * keeps untouched sections and blocks as the same objects (as the editor's
 * `docToModel` does), it returns exactly what a full `validate` returns —
 * same diagnostics, same order — whatever changes between calls: blocks,
 * ids, sections, metadata, today, the resolver, sign-offs, the template.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DocModel, FieldValue, RichText, Section, SectionItem, TypedBlock } from '../../../shared/model/types.js';
import type { Template } from '../../../shared/template/load.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { completion, type ValidationContext, validate, Validator } from '../../../shared/validate/index.js';
import { Transform } from 'prosemirror-transform';
import type { Node as PMNode } from 'prosemirror-model';
import { docToModel, modelToDoc } from '../../../shared/prosemirror/convert.js';
import { buildSchema } from '../../../shared/prosemirror/prosemirror-schema.js';
import { link, rich } from '../../support/build-model.js';
import { arbitraryDocModel, largeDocModel } from '../../support/generate.js';
import { filled, signoff, TODAY, withCode } from './helpers.js';

const templates = TemplateSet.builtin();

/** One random edit: what to do, and numbers that pick where and with what. */
interface Edit {
  kind: number;
  a: number;
  b: number;
  c: number;
}

const arbitraryEdit: fc.Arbitrary<Edit> = fc.record({ kind: fc.nat(11), a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000) });

/** Values of every kind, valid and not, for any field: ratings in and out of range, dates real and not, links that resolve and not. */
function valuePool(model: DocModel, template: Template): Array<FieldValue | undefined> {
  const ids = model.sections.flatMap((s) => s.content.flatMap((i) => (i.t === 'block' ? [i.id] : [])));
  const enums = template.blockTypes.flatMap((b) => b.fields.flatMap((f) => (f.values ?? []).map((v) => v.value)));
  return [
    undefined, '', ' ', 'Militia raids on Kibati', 1, 2, 3, 4, 5, 0, 7, 2.5, true, false, '2026-01-10', '2026-02-30', '2027-01-01', 'bogus',
    ...enums, rich('Patrols at night'), [], rich('  '),
    [{ t: 'p', content: [link(model.meta.id, ids[0] ?? 'T-1')] }],
    [{ t: 'p', content: [link(model.meta.id, 'X-99')] }],
    [{ t: 'p', content: [link('tm-sector-north', 'T-3')] }],
    [{ t: 'p', content: [{ t: 'text', text: 'see ' }, link('ap-2026', 'A-1')] }],
  ];
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** Replaces item `i` of section `s` (undefined removes it), keeping every other section and item the same object. */
function withItem(model: DocModel, s: number, i: number, item: SectionItem | undefined, insert = false): DocModel {
  const sections = model.sections.slice();
  const content = sections[s].content.slice();
  if (insert) content.splice(i, 0, item!);
  else if (item) content[i] = item;
  else content.splice(i, 1);
  sections[s] = { ...sections[s], content };
  return { ...model, sections };
}

/** Applies one edit the way the editor would produce it: a new model sharing every part the edit did not touch. */
function applyEdit(model: DocModel, template: Template, e: Edit): DocModel {
  const blocks: Array<{ s: number; i: number; block: TypedBlock }> = [];
  model.sections.forEach((sec, s) => sec.content.forEach((item, i) => item.t === 'block' && blocks.push({ s, i, block: item })));
  const pool = valuePool(model, template);
  switch (e.kind) {
    case 0:
    case 1:
    case 2: {
      // A field of a block changes (the most common keystroke).
      if (!blocks.length) return model;
      const { s, i, block } = pick(blocks, e.a);
      // Besides the template's fields: names of the user's own, including ones Object.prototype has.
      const names = [...(template.blockTypes.find((b) => b.type === block.type)?.fields.map((f) => f.name) ?? []), 'extra', 'constructor', 'toString'];
      const fields = { ...block.fields };
      const v = pick(pool, e.c);
      if (v === undefined) delete fields[pick(names, e.b)];
      else fields[pick(names, e.b)] = v;
      return withItem(model, s, i, { ...block, fields });
    }
    case 3: {
      // A block gets another block's id, or a new one.
      if (!blocks.length) return model;
      const { s, i, block } = pick(blocks, e.a);
      const id = e.c % 2 ? pick(blocks, e.b).block.id : `N-${e.b % 7}`;
      return withItem(model, s, i, { ...block, id });
    }
    case 4: {
      // A copy of a block is inserted somewhere (maybe in a section that does not take it).
      if (!blocks.length || !model.sections.length) return model;
      const { block } = pick(blocks, e.a);
      const s = e.b % model.sections.length;
      return withItem(model, s, e.c % (model.sections[s].content.length + 1), { ...block, id: `C-${e.c % 5}` }, true);
    }
    case 5: {
      // An item is deleted.
      if (!model.sections.length) return model;
      const s = e.a % model.sections.length;
      const n = model.sections[s].content.length;
      return n ? withItem(model, s, e.b % n, undefined) : model;
    }
    case 6: {
      // Text is typed into a section, sometimes with a link.
      if (!model.sections.length) return model;
      const s = e.a % model.sections.length;
      const text: RichText = e.c % 3 ? rich(`typed ${e.b}`) : [{ t: 'p', content: [link(model.meta.id, pick(blocks, e.b)?.block.id ?? 'T-9')] }];
      return withItem(model, s, e.b % (model.sections[s].content.length + 1), text[0], true);
    }
    case 7: {
      // A section is added again, removed, or a template section is added empty.
      const sections = model.sections.slice();
      if (e.c % 3 === 0 && sections.length) sections.splice(e.a % sections.length, 1);
      else if (e.c % 3 === 1 && sections.length) sections.push(pick(sections, e.a));
      else {
        const spec = pick(template.sections, e.a);
        sections.splice(e.b % (sections.length + 1), 0, { id: e.b % 5 ? spec.id : 'Z.9', title: spec.title, content: [] } satisfies Section);
      }
      return { ...model, sections };
    }
    case 8: {
      // The metadata changes: status, title, a document field.
      const meta = { ...model.meta, fields: { ...model.meta.fields } };
      if (e.c % 3 === 0) meta.status = pick(['draft', 'in-review', 'approved', 'archived'] as const, e.a);
      else if (e.c % 3 === 1) meta.title = e.a % 2 ? '' : `Title ${e.a}`;
      else {
        const name = pick([...template.fields.map((f) => f.name), 'extra'], e.a);
        const v = pick(pool, e.b);
        if (v === undefined || Array.isArray(v)) delete meta.fields[name];
        else meta.fields[name] = v;
      }
      return { ...model, meta };
    }
    case 9: {
      // A block moves to another section.
      if (!blocks.length || !model.sections.length) return model;
      const { s, i, block } = pick(blocks, e.a);
      const removed = withItem(model, s, i, undefined);
      const t = e.b % removed.sections.length;
      return withItem(removed, t, e.c % (removed.sections[t].content.length + 1), block, true);
    }
    default:
      // Nothing in the document changes (the context may).
      return model;
  }
}

/** A context that varies with the edit: today, a resolver, sign-offs, problems met while loading. */
function contextFor(e: Edit): ValidationContext {
  const ctx: ValidationContext = { today: pick(['2026-06-15', '2026-01-01', '2027-03-01'], e.a + e.kind) };
  if (e.b % 3 === 0) ctx.resolve = (docId, blockId) => (blockId.endsWith('3') ? undefined : { type: blockId.startsWith('A') ? 'action' : 'threat', docType: docId.startsWith('ap') ? 'action-plan' : undefined });
  if (e.b % 3 === 1) ctx.resolveDocument = (docId) => (docId.length % 2 ? { type: 'action-plan' } : undefined);
  if (e.c % 4 === 0) ctx.signoffs = [signoff(pick(['head-of-mission', 'unct', 'force-commander', 'srsg'], e.c))];
  if (e.c % 5 === 0) ctx.problems = [{ message: 'A block without an id', section: 'B', block: pick(['T-1', 'A-2', ''], e.b) || undefined }];
  return ctx;
}

describe.each(templates.all().map((t) => [t.id, t] as const))('%s', (_, template) => {
  test('after every random edit, the incremental validator reports exactly what a full validation reports, in the same order', () => {
    fc.assert(
      fc.property(arbitraryDocModel(template), fc.array(arbitraryEdit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const validator = new Validator();
        let model = start;
        expect(validator.validate(model, template, { today: TODAY })).toEqual(validate(model, template, { today: TODAY }));
        for (const e of edits) {
          model = applyEdit(model, template, e);
          // Now and then the template object itself is replaced (a reloaded or tailored template).
          const t = e.kind === 10 ? structuredClone(template) : template;
          const ctx = contextFor(e);
          expect(validator.validate(model, t, ctx)).toEqual(validate(model, t, ctx));
        }
      }),
      { numRuns: 40 },
    );
  });

  test('after every random edit, the incremental completion count equals a full count', () => {
    fc.assert(
      fc.property(arbitraryDocModel(template), fc.array(arbitraryEdit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const validator = new Validator();
        let model = start;
        for (const e of edits) {
          model = applyEdit(model, template, e);
          const t = e.kind === 10 ? structuredClone(template) : template;
          expect(validator.completion(model, t)).toEqual(completion(model, t));
        }
      }),
      { numRuns: 30 },
    );
  });
});

test('a keystroke in one row of a large threat matrix gives the same diagnostics as a full validation', () => {
  const template = templates.get('threat-matrix');
  const model = largeDocModel(template, { blocks: 120 });
  const validator = new Validator();
  validator.validate(model, template, { today: TODAY });
  let edited = model;
  for (const e of [{ kind: 0, a: 40, b: 2, c: 21 }, { kind: 6, a: 1, b: 3, c: 1 }, { kind: 1, a: 7, b: 0, c: 5 }]) {
    edited = applyEdit(edited, template, e);
    expect(validator.validate(edited, template, { today: TODAY })).toEqual(validate(edited, template, { today: TODAY }));
  }
});

test("raising one threat's risk updates the rank shown on the other rows", () => {
  const template = templates.get('threat-matrix');
  const model = filled('threat-matrix').build();
  const validator = new Validator();
  const before = withCode(validator.validate(model, template, { today: TODAY }), 'threat-risk');
  const rows = model.sections.flatMap((s, si) => s.content.flatMap((item, i) => (item.t === 'block' && item.type === 'threat' ? [{ si, i, item }] : [])));
  const last = rows[rows.length - 1];
  const raised = withItem(model, last.si, last.i, { ...last.item, fields: { ...last.item.fields, likelihood: 5, impact: 5, imminent: true } });
  const after = withCode(validator.validate(raised, template, { today: TODAY }), 'threat-risk');
  expect(after).toEqual(withCode(validate(raised, template, { today: TODAY }), 'threat-risk'));
  expect(after.find((d) => d.location.block === last.item.id)?.message).toMatch(/rank 1 of/);
  expect(before.length).toBe(after.length);
});

test('the same unchanged document checked on a later day reports what became overdue that day', () => {
  const template = templates.get('action-plan');
  const model = filled('action-plan').build();
  const validator = new Validator();
  expect(withCode(validator.validate(model, template, { today: TODAY }), 'action-overdue')).toEqual([]);
  const later = validator.validate(model, template, { today: '2027-06-15' });
  expect(withCode(later, 'action-overdue').length).toBeGreaterThan(0);
  expect(later).toEqual(validate(model, template, { today: '2027-06-15' }));
});

test('an incremental validator refuses a context whose today is not a date, as validate does', () => {
  const template = templates.get('strategy');
  expect(() => new Validator().validate(filled('strategy').build(), template, { today: '15/06/2026' })).toThrow(RangeError);
});

/** Text positions of a ProseMirror document, where a keystroke can land. */
function textPositions(doc: PMNode): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) for (let i = 0; i <= node.nodeSize; i++) out.push(pos + i);
    return true;
  });
  return out;
}

test('keystrokes typed and deleted in the editor document give the diagnostics of a full validation of a freshly read document', () => {
  const schema = buildSchema(templates);
  const template = templates.get('threat-matrix');
  fc.assert(
    fc.property(
      arbitraryDocModel(template),
      fc.array(fc.record({ at: fc.nat(100_000), del: fc.boolean(), ch: fc.constantFrom('a', ' ', '3', '*') }), { minLength: 1, maxLength: 15 }),
      (start, keys) => {
        const validator = new Validator();
        let doc = modelToDoc(start, schema);
        validator.validate(docToModel(doc, start.meta).model, template, { today: TODAY });
        for (const k of keys) {
          const spots = textPositions(doc);
          if (!spots.length) return;
          const at = spots[k.at % spots.length];
          const tr = new Transform(doc);
          if (k.del && doc.resolve(at).parent.isTextblock && at > doc.resolve(at).start()) tr.delete(at - 1, at);
          else tr.insert(at, schema.text(k.ch));
          doc = tr.doc;
          // The editor's path: cached per node. The reference: the same document rebuilt node by node, read and validated in full.
          const live = docToModel(doc, start.meta);
          const fresh = docToModel(schema.nodeFromJSON(doc.toJSON()), start.meta);
          expect(live).toEqual(fresh);
          expect(validator.validate(live.model, template, { today: TODAY })).toEqual(validate(fresh.model, template, { today: TODAY }));
        }
      },
    ),
    { numRuns: 40 },
  );
});
