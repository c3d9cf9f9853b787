/**
 * `validate` returns its diagnostics in the order `sortDiagnostics` gives
 * (errors first, then by section, block id with numbers compared as
 * numbers, and code), however it gets there: on a large generated threat
 * matrix full of problems, with ids of one prefix and of several, and on
 * any list of diagnostics.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { DocModel, TypedBlock } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { type Diagnostic, sortDiagnostics } from '../../../shared/validate/diagnostic.js';
import { indexModel, sectionsWithContent } from '../../../shared/validate/model-index.js';
import { DiagnosticOrder } from '../../../shared/validate/order.js';
import { RULES } from '../../../shared/validate/rules.js';
import { indexTemplate } from '../../../shared/validate/template-index.js';
import { validate } from '../../../shared/validate/index.js';
import { todayOf } from '../../../shared/validate/validate.js';
import { largeDocModel } from '../../support/generate.js';
import { TODAY } from './helpers.js';

const templates = TemplateSet.builtin();
const matrix = templates.get('threat-matrix');

/** What every rule reports, in the order the rules run, unsorted. */
function unsorted(model: DocModel): Diagnostic[] {
  const context = { today: TODAY };
  const tix = indexTemplate(matrix);
  const mix = indexModel(model);
  const input = { model, template: matrix, tix, mix, context, today: todayOf(context), locale: 'en' as const, filledSections: sectionsWithContent(mix, tix), out: [] as Diagnostic[] };
  for (const rule of RULES) rule.check(input);
  return input.out;
}

/** A 500-row matrix with a problem in many rows: unfinished links, bad choices, ratings and dates, missing and unknown fields, repeated ids. */
function matrixWithProblems(renumber?: (id: string, i: number) => string): DocModel {
  const model = largeDocModel(matrix, { blocks: 500, words: 2000 });
  let i = 0;
  for (const s of model.sections)
    for (const item of s.content) {
      if (item.t !== 'block') continue;
      const b: TypedBlock = item;
      const k = i++;
      if (renumber) b.id = renumber(b.id, k);
      if (k % 7 === 0) b.fields.populations = [{ t: 'p', content: [{ t: 'text', text: `Villages near [[Kalo ${k}` }] }];
      if (k % 11 === 0) b.fields.likelihood = 9;
      if (k % 13 === 0) b.fields.threatType = 'not-a-choice';
      if (k % 17 === 0) delete b.fields.threat;
      if (k % 19 === 0) b.fields.notes = 'a field of no template';
      if (k % 23 === 0) b.fields.imminent = 'yes';
      if (k % 29 === 0 && k > 0) b.id = 'T-1';
    }
  return model;
}

test.each([
  ['ids of one prefix', undefined],
  ['ids of several prefixes', (id: string, i: number) => (i % 3 === 0 ? id.replace('T-', 'X-') : id)],
  ['ids with leading zeros', (id: string, i: number) => (i % 5 === 0 ? id.replace('T-', 'T-0') : id)],
])('a large matrix full of problems, %s: validate gives sortDiagnostics order', (_, renumber) => {
  const model = matrixWithProblems(renumber);
  const raw = unsorted(model);
  expect(new Set(raw.map((d) => d.code)).size).toBeGreaterThan(5);
  expect(validate(model, matrix, { today: TODAY })).toStrictEqual(sortDiagnostics(raw, indexTemplate(matrix).sectionOrder));
});

const arbitraryId = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 10 ** 15 }).map((n) => `T-${n}`),
  fc.tuple(fc.constantFrom('T', 'A', 'obj', 'T-0', ''), fc.nat(120)).map(([p, n]) => `${p}-${n}`),
  fc.string({ maxLength: 6 }),
);
const arbitraryDiagnostic: fc.Arbitrary<Diagnostic> = fc
  .record({ severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Diagnostic['severity']>, code: fc.constantFrom('a', 'b', 'threat-risk'), section: fc.constantFrom(undefined, '1', '2', 'X'), block: arbitraryId })
  .map(({ severity, code, section, block }) => ({ severity, code, message: '', location: { ...(section ? { section } : {}), ...(block !== undefined ? { block } : {}) } }));

test('on any list of diagnostics, a fresh DiagnosticOrder sorts as sortDiagnostics', () => {
  fc.assert(
    fc.property(fc.array(arbitraryDiagnostic, { maxLength: 60 }), fc.boolean(), (list, numberedOnly) => {
      const l = numberedOnly ? list.filter((d) => d.location.block === undefined || /^T-[1-9]\d*$/.test(d.location.block)) : list;
      expect(new DiagnosticOrder().sort(l, ['2', '1'])).toStrictEqual(sortDiagnostics(l, ['2', '1']));
    }),
    { numRuns: 400 },
  );
});
