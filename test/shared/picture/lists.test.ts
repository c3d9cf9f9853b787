// The mission picture's lists: each is empty on the clean demo vault (but for its two RED gaps) and fills on a minimal change, with a link to the document and block.
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocModel } from '../../../shared/model/types.js';
import { contentHash } from '../../../shared/hash/canonical.js';
import { LIST_CODES, LIST_WORDS, type PictureDocument, pictureLists, type PictureLists, signoffsOf } from '../../../shared/picture/index.js';
import type { Standing } from '../../../shared/signoff/workflow.js';
import { RULES } from '../../../shared/validate/codes.js';
import { ACTION_PLAN, ANALYSIS, blockOf, copy, DEMO_TODAY, demoModels, NORTH, pictureDocuments, PROTECTION, RESOURCES, STRATEGY } from './demo.js';

let models: Map<string, DocModel>;

beforeAll(async () => {
  models = await demoModels();
});

/** The demo with one document changed by `change`, validated together. */
function changed(file: string, change: (m: DocModel) => void): PictureDocument[] {
  const m = copy(models.get(file)!);
  change(m);
  return pictureDocuments(new Map([...models, [file, m]]));
}

const HASH = `sha256:${'1'.repeat(64)}`;
const OLD_HASH = `sha256:${'2'.repeat(64)}`;
const approved = (contentHash = HASH): Standing => ({ decision: 'approved', contentHash });
const rejected: Standing = { decision: 'rejected', contentHash: HASH };

/** The demo with the strategy's standing sign-offs known (as on the server), its status set to `status`. */
function withStrategySignoffs(standing: Record<string, Standing>, status: DocModel['meta']['status'] = 'in-review'): PictureLists {
  const docs = changed(STRATEGY, (m) => (m.meta.status = status)).map((d) => (d.path === STRATEGY ? { ...d, signoffs: { standing: new Map(Object.entries(standing)), contentHash: HASH } } : d));
  return pictureLists(docs, DEMO_TODAY);
}

test('on the clean demo vault every list is empty but the RED gaps of the resources matrix', () => {
  const lists = pictureLists(pictureDocuments(models), DEMO_TODAY);
  const { redGaps, ...rest } = lists;
  expect(Object.values(rest).every((l) => l.length === 0)).toBe(true);
  expect(redGaps.map((g) => g.block)).toEqual(['CAP-3', 'CAP-5']);
});

describe('overdue', () => {
  test('a threat matrix past its weekly review is listed, linked to the matrix and its "Last reviewed" field', () => {
    const lists = pictureLists(changed(NORTH, (m) => (m.meta.fields.lastReview = '2026-11-01')), DEMO_TODAY);
    expect(lists.reviewsOverdue).toEqual([expect.objectContaining({ doc: expect.objectContaining({ path: NORTH, id: models.get(NORTH)!.meta.id }), field: 'lastReview', code: 'review-overdue' })]);
    expect(lists.reviewsOverdue[0].detail).toMatch(/last reviewed on 2026-11-01/);
  });

  test.each([
    [PROTECTION, 'discussedOn'],
    [ANALYSIS, 'assessedOn'],
  ])('%s past its monthly review is listed, linked to its %s field', (file, field) => {
    const lists = pictureLists(changed(file, (m) => (m.meta.fields[field] = '2026-10-01')), DEMO_TODAY);
    expect(lists.reviewsOverdue.map((i) => [i.doc.path, i.field, i.code])).toEqual([[file, field, 'review-overdue']]);
  });

  test("a strategy whose review date has passed is listed among the overdue reviews", () => {
    const lists = pictureLists(changed(STRATEGY, (m) => (m.meta.fields.reviewDate = '2026-11-01')), DEMO_TODAY);
    expect(lists.reviewsOverdue.map((i) => [i.doc.path, i.code])).toEqual([[STRATEGY, 'review-date-passed']]);
  });

  test('an action past its due date and not done is listed with its block id and title', () => {
    const lists = pictureLists(
      changed(ACTION_PLAN, (m) => Object.assign(blockOf(m, 'A-1').fields, { dueDate: '2026-11-01', status: 'in-progress' })),
      DEMO_TODAY,
    );
    expect(lists.actionsOverdue).toEqual([expect.objectContaining({ doc: expect.objectContaining({ path: ACTION_PLAN }), block: 'A-1', code: 'action-overdue' })]);
    expect(lists.actionsOverdue[0].title).toMatch(/^Update the HRDDP risk assessment/);
  });

  test("an overdue action's long title, quoted in why it is listed, is cut at a word and ends with an ellipsis", () => {
    const lists = pictureLists(
      changed(ACTION_PLAN, (m) => Object.assign(blockOf(m, 'A-1').fields, { dueDate: '2026-11-01', status: 'in-progress' })),
      DEMO_TODAY,
    );
    expect(lists.actionsOverdue[0].detail).toMatch(/^Action A-1 \("Update the HRDDP risk assessment of the FAAR[^"]*[a-z0-9]…"\) was due/);
  });
});

describe('sign-offs (known where the server gives them)', () => {
  test('a document read from a file has no sign-off listed: its sign-offs are not known', () => {
    const lists = pictureLists(changed(STRATEGY, (m) => (m.meta.status = 'in-review')), DEMO_TODAY);
    expect([...lists.signoffsPending, ...lists.signoffsStale, ...lists.signoffsRejected]).toEqual([]);
  });

  test('an office that has not signed a document in review is pending', () => {
    const lists = withStrategySignoffs({ 'head-of-mission': approved() });
    expect(lists.signoffsPending).toEqual([expect.objectContaining({ doc: expect.objectContaining({ path: STRATEGY }), role: 'rc-hc', why: 'missing' })]);
  });

  test('a draft is not yet asked to be signed: its missing sign-offs are not pending', () => {
    expect(withStrategySignoffs({}, 'draft').signoffsPending).toEqual([]);
  });

  test("an office's standing rejection is listed as rejected", () => {
    const lists = withStrategySignoffs({ 'head-of-mission': approved(), 'rc-hc': rejected });
    expect(lists.signoffsRejected).toEqual([expect.objectContaining({ role: 'rc-hc', why: 'rejected' })]);
    expect(lists.signoffsPending).toEqual([]);
  });

  test('an approval of an earlier version, where the current text must be approved, is listed as stale', () => {
    const lists = withStrategySignoffs({ 'head-of-mission': approved(), 'rc-hc': approved(OLD_HASH) }, 'approved');
    expect(lists.signoffsStale).toEqual([expect.objectContaining({ role: 'rc-hc', why: 'stale' })]);
  });
});

describe('gaps and missing links', () => {
  test('a resources-matrix row rated RED is listed as a RED gap, with what the gap is', () => {
    const lists = pictureLists(changed(RESOURCES, (m) => (blockOf(m, 'CAP-1').fields.criticality = 'red')), DEMO_TODAY);
    expect(lists.redGaps.map((g) => g.block)).toEqual(['CAP-1', 'CAP-3', 'CAP-5']);
    expect(lists.redGaps[1].detail).toMatch(/^RED: No night-flying helicopter/);
  });

  test('a RED gap described at length is cut at a word and ends with an ellipsis, never mid-word without one', () => {
    const [cap3] = pictureLists(pictureDocuments(models), DEMO_TODAY).redGaps;
    expect(cap3.detail).toMatch(/^RED: No night-flying helicopter .*[a-z]…$/);
    expect(cap3.detail.length).toBeLessThanOrEqual('RED: '.length + 160);
  });

  test('a threat found with no action is listed from the threat-not-addressed finding, with its block', () => {
    const docs = pictureDocuments(models).map((d) =>
      d.path === NORTH ? { ...d, diagnostics: [...d.diagnostics, { severity: 'warning' as const, code: 'threat-not-addressed', message: 'No action serves T-4.', location: { section: '2', block: 'T-4' } }] } : d,
    );
    const { threatsWithoutAction } = pictureLists(docs, DEMO_TODAY);
    expect(threatsWithoutAction).toEqual([expect.objectContaining({ doc: expect.objectContaining({ path: NORTH }), block: 'T-4', section: '2', detail: 'No action serves T-4.' })]);
    expect(threatsWithoutAction[0].title).toMatch(/^Clashes between Haddan herders/);
  });

  test('an objective with no resources row is listed from the objective-resources-missing finding', () => {
    const docs = pictureDocuments(models).map((d) =>
      d.path === STRATEGY ? { ...d, diagnostics: [...d.diagnostics, { severity: 'warning' as const, code: 'objective-resources-missing', message: 'No row for OBJ-1.', location: { block: 'OBJ-1' } }] } : d,
    );
    expect(pictureLists(docs, DEMO_TODAY).objectivesWithoutResources).toEqual([expect.objectContaining({ block: 'OBJ-1', code: 'objective-resources-missing' })]);
  });

  test('a strategy whose end of validity has passed is listed, pointing at "Valid until"', () => {
    const lists = pictureLists(changed(STRATEGY, (m) => (m.meta.fields.validUntil = '2026-11-01')), DEMO_TODAY);
    expect(lists.pastValidity).toEqual([expect.objectContaining({ doc: expect.objectContaining({ path: STRATEGY }), field: 'validUntil' })]);
  });

  test('a strategy valid until today is not past its validity', () => {
    expect(pictureLists(changed(STRATEGY, (m) => (m.meta.fields.validUntil = DEMO_TODAY)), DEMO_TODAY).pastValidity).toEqual([]);
  });

  test('an archived document lists nothing', () => {
    const lists = pictureLists(
      changed(ACTION_PLAN, (m) => {
        m.meta.status = 'archived';
        Object.assign(blockOf(m, 'A-1').fields, { dueDate: '2026-11-01', status: 'in-progress' });
      }),
      DEMO_TODAY,
    );
    expect(lists.actionsOverdue).toEqual([]);
  });
});

test('every rule code the lists are made of is in the catalogue of rule codes', () => {
  const missing = Object.values(LIST_CODES)
    .flat()
    .filter((c) => !(c in RULES));
  expect(missing).toEqual([]);
});

describe('sign-off standing from the verified records, as a host gives it', () => {
  const payload = (role: string, decision: 'approved' | 'rejected', hash: string, signedAt: string) => ({
    docId: models.get(STRATEGY)!.meta.id,
    docType: 'strategy',
    templateVersion: 2,
    role,
    user: role,
    userName: role,
    decision,
    comment: decision === 'rejected' ? 'Rework E.4.' : '',
    contentHash: hash,
    signedAt,
  });

  test("an approval of the strategy's current content is not listed, one of an earlier text is stale, and a later rejection stands", () => {
    const docs = changed(STRATEGY, (m) => (m.meta.status = 'in-review'));
    const strategy = docs.find((d) => d.path === STRATEGY)!;
    const current = contentHash(strategy.model);
    strategy.signoffs = signoffsOf(
      [payload('head-of-mission', 'approved', current, '2026-11-20T10:00:00Z'), payload('rc-hc', 'approved', OLD_HASH, '2026-11-20T10:00:00Z'), payload('rc-hc', 'rejected', OLD_HASH, '2026-11-21T10:00:00Z')],
      strategy.model,
      strategy.template,
    );
    const lists = pictureLists(docs, DEMO_TODAY);
    expect(lists.signoffsRejected.map((s) => s.role)).toEqual(['rc-hc']);
    expect([...lists.signoffsPending, ...lists.signoffsStale]).toEqual([]);
  });

  test('an approval by the last office of an earlier text is stale once the content changed', () => {
    const docs = changed(STRATEGY, (m) => (m.meta.status = 'in-review'));
    const strategy = docs.find((d) => d.path === STRATEGY)!;
    strategy.signoffs = signoffsOf(
      [payload('head-of-mission', 'approved', contentHash(strategy.model), '2026-11-20T10:00:00Z'), payload('rc-hc', 'approved', OLD_HASH, '2026-11-20T10:00:00Z')],
      strategy.model,
      strategy.template,
    );
    expect(pictureLists(docs, DEMO_TODAY).signoffsStale).toEqual([expect.objectContaining({ role: 'rc-hc', office: expect.any(String), why: 'stale' })]);
  });
});

test('the lists are headed in plain English, each heading naming what is listed', () => {
  expect(Object.fromEntries(LIST_WORDS.map((w) => [w.key, w.heading]))).toEqual({
    reviewsOverdue: 'Reviews overdue',
    actionsOverdue: 'Actions overdue',
    signoffsPending: 'Waiting for a sign-off',
    signoffsStale: 'Approved, then changed',
    signoffsRejected: 'Sent back by an office',
    redGaps: 'RED resource gaps',
    threatsWithoutAction: 'Threats with no action yet',
    objectivesWithoutResources: 'Objectives with no resources row yet',
    pastValidity: 'Documents past their end of validity',
  });
});
