// Protection Matrix (Annex B V): every location ranked and described by the three groups of indicators; recommendations for the short, mid and long term; the Force's decision on every must-protect place.
import { describe, expect, test } from 'vitest';
import { check, withCode } from './helpers.js';
import { DEMO_TODAY, demoDoc, demoResolver, editBlock, editFields } from './demo-docs.js';

const clean = () => demoDoc('protection-matrix');
const codes = (model: ReturnType<typeof clean>) => check(model, { today: DEMO_TODAY, ...demoResolver() });

test('the demo protection matrix raises no error and no warning, its links to the threat matrix and the analysis included', () => {
  expect(codes(clean()).filter((d) => d.severity !== 'info')).toEqual([]);
});

describe('protection-rank-missing', () => {
  test('a location without a rank is an error on its rank, citing Annex B V', () => {
    const d = withCode(codes(editBlock(clean(), 'LOC-3', { rank: undefined })), 'protection-rank-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: '2', block: 'LOC-3', field: 'rank' } })]);
    expect(d[0].message).toMatch(/1 — Must protect, 2 — Should protect or 3 — Could protect.*Annex B V, para\. 3/);
  });
});

describe('protection-indicator-missing', () => {
  test.each(['securitySituation', 'populationMovement', 'accessAndPresence'])('a location that does not describe its %s is an error on that field', (field) => {
    const d = withCode(codes(editBlock(clean(), 'LOC-4', { [field]: undefined })), 'protection-indicator-missing');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['error', { section: '2', block: 'LOC-4', field }]]);
    expect(d[0].message).toMatch(/Annex B V, para\. 7/);
  });

  test('the optional situation in brief is not an indicator', () => {
    expect(withCode(codes(editBlock(clean(), 'LOC-1', { summary: undefined })), 'protection-indicator-missing')).toEqual([]);
  });
});

describe('protection-recommendation-term-missing', () => {
  test('a location without a mid-term recommendation gets a warning naming that term', () => {
    const d = withCode(codes(editBlock(clean(), 'LOC-2', { recommendationsMid: undefined })), 'protection-recommendation-term-missing');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['warning', { section: '2', block: 'LOC-2', field: 'recommendationsMid' }]]);
    expect(d[0].message).toMatch(/no recommendation for the mid term\..*Annex B V, para\. 9/);
  });

  test('a location missing two terms gets one warning naming both, on the first', () => {
    const d = withCode(codes(editBlock(clean(), 'LOC-2', { recommendationsShort: undefined, recommendationsLong: undefined })), 'protection-recommendation-term-missing');
    expect(d.map((x) => x.location.field)).toEqual(['recommendationsShort']);
    expect(d[0].message).toMatch(/the short term and the long term/);
  });
});

describe('protection-decision-missing', () => {
  test("a must-protect location without the Force's decision gets a warning on that field", () => {
    const d = withCode(codes(editBlock(clean(), 'LOC-1', { forceDecision: undefined })), 'protection-decision-missing');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['warning', { section: '2', block: 'LOC-1', field: 'forceDecision' }]]);
    expect(d[0].message).toMatch(/ranked "1 — Must protect".*Annex B V, paras\. 4 and 6/);
  });

  test("a should-protect location may wait for the Force's decision", () => {
    expect(withCode(codes(editBlock(clean(), 'LOC-3', { forceDecision: undefined })), 'protection-decision-missing')).toEqual([]);
  });
});

describe('review-overdue (the monthly discussion with the mission)', () => {
  // The demo matrix was discussed on 2026-11-18; DEMO_TODAY is 2026-11-24, and a monthly review is due 31 days on.
  test('a matrix last discussed with the mission more than a month ago is a warning on that date, naming the Protection Matrix and Annex B V', () => {
    const d = withCode(codes(editFields(clean(), { discussedOn: '2026-10-23' })), 'review-overdue');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['warning', { field: 'discussedOn' }]]);
    expect(d[0].message).toMatch(/^This Protection Matrix was last discussed with the mission on 2026-10-23; with a monthly review it was due again by 2026-11-23 \(1 day ago\)\..*"Discussed with the mission on".*Annex B V, para\. 3/);
  });

  test('a matrix discussed exactly a review period ago is not yet overdue', () => {
    expect(withCode(codes(editFields(clean(), { discussedOn: '2026-10-24' })), 'review-overdue')).toEqual([]);
  });
});
