// Operations brief: no SRSG decision before the consultations; the recommendation names an option of this brief; every option states collateral damage.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../shared/template/load.js';
import { link, links, rich } from '../../support/build-model.js';
import { check, filled, template, withCode } from './helpers.js';

const brief = () => filled('operations-brief');
const consultationWith = (b: ReturnType<typeof brief>, party: string) => b.blocks('consultation').find((x) => x.fields.party === party)!.id;

describe('SRSG decision', () => {
  test('a decision recorded before the consultation with UNHQ has an outcome is an error on the decision', () => {
    const b = brief();
    const d = withCode(check(b.setFields(consultationWith(b, 'unhq'), { outcome: undefined }).build()), 'decision-before-consultation');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'II.e', block: 'DEC-1', field: 'decision' } })]);
    expect(d[0].message).toMatch(/UN Headquarters/);
  });

  test('a decision recorded with no consultation with national and regional partners at all is an error', () => {
    const b = brief();
    expect(withCode(check(b.withoutBlocks(consultationWith(b, 'national-regional-partners')).build()), 'decision-before-consultation')).toHaveLength(1);
  });

  test('an empty decision block may wait for the consultations', () => {
    const b = brief();
    b.setFields(consultationWith(b, 'unhq'), { outcome: undefined }).setFields('DEC-1', { decision: undefined });
    expect(withCode(check(b.build()), 'decision-before-consultation')).toEqual([]);
  });

  test('a decision after every consultation is recorded is fine', () => {
    expect(withCode(check(brief().build()), 'decision-before-consultation')).toEqual([]);
  });
});

describe("Force Commander's recommendation", () => {
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
