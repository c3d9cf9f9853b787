// Sign-off order: an office approves only after the offices listed before it in the template.
import { expect, test } from 'vitest';
import { check, filled, signoff, withCode } from './helpers.js';

// The strategy template: Head of Mission first, then the UNCT.
const strategy = () => filled('strategy').status('approved').build();

test('approvals in the template order are fine', () => {
  const d = check(strategy(), { signoffs: [signoff('head-of-mission'), signoff('unct', 'approved', '2026-06-02T10:00:00Z')] });
  expect(withCode(d, 'signoff-order')).toEqual([]);
});

test('the first office may approve alone', () => {
  expect(withCode(check(strategy(), { signoffs: [signoff('head-of-mission')] }), 'signoff-order')).toEqual([]);
});

test('a later office approving without the earlier one is an error naming both', () => {
  const d = withCode(check(strategy(), { signoffs: [signoff('unct')] }), 'signoff-order');
  expect(d).toEqual([expect.objectContaining({ severity: 'error', location: {} })]);
  expect(d[0].message).toBe(
    'An approval by the UN Country Team (endorsement) comes too early: the Head of Mission has not signed off yet. Sign-offs go in this order: Head of Mission, then UN Country Team (endorsement), so the Head of Mission must approve first.',
  );
});

test('the order message never says an office approved when it has not: a standing rejection is named as one', () => {
  const d = withCode(check(strategy(), { signoffs: [signoff('head-of-mission', 'rejected'), signoff('unct', 'approved', '2026-06-02T10:00:00Z')] }), 'signoff-order');
  expect(d[0].message).toMatch(/^An approval by the UN Country Team \(endorsement\) comes too early: the Head of Mission rejected it, and that rejection still stands\./);
  expect(d[0].message).not.toMatch(/Head of Mission (has )?approved/);
});

test('a later office approving after the earlier one rejected is an error', () => {
  const d = check(strategy(), { signoffs: [signoff('head-of-mission', 'rejected'), signoff('unct', 'approved', '2026-06-02T10:00:00Z')] });
  expect(withCode(d, 'signoff-order')).toHaveLength(1);
});

test("an office's latest sign-off counts: a rejection after an approval withdraws it", () => {
  const d = check(strategy(), {
    signoffs: [signoff('head-of-mission', 'approved', '2026-06-01T10:00:00Z'), signoff('head-of-mission', 'rejected', '2026-06-03T10:00:00Z'), signoff('unct', 'approved', '2026-06-04T10:00:00Z')],
  });
  expect(withCode(d, 'signoff-order')).toHaveLength(1);
});

test('a rejection by a later office is never out of order', () => {
  expect(withCode(check(strategy(), { signoffs: [signoff('unct', 'rejected')] }), 'signoff-order')).toEqual([]);
});

test('a sign-off by an office the template does not list gets a warning', () => {
  const d = withCode(check(strategy(), { signoffs: [signoff('head-of-mission'), signoff('force-commander')] }), 'signoff-unknown-role');
  expect(d).toEqual([expect.objectContaining({ severity: 'warning' })]);
});
