// The words the sign-off panel and its confirmation use for where a document stands (editor/panels/signoff-readiness.ts).
import { describe, expect, test } from 'vitest';
import { approvalBlocked, officeNeeded, workflowSummary } from '../../editor/panels/signoff-readiness.js';
import { TemplateSet } from '../../shared/template/set.js';
import type { Standing } from '../../shared/signoff/workflow.js';
import { filledModel } from '../support/build-model.js';

const templates = TemplateSet.builtin();
/** The strategy with the fixed order it had before Annex A II was read closely: Head of Mission, then UNCT (the panel's words for an order). */
const strategy = { ...templates.get('strategy'), signoffs: [{ role: 'head-of-mission', label: 'Head of Mission' }, { role: 'unct', label: 'UN Country Team (endorsement)' }] };
const [hom, unct] = strategy.signoffs;
const standing = (entries: Record<string, Standing>) => new Map(Object.entries(entries));

describe('why an office cannot approve now', () => {
  test('errors remain: says how many, and that a rejection is still possible', () => {
    expect(approvalBlocked(hom, strategy, standing({}), 3)).toBe('Fix the 3 errors first. Until then you can only reject it, to send it back with your comments.');
  });

  test('an earlier office has not approved: names it', () => {
    expect(approvalBlocked(unct, strategy, standing({}), 0)).toBe('The Head of Mission must approve first. Until then you can only reject it, to send it back with your comments.');
  });

  test('both at once are said in one sentence', () => {
    expect(approvalBlocked(unct, strategy, standing({}), 1)).toBe('Fix the 1 error first, and the Head of Mission must approve first. Until then you can only reject it, to send it back with your comments.');
  });

  test('nothing stands in the way: no reason', () => {
    expect(approvalBlocked(unct, strategy, standing({ 'head-of-mission': { decision: 'approved', contentHash: 'sha256:x' } }), 0)).toBeUndefined();
  });
});

test('an office the person does not hold names the office and the area it would be needed for', () => {
  const matrix = templates.get('threat-matrix');
  const model = filledModel(matrix, '2026-06-15').field('office', 'Sector North').build();
  expect(officeNeeded(matrix.signoffs[0], model, matrix)).toBe('To sign here you need the office of Head of Office for Sector North, or mission-wide. You do not hold it for this document.');
});

describe('the status summary', () => {
  test('in review: what is still required, in order', () => {
    expect(workflowSummary('in-review', strategy, standing({}), 'sha256:now')).toBe(
      'In review. Still required, in this order: approval by the Head of Mission, then approval by the UN Country Team (endorsement).',
    );
  });

  test('a stale last approval asks for a new one', () => {
    const s = standing({ 'head-of-mission': { decision: 'approved', contentHash: 'sha256:old' }, unct: { decision: 'approved', contentHash: 'sha256:old' } });
    expect(workflowSummary('in-review', strategy, s, 'sha256:now')).toBe(
      'In review. Still required, in this order: a new approval by the UN Country Team (endorsement), since the text changed after its approval.',
    );
  });

  test("the built-in strategy's two endorsements are still required in any order", () => {
    expect(workflowSummary('in-review', templates.get('strategy'), standing({}), 'sha256:now')).toBe(
      'In review. Still required: approval by the Head of Mission and approval by the Resident/Humanitarian Coordinator (for the UNCT), in any order.',
    );
  });

  test('approved says so', () => {
    const s = standing({ 'head-of-mission': { decision: 'approved', contentHash: 'sha256:now' }, unct: { decision: 'approved', contentHash: 'sha256:now' } });
    expect(workflowSummary('approved', strategy, s, 'sha256:now')).toBe('Approved: every office has approved this version.');
  });
});
