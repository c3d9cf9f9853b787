// Strategy: drafting beyond the template's drafting period, a passed review date, and missing links to the Action Plan and Threat Matrix are warnings.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../shared/template/load.js';
import { check, filled, template, withCode } from './helpers.js';

// TODAY is 2026-06-15; the built-in strategy template allows 90 days of drafting.
describe('drafting period', () => {
  test('a draft started more than 90 days ago gets a warning on "drafting started"', () => {
    const d = withCode(check(filled('strategy').field('draftingStarted', '2026-03-16').build()), 'drafting-overdue');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { field: 'draftingStarted' } })]);
    expect(d[0].message).toMatch(/91 days ago; the target is to finish within 90 days/);
  });

  test('a draft started exactly 90 days ago is still on time', () => {
    expect(withCode(check(filled('strategy').field('draftingStarted', '2026-03-17').build()), 'drafting-overdue')).toEqual([]);
  });

  test('a strategy past drafting (in review) is not warned about the drafting period', () => {
    const d = check(filled('strategy').status('in-review').field('draftingStarted', '2025-01-01').build());
    expect(withCode(d, 'drafting-overdue')).toEqual([]);
  });

  test('without a drafting start date, the creation date counts', () => {
    const d = check(filled('strategy').field('draftingStarted', undefined).meta({ created: '2026-01-01' }).build());
    expect(withCode(d, 'drafting-overdue')).toHaveLength(1);
  });

  test('a template without a drafting period skips the rule', () => {
    const t: Template = { ...template('strategy'), review: {} };
    expect(withCode(check(filled('strategy').field('draftingStarted', '2025-01-01').build(), {}, t), 'drafting-overdue')).toEqual([]);
  });
});

describe('review date', () => {
  test('a review date in the past gets a warning on the review date', () => {
    const d = withCode(check(filled('strategy').field('reviewDate', '2026-06-14').build()), 'review-date-passed');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { field: 'reviewDate' } })]);
  });

  test('a review date of today has not passed', () => {
    expect(withCode(check(filled('strategy').field('reviewDate', '2026-06-15').build()), 'review-date-passed')).toEqual([]);
  });
});

describe('companion documents', () => {
  test('a strategy without a linked Action Plan gets a warning on that field', () => {
    const d = withCode(check(filled('strategy').field('actionPlan', undefined).build()), 'strategy-action-plan-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { field: 'actionPlan' } })]);
  });

  test('a strategy without a linked Threat Matrix gets a warning on that field', () => {
    const d = withCode(check(filled('strategy').field('threatMatrix', ' ').build()), 'strategy-threat-matrix-missing');
    expect(d.map((x) => x.location)).toEqual([{ field: 'threatMatrix' }]);
  });

  test('a tailored template that drops the field skips the rule', () => {
    const t: Template = { ...template('strategy'), fields: template('strategy').fields.filter((f) => f.name !== 'actionPlan') };
    expect(withCode(check(filled('strategy').field('actionPlan', undefined).build(), {}, t), 'strategy-action-plan-missing')).toEqual([]);
  });

  test('a tailored template that requires the field reports it once, as a required field', () => {
    const t: Template = { ...template('strategy'), fields: template('strategy').fields.map((f) => (f.name === 'actionPlan' ? { ...f, required: true } : f)) };
    const d = check(filled('strategy').field('actionPlan', undefined).build(), {}, t);
    expect(d.filter((x) => x.location.field === 'actionPlan').map((x) => x.code)).toEqual(['required-field']);
  });
});
