// Action plan: actions past their due date and not done are warnings, and so is a plan not updated on its cadence.
import { expect, test } from 'vitest';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { check, filled, withCode } from './helpers.js';

// TODAY is 2026-06-15.
const plan = (dueDate: string, status: string) => filled('action-plan').setFields('A-1', { dueDate, status }).build();

test('an action past its due date and not done gets a warning on its due date', () => {
  const d = withCode(check(plan('2026-06-10', 'in-progress')), 'action-overdue');
  expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '1', block: 'A-1', field: 'dueDate' } })]);
  expect(d[0].message).toMatch(/was due on 2026-06-10 \(5 days ago\)/);
});

test('an action past its due date that is done is fine', () => {
  expect(withCode(check(plan('2026-06-10', 'done')), 'action-overdue')).toEqual([]);
});

test('an action due today is not overdue', () => {
  expect(withCode(check(plan('2026-06-15', 'not-started')), 'action-overdue')).toEqual([]);
});

test('a blocked action past its due date is overdue too', () => {
  expect(withCode(check(plan('2026-01-01', 'blocked')), 'action-overdue')).toHaveLength(1);
});

test('an action with an invalid due date is reported as a bad date, not as overdue', () => {
  const d = check(plan('2026-02-31', 'in-progress'));
  expect(withCode(d, 'action-overdue')).toEqual([]);
  expect(withCode(d, 'date-format')).toHaveLength(1);
});

// The plan is kept up to date on the template's cadence (monthly: 31 days), by the same clock as the threat matrix's review.
test('a plan last updated 32 days ago is stale: a warning on "Last updated" saying when it was due', () => {
  const d = withCode(check(filled('action-plan').field('lastUpdated', '2026-05-14').build()), 'action-plan-stale');
  expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { field: 'lastUpdated' } })]);
  expect(d[0].message).toMatch(/last updated on 2026-05-14; with a monthly update it was due again by 2026-06-14 \(1 day ago\).*Annex B IV/);
});

test('a plan last updated 31 days ago is not yet stale', () => {
  expect(withCode(check(filled('action-plan').field('lastUpdated', '2026-05-15').build()), 'action-plan-stale')).toEqual([]);
});

test('the demo Action Plan, updated on 21 November, is not stale on 24 November and is on 23 December', () => {
  const ap = renderDemoVault(TemplateSet.builtin()).find((f) => f.model.meta.type === 'action-plan')!.model;
  expect(withCode(check(ap, { today: '2026-11-24' }), 'action-plan-stale')).toEqual([]);
  expect(withCode(check(ap, { today: '2026-12-23' }), 'action-plan-stale')).toHaveLength(1);
});
