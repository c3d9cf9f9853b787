// Dissemination (Annex A II): once an office has approved the strategy, it is recorded as sent to the mission components and the Protection Cluster.
import { expect, test } from 'vitest';
import { DOC_TYPES } from '../../../shared/template/schema.js';
import { check, filled, problems, signoff, template, withCode } from './helpers.js';

/** A filled strategy with no dissemination rows, plus the rows given (audience and date sent, undefined for a planned row). */
function strategy(...rows: Array<[audience: string, date?: string]>) {
  const b = filled('strategy');
  b.withoutBlocks(...b.blocks('dissemination').map((x) => x.id));
  rows.forEach(([audience, date], i) => b.block('H', 'dissemination', `DIS-${i + 1}`, { audience, recipients: `Recipients ${i + 1}`, form: 'full', ...(date ? { date } : {}) }));
  return b;
}

const approved = { signoffs: [signoff('head-of-mission')] };
const missing = (d: ReturnType<typeof check>) => withCode(d, 'dissemination-missing');

test('a strategy nobody has signed gets no dissemination warning, even with nothing sent', () => {
  expect(missing(check(strategy().build()))).toEqual([]);
});

test('a strategy approved by an office with no dissemination recorded gets one warning at section H naming both audiences', () => {
  const d = missing(check(strategy().build(), approved));
  expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'H' } })]);
  expect(d[0].message).toMatch(/Head of Mission approved .*"Mission components involved in POC" nor to "Protection Cluster"/);
  expect(d[0].message).toMatch(/record when and to whom it was sent in section H "Dissemination"/);
});

test('an approved strategy sent only to the mission components is warned about the Protection Cluster alone', () => {
  const d = missing(check(strategy(['mission-components', '2026-06-10']).build(), approved));
  expect(d).toHaveLength(1);
  expect(d[0].message).toMatch(/not recorded as sent to "Protection Cluster"\./);
  expect(d[0].message).not.toMatch(/Mission components/);
});

test('an approved strategy with dated rows for the mission components and the Protection Cluster gets no warning', () => {
  const b = strategy(['mission-components', '2026-06-10'], ['protection-cluster', '2026-06-11']);
  expect(missing(check(b.build(), approved))).toEqual([]);
});

test('a row planned without a date sent does not count, and the warning names it', () => {
  const d = missing(check(strategy(['mission-components', '2026-06-10'], ['protection-cluster']).build(), approved));
  expect(d[0].message).toMatch(/"Protection Cluster" \(DIS-2 has no date sent\)/);
});

test('a row for other partners does not stand in for the Protection Cluster', () => {
  const d = missing(check(strategy(['mission-components', '2026-06-10'], ['other-partners', '2026-06-10']).build(), approved));
  expect(d[0].message).toMatch(/"Protection Cluster"/);
});

test('an approval later withdrawn by a rejection from the same office does not call for dissemination', () => {
  const signoffs = [signoff('head-of-mission', 'approved', '2026-06-01T10:00:00Z'), signoff('head-of-mission', 'rejected', '2026-06-02T10:00:00Z')];
  expect(missing(check(strategy().build(), { signoffs }))).toEqual([]);
});

test('an approval by an office the template does not ask to sign does not call for dissemination', () => {
  expect(missing(check(strategy().build(), { signoffs: [signoff('force-commander')] }))).toEqual([]);
});

test('without a section H in the document, the warning is on the document', () => {
  const d = missing(check(strategy().withoutSection('H').build(), approved));
  expect(d).toEqual([expect.objectContaining({ location: {} })]);
});

test.each(DOC_TYPES.filter((t) => t !== 'strategy'))('an approved %s, which has no dissemination block type, gets no dissemination warning', (type) => {
  const signoffs = template(type).signoffs.map((r, i) => ({ ...signoff(r.role, 'approved', `2026-06-0${i + 1}T10:00:00Z`), docType: type }));
  expect(missing(check(filled(type).build(), { signoffs }))).toEqual([]);
});

test('the filled example strategy carries no approvals, so its single planned-and-dated row keeps it clean', () => {
  expect(problems(check(filled('strategy').build()))).toEqual([]);
});

test('an example strategy approved by every office and dated for both audiences has no errors and no warnings', () => {
  const b = strategy(['mission-components', '2026-06-10'], ['protection-cluster', '2026-06-11']).status('approved');
  const signoffs = [signoff('head-of-mission'), signoff('unct', 'approved', '2026-06-02T10:00:00Z')];
  expect(problems(check(b.build(), { signoffs }))).toEqual([]);
});
