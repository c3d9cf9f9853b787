// Dissemination (Annex A II): before the strategy goes for endorsement, its plan has a row for the mission components and one for the Protection Cluster.
import { expect, test } from 'vitest';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';
import { check, filled, problems, withCode } from './helpers.js';

/** A filled strategy with no dissemination rows, plus one undated row for each audience given. */
function strategy(...audiences: string[]) {
  const b = filled('strategy');
  b.withoutBlocks(...b.blocks('dissemination').map((x) => x.id));
  audiences.forEach((audience, i) => b.block('H', 'dissemination', `DIS-${i + 1}`, { audience, recipients: `Recipients ${i + 1}`, form: 'full' }));
  return b;
}

const missing = (d: ReturnType<typeof check>) => withCode(d, 'dissemination-missing');

test('a strategy with no dissemination rows gets one warning at section H naming both audiences', () => {
  const d = missing(check(strategy().build()));
  expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'H' } })]);
  expect(d[0].message).toMatch(/^The dissemination plan has no row for "Mission components involved in POC" nor for "Protection Cluster"\./);
});

test('the warning says to add a row per audience before endorsement, and who receives the full strategy', () => {
  const [d] = missing(check(strategy().build()));
  expect(d.message).toMatch(
    /Before the strategy goes for endorsement, add a row for each audience that must receive it: the mission components involved in POC and the Protection Cluster receive the full strategy\.$/,
  );
});

test('a strategy planning only for the mission components is warned about the Protection Cluster alone', () => {
  const d = missing(check(strategy('mission-components').build()));
  expect(d).toHaveLength(1);
  expect(d[0].message).toMatch(/^The dissemination plan has no row for "Protection Cluster"\./);
});

test('undated rows for the mission components and the Protection Cluster are enough: no warning', () => {
  expect(missing(check(strategy('mission-components', 'protection-cluster').build()))).toEqual([]);
});

test('a row for other partners does not stand in for the Protection Cluster', () => {
  const d = missing(check(strategy('mission-components', 'other-partners').build()));
  expect(d).toHaveLength(1);
  expect(d[0].message).toMatch(/no row for "Protection Cluster"\./);
});

test.each(DOC_TYPES.filter((t) => t !== 'strategy'))('a %s, which has no dissemination block type, gets no dissemination warning', (type) => {
  expect(missing(check(filled(type).build()))).toEqual([]);
});

test('without a section H in the document, the warning is on the document', () => {
  const d = missing(check(strategy().withoutSection('H').build()));
  expect(d).toEqual([expect.objectContaining({ location: {} })]);
});

test('the filled example strategy plans a row for both audiences and has no errors and no warnings', () => {
  expect(problems(check(filled('strategy').build()))).toEqual([]);
});
