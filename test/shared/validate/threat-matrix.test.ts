// Threat matrix: risk = likelihood × impact ranks the rows; high-risk and imminent threats have a response and responsible components; gaps carry recommendations; reviews follow the cadence.
import { describe, expect, test } from 'vitest';
import type { TypedBlock } from '../../../shared/model/types.js';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { BUILTIN_TEMPLATE_SOURCES } from '../../../shared/template/builtin.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { HIGH_RISK_THRESHOLD, isRating, priorityImpactOf, rankThreats, riskBand, riskOf } from '../../../shared/validate/index.js';
import { ModelBuilder, rich } from '../../support/build-model.js';
import { editBlock as edit } from './demo-docs.js';
import { check, filled, template, withCode } from './helpers.js';

const threat = (fields: TypedBlock['fields']): TypedBlock => ({ t: 'block', type: 'threat', id: 'T-1', fields });

/** A filled matrix whose threats have the given likelihood, impact and imminence, as T-1, T-2… */
function matrix(rows: Array<[likelihood: number | undefined, impact: number | undefined, imminent?: boolean]>): ModelBuilder {
  const b = filled('threat-matrix');
  const base = b.find('T-1');
  b.withoutBlocks('T-1');
  rows.forEach(([l, i, imminent], n) => {
    const id = `T-${n + 1}`;
    b.block('2', 'threat', id, { ...structuredClone(base.fields), threat: `Threat ${id}`, imminent: imminent ?? false });
    b.setFields(id, { likelihood: l, impact: i });
  });
  return b;
}

describe('riskOf', () => {
  test('is likelihood times impact', () => {
    expect(riskOf(threat({ likelihood: 4, impact: 5 }))).toBe(20);
  });

  test('is undefined while a rating is missing', () => {
    expect(riskOf(threat({ likelihood: 4 }))).toBeUndefined();
  });

  test('is undefined for a rating outside 1–5', () => {
    expect(riskOf(threat({ likelihood: 6, impact: 2 }))).toBeUndefined();
  });
});

describe('rankThreats', () => {
  test('ranks threats by risk, highest first', () => {
    const r = rankThreats(matrix([[2, 2], [5, 5], [3, 4]]).build());
    expect(r.map((x) => [x.id, x.risk, x.rank])).toEqual([
      ['T-2', 25, 1],
      ['T-3', 12, 2],
      ['T-1', 4, 3],
    ]);
  });

  test('on equal risk, an imminent threat ranks first', () => {
    const r = rankThreats(matrix([[3, 4], [4, 3, true]]).build());
    expect(r.map((x) => x.id)).toEqual(['T-2', 'T-1']);
  });

  test('on equal risk and imminence, document order is kept', () => {
    const r = rankThreats(matrix([[2, 3], [3, 2], [2, 3]]).build());
    expect(r.map((x) => x.id)).toEqual(['T-1', 'T-2', 'T-3']);
  });

  test('rows not yet rated come last, without a rank', () => {
    const r = rankThreats(matrix([[undefined, 3], [1, 1]]).build());
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['T-2', 1],
      ['T-1', undefined],
    ]);
  });

  test(`a risk of ${HIGH_RISK_THRESHOLD} or more is high risk`, () => {
    const r = rankThreats(matrix([[3, 5], [4, 3], [5, 5]]).build());
    expect(Object.fromEntries(r.map((x) => [x.id, x.highRisk]))).toEqual({ 'T-1': true, 'T-2': false, 'T-3': true });
  });
});

describe('threats of catastrophic impact (E.4.1 para. 48, footnote 42)', () => {
  const PRIORITY = priorityImpactOf(template('threat-matrix'));

  test('the built-in template makes impact 5 a priority', () => {
    expect(PRIORITY).toBe(5);
  });

  test('rank with the high-risk threats, above a likelier threat of lower impact', () => {
    const r = rankThreats(matrix([[3, 4], [2, 5], [4, 4], [1, 5]]).build(), PRIORITY);
    expect(r.map((x) => [x.id, x.risk, x.priorityImpact])).toEqual([
      ['T-3', 16, false],
      ['T-2', 10, true],
      ['T-4', 5, true],
      ['T-1', 12, false],
    ]);
  });

  test('rank by risk alone when the template sets no priority impact', () => {
    const r = rankThreats(matrix([[3, 4], [2, 5]]).build());
    expect(r.map((x) => x.id)).toEqual(['T-1', 'T-2']);
  });

  test('are shown as a priority in the risk line', () => {
    const [d] = withCode(check(matrix([[2, 5]]).build()), 'threat-risk');
    expect(d.message).toBe('Risk 10 (likelihood 2 × impact 5): rank 1 of 1, a priority for its impact.');
  });

  test('need a mission response however unlikely, citing para. 48', () => {
    const d = withCode(check(matrix([[1, 5]]).setFields('T-1', { response: undefined }).build()), 'threat-response-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: '2', block: 'T-1', field: 'response' } })]);
    expect(d[0].message).toMatch(/catastrophic impact \(5\).*E\.4\.1, para\. 48 and footnote 42/);
  });

  test('need responsible components however unlikely', () => {
    const d = withCode(check(matrix([[1, 5]]).setFields('T-1', { responsibleComponents: undefined }).build()), 'threat-responsible-missing');
    expect(d.map((x) => x.location)).toEqual([{ section: '2', block: 'T-1', field: 'responsibleComponents' }]);
  });

  test('with a response and responsible components raise neither error', () => {
    const d = check(matrix([[1, 5]]).build());
    expect([...withCode(d, 'threat-response-missing'), ...withCode(d, 'threat-responsible-missing')]).toEqual([]);
  });

  test('an impact of 4 at the same low likelihood still needs no response', () => {
    const d = check(matrix([[1, 4]]).setFields('T-1', { response: undefined }).build());
    expect(withCode(d, 'threat-response-missing')).toEqual([]);
  });
});

describe('the priority impact is read from the template', () => {
  /** The built-in threat matrix with the impact's "priorityFrom: 5, " replaced. */
  const tailored = (priorityFrom: string) =>
    TemplateSet.builtin().withOverrides([{ file: 'threat-matrix.yaml', text: BUILTIN_TEMPLATE_SOURCES['threat-matrix'].replace('priorityFrom: 5, ', priorityFrom) }]);

  test('a tailored template that sets it to 4 makes an unlikely impact-4 threat need a response', () => {
    const r = tailored('priorityFrom: 4, ');
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const d = check(matrix([[1, 4]]).setFields('T-1', { response: undefined }).build(), {}, r.set.get('threat-matrix'));
    expect(withCode(d, 'threat-response-missing')).toHaveLength(1);
  });

  test('a tailored template without it ranks and checks by risk alone', () => {
    const r = tailored('');
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const d = check(matrix([[1, 5]]).setFields('T-1', { response: undefined }).build(), {}, r.set.get('threat-matrix'));
    expect(withCode(d, 'threat-response-missing')).toEqual([]);
  });

  test('a template that sets it on a field that is not a rating is refused, saying so', () => {
    const r = TemplateSet.builtin().withOverrides([
      { file: 'threat-matrix.yaml', text: BUILTIN_TEMPLATE_SOURCES['threat-matrix'].replace('kind: text, required: true, guidance: { en: Name the threat', 'kind: text, priorityFrom: 3, required: true, guidance: { en: Name the threat') },
    ]);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/only rating fields take "priorityFrom" \(this one is text\)/)]);
  });
});

describe('the rules on the demo threat matrices: clean as written, firing on a minimal change', () => {
  const templates = TemplateSet.builtin();
  const demo = (office: string) => {
    const m = renderDemoVault(templates).find((f) => f.model.meta.type === 'threat-matrix' && String(f.model.meta.fields.office).startsWith(office));
    if (!m) throw new Error(`no ${office} threat matrix in the demo`);
    return m.model;
  };
  const codes = (model: ReturnType<typeof demo>) => check(model, { today: '2026-11-24' }).map((d) => d.code);

  test("Sector South's unlikely election violence (T-1, 2 × 5) ranks first and raises nothing", () => {
    const south = demo('Sector South');
    expect(rankThreats(south, priorityImpactOf(template('threat-matrix')))[0]).toMatchObject({ id: 'T-1', risk: 10, priorityImpact: true });
    expect(codes(south)).not.toContain('threat-response-missing');
  });

  test("Sector South's T-1 without a response is threat-response-missing", () => {
    expect(codes(edit(demo('Sector South'), 'T-1', { response: undefined }))).toContain('threat-response-missing');
  });

  test("Sector South's T-1 without responsible components is threat-responsible-missing", () => {
    expect(codes(edit(demo('Sector South'), 'T-1', { responsibleComponents: undefined }))).toContain('threat-responsible-missing');
  });

  test('neither demo matrix has an imminent threat with a stalled response', () => {
    expect([...codes(demo('Sector North')), ...codes(demo('Sector South'))]).not.toContain('imminent-response-stalled');
  });

  test("Sector North's imminent campaign of rapes (T-2) marked Blocked is imminent-response-stalled", () => {
    expect(codes(edit(demo('Sector North'), 'T-2', { responseStatus: 'blocked' }))).toContain('imminent-response-stalled');
  });
});

describe('the risk colour bands', () => {
  test(`band risk so that the high-risk threshold (${HIGH_RISK_THRESHOLD}) starts the top band`, () => {
    expect([undefined, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual(['none', 'low', 'medium', 'medium', 'high', 'high', 'extreme', 'extreme']);
  });
});

describe('a likelihood or impact rating', () => {
  test('is a whole number from 1 to 5', () => {
    expect([1, 3, 5].every(isRating)).toBe(true);
    expect([0, 6, 2.5, '3', undefined, null, Number.NaN].some(isRating)).toBe(false);
  });
});

describe('risk shown in diagnostics', () => {
  test('each rated threat gets an info diagnostic with its risk and rank', () => {
    const d = withCode(check(matrix([[2, 2], [5, 4]]).build()), 'threat-risk');
    expect(d.map((x) => [x.severity, x.location.block, x.message])).toEqual([
      ['info', 'T-1', 'Risk 4 (likelihood 2 × impact 2): rank 2 of 2.'],
      ['info', 'T-2', 'Risk 20 (likelihood 5 × impact 4): rank 1 of 2, high risk.'],
    ]);
  });
});

describe('response to high-risk and imminent threats', () => {
  test('a high-risk threat without a mission response is an error on the response field', () => {
    const d = withCode(check(matrix([[5, 3]]).setFields('T-1', { response: undefined }).build()), 'threat-response-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: '2', block: 'T-1', field: 'response' } })]);
  });

  test('a high-risk threat without responsible components is an error on that field', () => {
    const d = withCode(check(matrix([[5, 3]]).setFields('T-1', { responsibleComponents: ' ' }).build()), 'threat-responsible-missing');
    expect(d.map((x) => x.location)).toEqual([{ section: '2', block: 'T-1', field: 'responsibleComponents' }]);
  });

  test('an imminent threat of low risk still needs a response', () => {
    const d = check(matrix([[1, 2, true]]).setFields('T-1', { response: undefined }).build());
    expect(withCode(d, 'threat-response-missing')[0].message).toMatch(/is imminent/);
  });

  test('a threat below the threshold and not imminent may have no response yet', () => {
    const d = check(matrix([[4, 3]]).setFields('T-1', { response: undefined, responsibleComponents: undefined }).build());
    expect([...withCode(d, 'threat-response-missing'), ...withCode(d, 'threat-responsible-missing')]).toEqual([]);
  });
});

describe('the response to an imminent threat (E.4.1 para. 47)', () => {
  test.each(['not-started', 'blocked'])('is a warning on the response status when it is %s', (status) => {
    const d = withCode(check(matrix([[2, 2, true]]).setFields('T-1', { responseStatus: status }).build()), 'imminent-response-stalled');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '2', block: 'T-1', field: 'responseStatus' } })]);
    expect(d[0].message).toMatch(/is imminent but its response is "(Not started|Blocked)" \(POC Policy E\.4\.1, para\. 47/);
  });

  test('when blocked, asks who can unblock it, in the recommendations', () => {
    const [d] = withCode(check(matrix([[2, 2, true]]).setFields('T-1', { responseStatus: 'blocked' }).build()), 'imminent-response-stalled');
    expect(d.message).toMatch(/who can unblock it under "Recommendations \/ comments"/);
  });

  test('raises nothing while the response is in progress', () => {
    const d = check(matrix([[2, 2, true]]).setFields('T-1', { responseStatus: 'in-progress' }).build());
    expect(withCode(d, 'imminent-response-stalled')).toEqual([]);
  });

  test('raises nothing for a threat that is not imminent', () => {
    const d = check(matrix([[5, 5, false]]).setFields('T-1', { responseStatus: 'blocked' }).build());
    expect(withCode(d, 'imminent-response-stalled')).toEqual([]);
  });
});

describe('gaps', () => {
  test('a threat flagged as a gap without a recommendation is an error on the recommendation field', () => {
    const d = withCode(check(matrix([[2, 2]]).setFields('T-1', { gap: true, recommendations: undefined }).build()), 'threat-gap-recommendation');
    expect(d.map((x) => x.location)).toEqual([{ section: '2', block: 'T-1', field: 'recommendations' }]);
  });

  test('a threat flagged as a gap with a recommendation is fine', () => {
    const d = check(matrix([[2, 2]]).setFields('T-1', { gap: true, recommendations: rich('Ask for a second patrol base.') }).build());
    expect(withCode(d, 'threat-gap-recommendation')).toEqual([]);
  });
});

describe('review cadence', () => {
  // TODAY is 2026-06-15.
  test.each([
    ['weekly', '2026-06-08', false],
    ['weekly', '2026-06-07', true],
    ['monthly', '2026-05-15', false],
    ['monthly', '2026-05-14', true],
  ])('a %s matrix last reviewed on %s is overdue: %s', (cadence, lastReview, overdue) => {
    const d = withCode(check(filled('threat-matrix').field('reviewCadence', cadence).field('lastReview', lastReview).build()), 'review-overdue');
    expect(d.length).toBe(overdue ? 1 : 0);
  });

  test('an overdue review is a warning on "last reviewed" saying when it was due', () => {
    const [d] = withCode(check(filled('threat-matrix').field('reviewCadence', 'weekly').field('lastReview', '2026-06-01').build()), 'review-overdue');
    expect(d).toMatchObject({ severity: 'warning', location: { field: 'lastReview' } });
    expect(d.message).toMatch(/due again by 2026-06-08 \(7 days ago\)/);
  });

  test('the overdue message names the threat matrix and says to review it with the coordination forum', () => {
    const [d] = withCode(check(filled('threat-matrix').field('reviewCadence', 'weekly').field('lastReview', '2026-06-01').build()), 'review-overdue');
    expect(d.message).toMatch(/^This threat matrix was last reviewed on 2026-06-01;.*Review it with the coordination forum and update "Last reviewed"/);
  });

  test("without a cadence of its own, the matrix follows the template's default (weekly)", () => {
    const d = check(filled('threat-matrix').field('reviewCadence', undefined).field('lastReview', '2026-06-01').build());
    expect(withCode(d, 'review-overdue')).toHaveLength(1);
  });
});
