// Operations brief: the SRSG's decision is the SRSG's sign-off, after the Force Commander's and the consultations; the recommendation names exactly one option of this brief; every option states collateral damage.
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../../shared/hash/canonical.js';
import type { DocModel } from '../../../shared/model/types.js';
import type { SignoffPayload } from '../../../shared/signoff/record.js';
import type { Template } from '../../../shared/template/load.js';
import { link, links, rich } from '../../support/build-model.js';
import { check, filled, signoff, template, withCode } from './helpers.js';

/** Whether a sign-off was given for exactly this text (what makes it valid rather than stale). */
const verifiesFor = (p: SignoffPayload, model: DocModel) => p.contentHash === contentHash(model);

const brief = () => filled('operations-brief');
const consultationWith = (b: ReturnType<typeof brief>, party: string) => b.blocks('consultation').find((x) => x.fields.party === party)!.id;

/** A sign-off of the brief by `role`, of exactly `model`'s text unless `hash` says otherwise. */
const briefSignoff = (model: DocModel, role: string, decision: 'approved' | 'rejected' = 'approved', signedAt = '2026-06-10T09:00:00Z', hash = contentHash(model)) => ({
  ...signoff(role, decision, signedAt),
  docId: model.meta.id,
  docType: 'operations-brief',
  contentHash: hash,
});

describe("the SRSG's decision is the SRSG's sign-off (Annex B VIII, II.e)", () => {
  test("the SRSG's approval while the consultation with UNHQ has no outcome is an error", () => {
    const b = brief().status('in-review');
    const model = b.setFields(consultationWith(b, 'unhq'), { outcome: undefined }).build();
    const d = withCode(check(model, { signoffs: [briefSignoff(model, 'force-commander'), briefSignoff(model, 'srsg', 'approved', '2026-06-11T09:00:00Z')] }), 'decision-before-consultation');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'II.d' } })]);
    expect(d[0].message).toMatch(/^The SRSG's approval \(the decision\) is recorded, but the consultation with UN Headquarters is not/);
  });

  test('an SRSG comment written while the consultation with national and regional partners is missing is an error on the comment', () => {
    const b = brief();
    const model = b.withoutBlocks(consultationWith(b, 'national-regional-partners')).setFields('DEC-1', { decision: rich('Approved.') }).build();
    expect(withCode(check(model), 'decision-before-consultation')).toEqual([expect.objectContaining({ location: { section: 'II.e', block: 'DEC-1', field: 'decision' } })]);
  });

  test('an unsigned brief with an empty comment may wait for the consultations', () => {
    const b = brief();
    expect(withCode(check(b.setFields(consultationWith(b, 'unhq'), { outcome: undefined }).build(), { signoffs: [] }), 'decision-before-consultation')).toEqual([]);
  });

  test('the clean brief raises nothing about the decision', () => {
    const d = check(brief().status('in-review').build(), { signoffs: [] });
    expect(d.filter((x) => /decision/.test(x.code))).toEqual([]);
  });
});

describe("the SRSG's comment is written only once the SRSG has signed", () => {
  const commented = () => brief().setFields('DEC-1', { decision: rich('The SRSG approves OPT-2.') });

  test('a comment in a brief in review that the SRSG has not signed is an error on the comment', () => {
    const d = withCode(check(commented().status('in-review').build(), { signoffs: [] }), 'decision-comment-unsigned');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'II.e', block: 'DEC-1', field: 'decision' } })]);
    expect(d[0].message).toMatch(/the SRSG has not signed off this brief/);
  });

  test('in a draft it is a warning', () => {
    expect(withCode(check(commented().status('draft').build(), { signoffs: [] }), 'decision-comment-unsigned')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  test('text written straight into the section counts too', () => {
    const model = brief().status('in-review').text('II.e', 'Approved by the SRSG.').build();
    expect(withCode(check(model, { signoffs: [] }), 'decision-comment-unsigned')).toEqual([expect.objectContaining({ location: { section: 'II.e' } })]);
  });

  test('once the SRSG has signed (even on an earlier text), the comment may be written', () => {
    const model = commented().status('in-review').build();
    expect(withCode(check(model, { signoffs: [], staleSignoffs: [briefSignoff(model, 'srsg', 'approved', undefined, 'sha256:old')] }), 'decision-comment-unsigned')).toEqual([]);
  });

  test('an empty comment raises nothing', () => {
    expect(withCode(check(brief().status('in-review').build(), { signoffs: [] }), 'decision-comment-unsigned')).toEqual([]);
  });
});

describe("the consultations come before the SRSG's sign-off", () => {
  test('a consultation with UNHQ dated after the day the SRSG signed is an error on its date', () => {
    const b = brief().status('in-review');
    const unhq = consultationWith(b, 'unhq');
    const model = b.setFields(unhq, { date: '2026-06-16' }).build();
    const d = withCode(check(model, { signoffs: [briefSignoff(model, 'force-commander'), briefSignoff(model, 'srsg', 'approved', '2026-06-15T09:00:00Z')] }), 'consultation-too-late');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'II.d', block: unhq, field: 'date' } })]);
    expect(d[0].message).toMatch(/dated 2026-06-16, after the SRSG's sign-off \(2026-06-15\)/);
  });

  test('a consultation on the day the SRSG signs is fine', () => {
    const b = brief().status('in-review');
    const model = b.setFields(consultationWith(b, 'unhq'), { date: '2026-06-15' }).build();
    expect(withCode(check(model, { signoffs: [briefSignoff(model, 'srsg', 'approved', '2026-06-15T17:00:00Z')] }), 'consultation-too-late')).toEqual([]);
  });

  test('before the SRSG signs there is no decision day to be late for', () => {
    const b = brief().status('in-review');
    expect(withCode(check(b.setFields(consultationWith(b, 'unhq'), { date: '2026-06-30' }).build(), { signoffs: [] }), 'consultation-too-late')).toEqual([]);
  });
});

describe('the Force Commander signs before the SRSG, and the approval is bound to the text', () => {
  test("the SRSG approving before the Force Commander is out of order", () => {
    const model = brief().status('in-review').build();
    const d = withCode(check(model, { signoffs: [briefSignoff(model, 'srsg')] }), 'signoff-order');
    expect(d[0].message).toMatch(/Sign-offs go in this order: Force Commander, then SRSG/);
  });

  test("repointing the recommendation after the Force Commander approved makes that approval stale, so the SRSG's approval is out of order", () => {
    const signed = brief().status('in-review').build();
    const b = brief().status('in-review');
    const repointed = b.setFields('REC-1', { option: links(b.link('OPT-2')) }).build();
    const fc = briefSignoff(signed, 'force-commander');
    expect(verifiesFor(fc, repointed)).toBe(false);
    const d = check(repointed, { signoffs: [briefSignoff(repointed, 'srsg', 'approved', '2026-06-11T09:00:00Z')], staleSignoffs: [fc] });
    expect(withCode(d, 'signoff-order')).toHaveLength(1);
  });

  test('the Force Commander then the SRSG approving the current text approves the brief', () => {
    const model = brief().status('approved').build();
    const d = check(model, { signoffs: [briefSignoff(model, 'force-commander'), briefSignoff(model, 'srsg', 'approved', '2026-06-11T09:00:00Z')] });
    expect(withCode(d, 'signoff-order')).toEqual([]);
    expect(withCode(d, 'approved-not-signed')).toEqual([]);
  });
});

describe("Force Commander's recommendation", () => {
  test('a recommendation naming two options is an error on its option field', () => {
    const b = brief();
    const d = withCode(check(b.setFields('REC-1', { option: links(b.link('OPT-1'), b.link('OPT-2')) }).build()), 'recommendation-one-option');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'II.c', block: 'REC-1', field: 'option' } })]);
    expect(d[0].message).toMatch(/more than one option \(OPT-1, OPT-2\)/);
  });

  test('a second recommendation naming another option is an error on the second', () => {
    const b = brief();
    b.block('II.c', 'recommendation', 'REC-2', { option: links(b.link('OPT-2')), rationale: rich('Also good.') });
    expect(withCode(check(b.build()), 'recommendation-one-option').map((x) => x.location.block)).toEqual(['REC-2']);
  });

  test('the clean recommendation names one option and raises nothing', () => {
    expect(withCode(check(brief().build()), 'recommendation-one-option')).toEqual([]);
  });

  test('a recommendation linking one of the options is fine', () => {
    const b = brief();
    expect(withCode(check(b.setFields('REC-1', { option: links(b.link('OPT-2')) }).build()), 'recommendation-option')).toEqual([]);
  });

  test('a recommendation linking an option that does not exist is reported as an unresolved link', () => {
    const b = brief();
    const d = check(b.setFields('REC-1', { option: links(b.link('OPT-9')) }).build());
    expect(withCode(d, 'link-unresolved').map((x) => x.location)).toEqual([{ section: 'II.c', block: 'REC-1', field: 'option' }]);
  });

  test("a recommendation linking another brief's option is an error naming this brief's options", () => {
    const d = withCode(check(brief().setFields('REC-1', { option: links(link('other-brief', 'OPT-1')) }).build()), 'recommendation-option');
    expect(d.map((x) => x.location)).toEqual([{ section: 'II.c', block: 'REC-1', field: 'option' }]);
    expect(d[0].message).toMatch(/OPT-1, OPT-2/);
  });

  test('with a tailored template whose recommendation field is optional and untargeted, an empty or wrong link is still an error', () => {
    const base = template('operations-brief');
    const t: Template = {
      ...base,
      blockTypes: base.blockTypes.map((bt) =>
        bt.type === 'recommendation' ? { ...bt, fields: bt.fields.map((f) => (f.name === 'option' ? { ...f, required: false, targets: undefined } : f)) } : bt,
      ),
    };
    const b = brief();
    expect(withCode(check(b.setFields('REC-1', { option: undefined }).build(), {}, t), 'recommendation-option')).toHaveLength(1);
    expect(withCode(check(b.setFields('REC-1', { option: links(b.link('TGT-1')) }).build(), {}, t), 'recommendation-option')).toHaveLength(1);
  });
});

describe('collateral damage', () => {
  test('an option without potential collateral damage is an error on that field', () => {
    const d = check(brief().setFields('OPT-2', { collateralDamage: rich(' ') }).build());
    expect(d).toContainEqual(expect.objectContaining({ severity: 'error', location: { section: 'II.b', block: 'OPT-2', field: 'collateralDamage' } }));
  });

  test('with a tailored template that makes it optional, a missing collateral damage is still an error', () => {
    const base = template('operations-brief');
    const t: Template = {
      ...base,
      blockTypes: base.blockTypes.map((bt) => (bt.type === 'option' ? { ...bt, fields: bt.fields.map((f) => (f.name === 'collateralDamage' ? { ...f, required: false } : f)) } : bt)),
    };
    const d = withCode(check(brief().setFields('OPT-1', { collateralDamage: undefined }).build(), {}, t), 'option-collateral-damage');
    expect(d.map((x) => x.location)).toEqual([{ section: 'II.b', block: 'OPT-1', field: 'collateralDamage' }]);
  });
});
