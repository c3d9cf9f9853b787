// The document status workflow and the sign-off order (shared/signoff/workflow.ts).
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../../shared/hash/canonical.js';
import { awaitedBefore, commentRequired, fullyApproved, officeFor, personMoves, serverStatus, signoffOrderWords, type Standing, stillRequired } from '../../../shared/signoff/workflow.js';
import { filled } from '../validate/helpers.js';

// Two offices in order (no steps: the list order is the order): Head of Mission, then the UN Country Team.
const template = { signoffs: [{ role: 'head-of-mission', label: 'Head of Mission' }, { role: 'unct', label: 'UN Country Team' }] };
const NOW = 'sha256:now';
const OLD = 'sha256:old';
const standing = (entries: Record<string, Standing>) => new Map(Object.entries(entries));
const approved = (contentHash = NOW): Standing => ({ decision: 'approved', contentHash });
const rejected = (contentHash = NOW): Standing => ({ decision: 'rejected', contentHash });

describe('what a person may do with the status', () => {
  test('a draft may be moved to in review', () => {
    expect(personMoves('draft', standing({}))).toEqual(['in-review']);
  });

  test('a document in review may go back to draft while no office has approved it', () => {
    expect(personMoves('in-review', standing({ 'head-of-mission': rejected() }))).toEqual(['draft']);
  });

  test('a document in review stays in review once an office has approved it', () => {
    expect(personMoves('in-review', standing({ 'head-of-mission': approved(OLD) }))).toEqual([]);
  });

  test('nobody moves an approved or archived document by hand', () => {
    expect(personMoves('approved', standing({}))).toEqual([]);
    expect(personMoves('archived', standing({}))).toEqual([]);
  });
});

describe('the status the server keeps', () => {
  test('in review becomes approved when the last office approved the current content after the earlier ones', () => {
    expect(serverStatus('in-review', template, standing({ 'head-of-mission': approved(OLD), unct: approved() }), NOW)).toBe('approved');
  });

  test('approved goes back to in review when an edit makes the last approval stale', () => {
    expect(serverStatus('approved', template, standing({ 'head-of-mission': approved(), unct: approved() }), 'sha256:edited')).toBe('in-review');
  });

  test('approved goes back to in review when an office rejects', () => {
    expect(serverStatus('approved', template, standing({ 'head-of-mission': rejected(), unct: approved() }), NOW)).toBe('in-review');
  });

  test('"approved" written by a client without the approvals is corrected to in review', () => {
    expect(serverStatus('approved', template, standing({ 'head-of-mission': approved() }), NOW)).toBe('in-review');
  });

  test('a draft with an approval standing is corrected to in review', () => {
    expect(serverStatus('draft', template, standing({ 'head-of-mission': approved() }), NOW)).toBe('in-review');
  });

  test('a draft or a document in review without approvals keeps the status a person gave it', () => {
    expect(serverStatus('draft', template, standing({}), NOW)).toBe('draft');
    expect(serverStatus('in-review', template, standing({ unct: rejected() }), NOW)).toBe('in-review');
  });

  test('an archived document stays archived', () => {
    expect(serverStatus('archived', template, standing({ 'head-of-mission': approved(), unct: approved() }), NOW)).toBe('archived');
  });

  test('a template that asks for no sign-off is never approved by the server', () => {
    expect(fullyApproved({ signoffs: [] }, standing({}), NOW)).toBe(false);
  });
});

describe('the sign-off order', () => {
  test('the first office may approve at once; the second waits for it', () => {
    expect(awaitedBefore(template, 'head-of-mission', standing({}))).toEqual([]);
    expect(awaitedBefore(template, 'unct', standing({})).map((o) => o.role)).toEqual(['head-of-mission']);
  });

  test('an earlier rejection makes a later office wait too', () => {
    expect(awaitedBefore(template, 'unct', standing({ 'head-of-mission': rejected() })).map((o) => o.role)).toEqual(['head-of-mission']);
  });

  test('what is still required names missing, rejected and stale approvals in order', () => {
    expect(stillRequired(template, standing({}), NOW).map((r) => [r.office.role, r.why])).toEqual([
      ['head-of-mission', 'missing'],
      ['unct', 'missing'],
    ]);
    expect(stillRequired(template, standing({ 'head-of-mission': rejected(), unct: approved(OLD) }), NOW).map((r) => [r.office.role, r.why])).toEqual([
      ['head-of-mission', 'rejected'],
      ['unct', 'stale'],
    ]);
  });

  test('a rejection needs a comment; an approval does not', () => {
    expect(commentRequired('rejected')).toBe(true);
    expect(commentRequired('approved')).toBe(false);
  });
});

test('the status is not content: moving a document through the workflow keeps its content hash', () => {
  const draft = filled('strategy').status('draft').build();
  expect(contentHash({ ...draft, meta: { ...draft.meta, status: 'approved' } })).toBe(contentHash(draft));
});

describe('offices sharing a step (the strategy: Head of Mission and RC/HC, Annex A II)', () => {
  const together = {
    signoffs: [
      { role: 'head-of-mission', label: 'Head of Mission', step: 1 },
      { role: 'rc-hc', label: 'Resident/Humanitarian Coordinator', step: 1, aliases: ['unct'] },
    ],
  };

  test('neither waits for the other', () => {
    expect(awaitedBefore(together, 'head-of-mission', standing({}))).toEqual([]);
    expect(awaitedBefore(together, 'rc-hc', standing({}))).toEqual([]);
  });

  test('the document is approved once both approved this version, whoever signed first', () => {
    expect(serverStatus('in-review', together, standing({ 'rc-hc': approved(), 'head-of-mission': approved() }), NOW)).toBe('approved');
  });

  test("an approval of an earlier version by either is stale, since neither signs after the other", () => {
    expect(fullyApproved(together, standing({ 'rc-hc': approved(), 'head-of-mission': approved(OLD) }), NOW)).toBe(false);
    expect(stillRequired(together, standing({ 'rc-hc': approved(), 'head-of-mission': approved(OLD) }), NOW).map((r) => [r.office.role, r.why])).toEqual([['head-of-mission', 'stale']]);
  });

  test('the order in words says they sign in any order', () => {
    expect(signoffOrderWords(together)).toBe('Head of Mission and Resident/Humanitarian Coordinator, in any order');
    expect(signoffOrderWords(template)).toBe('Head of Mission, then UN Country Team');
  });

  test('an alias finds the office it is now', () => {
    expect(officeFor(together, 'unct')?.role).toBe('rc-hc');
    expect(officeFor(together, 'srsg')).toBeUndefined();
  });
});
