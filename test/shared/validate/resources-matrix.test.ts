// Resources matrix: rows rated red or orange describe their gap and carry a recommendation (a red one without it is an error).
import { expect, test } from 'vitest';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { check, filled, withCode } from './helpers.js';

const row = (criticality: string) => filled('resources-matrix').setFields('CAP-1', { criticality, gaps: undefined, recommendations: undefined }).build();

test.each(['red', 'orange'])('a %s row without a gap description gets a warning on the gaps field', (level) => {
  const d = withCode(check(row(level)), 'capability-gap-missing');
  expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '1', block: 'CAP-1', field: 'gaps' } })]);
});

test.each([
  ['red', 'error'],
  ['orange', 'warning'],
])('a %s row without a recommendation gets an %s on the recommendations field', (level, severity) => {
  const d = withCode(check(row(level)), 'capability-recommendation-missing');
  expect(d).toEqual([expect.objectContaining({ severity, location: { section: '1', block: 'CAP-1', field: 'recommendations' } })]);
});

test("the demo matrix's red row CAP-3 without its recommendation is an error naming Annex B IX", () => {
  const rc = renderDemoVault(TemplateSet.builtin()).find((f) => f.model.meta.type === 'resources-matrix')!.model;
  expect(withCode(check(rc, { today: '2026-11-24' }), 'capability-recommendation-missing')).toEqual([]);
  for (const s of rc.sections) for (const b of s.content) if (b.t === 'block' && b.id === 'CAP-3') delete b.fields.recommendations;
  const d = withCode(check(rc, { today: '2026-11-24' }), 'capability-recommendation-missing');
  expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: '2', block: 'CAP-3', field: 'recommendations' } })]);
  expect(d[0].message).toMatch(/Annex B IX/);
});

test('a green row needs neither', () => {
  const d = check(row('green'));
  expect([...withCode(d, 'capability-gap-missing'), ...withCode(d, 'capability-recommendation-missing')]).toEqual([]);
});
