// Messages name sections, blocks, fields and choices with the template's words in the reader's language, as
// localizeTemplate gives them. The built-in templates carry no French yet on this branch, so localizeTemplate is
// replaced here by one that gives the threat matrix French labels, as a template with French texts would.
import { expect, test, vi } from 'vitest';
import type { Template } from '../../../shared/template/load.js';
import { check, filled, withCode } from './helpers.js';

/** The threat matrix's French words for what these tests name. */
function inFrench(t: Template): Template {
  const copy = structuredClone(t);
  copy.sections.find((s) => s.id === '2')!.title = 'Menaces pesant sur les civils';
  const threat = copy.blockTypes.find((b) => b.type === 'threat')!;
  threat.label = 'Menace';
  threat.fields.find((f) => f.name === 'likelihood')!.label = 'Probabilité';
  const kind = threat.fields.find((f) => f.name === 'threatType')!;
  kind.values = kind.values!.map((v, i) => ({ ...v, label: `Type ${i + 1}` }));
  return copy;
}

const localize = vi.hoisted(() => ({ calls: 0 }));

vi.mock('../../../shared/template/localize.js', () => ({
  localizeTemplate: (t: Template, locale: string) => {
    localize.calls++;
    return locale === 'fr' && t.id === 'threat-matrix' ? inFrench(t) : t;
  },
}));

const odd = () => filled('threat-matrix').setFields('T-1', { likelihood: 9, threatType: 'x' }).build();

test('a French message names the field, the block and the section with the French template words', () => {
  const [rating] = withCode(check(odd(), { locale: 'fr' }), 'rating-range');
  expect(rating!.message).toMatch(/^Le champ «\u00a0Probabilité\u00a0» du bloc «\u00a0menace\u00a0» T-1 /);
  expect(rating!.location).toEqual({ section: '2', block: 'T-1', field: 'likelihood' });
});

test("a French message lists a choice field's French labels", () => {
  const [choice] = withCode(check(odd(), { locale: 'fr' }), 'enum-value');
  expect(choice!.message).toContain('(Type 1\u00a0; Type 2\u00a0; Type 3');
});

test('an English message keeps the English template words', () => {
  const [rating] = withCode(check(odd(), { locale: 'en' }), 'rating-range');
  expect(rating!.message).toMatch(/^"Likelihood" of threat T-1 /);
});

test('a French section name is the French title', () => {
  const model = odd();
  model.sections.push(structuredClone(model.sections.find((s) => s.id === '2')!));
  const [twice] = withCode(check(model, { locale: 'fr' }), 'duplicate-block-id');
  expect(twice!.message).toContain('section 2 «\u00a0Menaces pesant sur les civils\u00a0»');
});

test('the template is put in French once, however often a document is validated', () => {
  const model = odd();
  const before = localize.calls;
  for (let i = 0; i < 3; i++) check(model, { locale: 'fr' });
  expect(localize.calls - before).toBeLessThanOrEqual(1);
});
