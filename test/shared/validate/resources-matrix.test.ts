// Resources matrix: rows rated red or orange describe their gap and carry a recommendation.
import { expect, test } from 'vitest';
import { check, filled, withCode } from './helpers.js';

const row = (criticality: string) => filled('resources-matrix').setFields('CAP-1', { criticality, gaps: undefined, recommendations: undefined }).build();

test.each(['red', 'orange'])('a %s row without a gap description gets a warning on the gaps field', (level) => {
  const d = withCode(check(row(level)), 'capability-gap-missing');
  expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '1', block: 'CAP-1', field: 'gaps' } })]);
});

test.each(['red', 'orange'])('a %s row without a recommendation gets a warning on the recommendations field', (level) => {
  const d = withCode(check(row(level)), 'capability-recommendation-missing');
  expect(d.map((x) => x.location)).toEqual([{ section: '1', block: 'CAP-1', field: 'recommendations' }]);
});

test('a green row needs neither', () => {
  const d = check(row('green'));
  expect([...withCode(d, 'capability-gap-missing'), ...withCode(d, 'capability-recommendation-missing')]).toEqual([]);
});
