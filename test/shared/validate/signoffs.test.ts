// Sign-off order: an office approves only after the offices of earlier steps; the strategy's two endorsements come in either order.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../shared/template/load.js';
import { check, filled, signoff, template, withCode } from './helpers.js';

const strategy = () => filled('strategy').status('approved').build();

/** A strategy template tailored to the old fixed order: Head of Mission first, then the UN Country Team (no steps, so the list order is the order). */
const ordered: Template = {
  ...template('strategy'),
  signoffs: [
    { role: 'head-of-mission', label: 'Head of Mission' },
    { role: 'unct', label: 'UN Country Team (endorsement)' },
  ],
};
const checkOrdered = (signoffs: ReturnType<typeof signoff>[]) => check(strategy(), { signoffs }, ordered);

describe('the strategy: endorsed by the Head of Mission and the UNCT, in no order (Annex A II)', () => {
  test('the RC/HC may endorse before the Head of Mission', () => {
    expect(withCode(check(strategy(), { signoffs: [signoff('rc-hc')] }), 'signoff-order')).toEqual([]);
  });

  test('the Head of Mission may sign first too', () => {
    const d = check(strategy(), { signoffs: [signoff('head-of-mission'), signoff('rc-hc', 'approved', '2026-06-02T10:00:00Z')] });
    expect(withCode(d, 'signoff-order')).toEqual([]);
  });

  test('a sign-off recorded as "unct" (the former office) still counts, as the RC/HC, and is not an unknown office', () => {
    const d = check(strategy(), { signoffs: [signoff('head-of-mission'), signoff('unct')] });
    expect(withCode(d, 'signoff-unknown-role')).toEqual([]);
    expect(withCode(d, 'signoff-order')).toEqual([]);
  });
});

describe('an ordered template', () => {
  test('approvals in the template order are fine', () => {
    expect(withCode(checkOrdered([signoff('head-of-mission'), signoff('unct', 'approved', '2026-06-02T10:00:00Z')]), 'signoff-order')).toEqual([]);
  });

  test('the first office may approve alone', () => {
    expect(withCode(checkOrdered([signoff('head-of-mission')]), 'signoff-order')).toEqual([]);
  });

  test('a later office approving without the earlier one is an error naming both', () => {
    const d = withCode(checkOrdered([signoff('unct')]), 'signoff-order');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: {} })]);
    expect(d[0].message).toBe(
      'An approval by the UN Country Team (endorsement) comes too early: the Head of Mission has not signed off yet. Sign-offs go in this order: Head of Mission, then UN Country Team (endorsement), so the Head of Mission must approve first.',
    );
  });

  test('the order message never says an office approved when it has not: a standing rejection is named as one', () => {
    const d = withCode(checkOrdered([signoff('head-of-mission', 'rejected'), signoff('unct', 'approved', '2026-06-02T10:00:00Z')]), 'signoff-order');
    expect(d[0].message).toMatch(/^An approval by the UN Country Team \(endorsement\) comes too early: the Head of Mission rejected it, and that rejection still stands\./);
    expect(d[0].message).not.toMatch(/Head of Mission (has )?approved/);
  });

  test("an office's latest sign-off counts: a rejection after an approval withdraws it", () => {
    const d = checkOrdered([signoff('head-of-mission', 'approved', '2026-06-01T10:00:00Z'), signoff('head-of-mission', 'rejected', '2026-06-03T10:00:00Z'), signoff('unct', 'approved', '2026-06-04T10:00:00Z')]);
    expect(withCode(d, 'signoff-order')).toHaveLength(1);
  });

  test('a rejection by a later office is never out of order', () => {
    expect(withCode(checkOrdered([signoff('unct', 'rejected')]), 'signoff-order')).toEqual([]);
  });

  test('offices sharing a step wait for the earlier step, and say which sign in any order', () => {
    const t: Template = {
      ...template('strategy'),
      signoffs: [
        { role: 'poc-lead', label: 'POC lead', step: 1 },
        { role: 'head-of-mission', label: 'Head of Mission', step: 2 },
        { role: 'rc-hc', label: 'RC/HC', step: 2 },
      ],
    };
    const d = withCode(check(strategy(), { signoffs: [signoff('rc-hc')] }, t), 'signoff-order');
    expect(d[0].message).toMatch(/Sign-offs go in this order: POC lead, then Head of Mission and RC\/HC \(those joined by "and" in any order\), so the POC lead must approve first\.$/);
  });
});

test('a sign-off by an office the template does not list gets a warning', () => {
  const d = withCode(check(strategy(), { signoffs: [signoff('head-of-mission'), signoff('force-commander')] }), 'signoff-unknown-role');
  expect(d).toEqual([expect.objectContaining({ severity: 'warning' })]);
});
