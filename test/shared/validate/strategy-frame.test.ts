// The strategy's frame (Annex A II–III): one year from coming into force, and objectives across every timeframe and tier.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../shared/template/load.js';
import { check, filled, template, withCode } from './helpers.js';

// TODAY is 2026-06-15; the filled strategy comes into force, ends and is reviewed today, and its four objectives are immediate/Tier I/prevention, medium-term/Tier II/pre-emption, long-term/Tier III/response and immediate/Tier I/consolidation.
const FRAME_CODES = ['validity-too-long', 'review-date-too-late', 'objective-timeframe-missing', 'objective-tier-missing'];

test('the filled strategy breaks none of the frame rules', () => {
  expect(check(filled('strategy').build()).filter((d) => FRAME_CODES.includes(d.code))).toEqual([]);
});

describe('one-year timeframe', () => {
  test('an end of validity three years after coming into force is an error on "In force until"', () => {
    const d = withCode(check(filled('strategy').field('validFrom', '2026-06-15').field('validUntil', '2029-06-14').build()), 'validity-too-long');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { field: 'validUntil' } })]);
    expect(d[0].message).toMatch(/more than one year after "In force from" \(2026-06-15\).*2027-06-15 at the latest/);
  });

  test('an end of validity exactly 365 days on is within the timeframe', () => {
    expect(withCode(check(filled('strategy').field('validUntil', '2027-06-15').build()), 'validity-too-long')).toEqual([]);
  });

  test('a next review more than a year after coming into force is an error on "Next review"', () => {
    const d = withCode(check(filled('strategy').field('reviewDate', '2027-06-16').build()), 'review-date-too-late');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { field: 'reviewDate' } })]);
  });

  test('without a date of coming into force, nothing is measured', () => {
    expect(withCode(check(filled('strategy').field('validFrom', undefined).field('validUntil', '2030-01-01').build()), 'validity-too-long')).toEqual([]);
  });

  test("the timeframe is the template's validityDays: a tailored 180 days flags a review on day 181", () => {
    const t: Template = { ...template('strategy'), review: { ...template('strategy').review, validityDays: 180 } };
    const d = withCode(check(filled('strategy').field('reviewDate', '2026-12-13').build(), {}, t), 'review-date-too-late');
    expect(d[0].message).toMatch(/more than 180 days after/);
  });
});

describe('objectives across timeframes and tiers', () => {
  test('when every objective is immediate, the missing medium and long term are one error on the objectives section', () => {
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { timeframe: 'immediate' });
    const d = withCode(check(b.build()), 'objective-timeframe-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'A.2.2' } })]);
    expect(d[0].message).toMatch(/"Medium term" or "Long term"/);
  });

  test('when every objective is in Tier II, the missing tiers are a warning naming them', () => {
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { tier: 'tier-2' });
    const d = withCode(check(b.build()), 'objective-tier-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'A.2.2' } })]);
    expect(d[0].message).toMatch(/Tier I — dialogue and engagement" or "Tier III — protective environment"/);
  });

  test('a tailored template without a tier field skips the tier check', () => {
    const base = template('strategy');
    const t: Template = { ...base, blockTypes: base.blockTypes.map((bt) => (bt.type === 'objective' ? { ...bt, fields: bt.fields.filter((f) => f.name !== 'tier') } : bt)) };
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { tier: undefined });
    expect(withCode(check(b.build(), {}, t), 'objective-tier-missing')).toEqual([]);
  });
});
