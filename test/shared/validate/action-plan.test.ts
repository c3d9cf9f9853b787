// Action plan: actions past their due date and not done are warnings.
import { expect, test } from 'vitest';
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
