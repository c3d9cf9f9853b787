// "Approved" is true only when the template's approvals hold for the current text (shared/signoff/workflow.ts); otherwise the status is an error.
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../../shared/hash/canonical.js';
import type { DocModel } from '../../../shared/model/types.js';
import { check, filled, signoff, withCode } from './helpers.js';

const CODE = 'approved-not-signed';
const approvedStrategy = () => filled('strategy').status('approved');
/** An approval by `role` of exactly `model`'s text. */
const approvalOf = (model: DocModel, role: string, signedAt = '2026-06-01T10:00:00Z') => ({ ...signoff(role, 'approved', signedAt), contentHash: contentHash(model) });

describe('a strategy marked Approved', () => {
  test('with no sign-off at all is an error naming both offices and saying how to fix it', () => {
    const d = withCode(check(approvedStrategy().build(), { signoffs: [] }), CODE);
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: {} })]);
    expect(d[0].message).toMatch(/the Head of Mission has not signed it off; the Resident\/Humanitarian Coordinator \(for the UNCT\) has not signed it off/);
    expect(d[0].message).toMatch(/Set the status back to In review; it becomes Approved by itself when the last office signs\./);
  });

  test('is fine when both offices approved its current text', () => {
    const model = approvedStrategy().build();
    expect(withCode(check(model, { signoffs: [approvalOf(model, 'head-of-mission'), approvalOf(model, 'rc-hc')] }), CODE)).toEqual([]);
  });

  test('is an error when the text changed after an approval: that approval is stale', () => {
    const signed = approvedStrategy().build();
    const edited = approvedStrategy().meta({ title: 'Example POC Strategy, revised' }).build();
    const d = withCode(check(edited, { signoffs: [approvalOf(edited, 'head-of-mission')], staleSignoffs: [approvalOf(signed, 'rc-hc')] }), CODE);
    expect(d).toHaveLength(1);
    expect(d[0].message).toMatch(/the Resident\/Humanitarian Coordinator \(for the UNCT\) approved an earlier version, and the text changed since/);
  });

  test('is an error when an office rejected it and the rejection stands', () => {
    const model = approvedStrategy().build();
    const rejected = { ...approvalOf(model, 'rc-hc'), decision: 'rejected' as const };
    const d = withCode(check(model, { signoffs: [approvalOf(model, 'head-of-mission'), rejected] }), CODE);
    expect(d[0].message).toMatch(/rejected it, and that rejection still stands/);
  });

  test('read where no sign-off can be verified (a Markdown mirror in the CLI) is an error saying the approvals could not be verified', () => {
    const d = withCode(check(approvedStrategy().build()), CODE);
    expect(d).toHaveLength(1);
    expect(d[0].message).toMatch(/its approvals could not be verified here/);
  });

  test('a strategy in review needs no sign-off for its status', () => {
    expect(withCode(check(filled('strategy').status('in-review').build()), CODE)).toEqual([]);
  });
});
