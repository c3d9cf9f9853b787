// Consultation parties: each required party has a recorded outcome before endorsement (a warning while drafting, an error after).
import { describe, expect, test } from 'vitest';
import { rich } from '../../support/build-model.js';
import { check, filled, signoff, withCode } from './helpers.js';

/** A strategy whose consultation with the host government has no outcome yet. */
const pending = () => {
  const b = filled('strategy');
  const block = b.blocks('consultation').find((x) => x.fields.party === 'host-government')!;
  return { b: b.setFields(block.id, { outcome: undefined }), id: block.id };
};

describe('consultation outcome', () => {
  test('a consultation without an outcome in a draft is a warning on its outcome field', () => {
    const { b, id } = pending();
    const d = withCode(check(b.build()), 'consultation-outcome-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'G', block: id, field: 'outcome' } })]);
  });

  test('the message names the party', () => {
    const { b } = pending();
    expect(withCode(check(b.build()), 'consultation-outcome-missing')[0].message).toMatch(/Host government/);
  });

  test.each(['in-review', 'approved'] as const)('a missing outcome is an error once the document is %s', (status) => {
    const { b } = pending();
    expect(withCode(check(b.status(status).build()), 'consultation-outcome-missing')[0].severity).toBe('error');
  });

  test('a missing outcome is an error once anyone has signed, even in draft', () => {
    const { b } = pending();
    expect(withCode(check(b.build(), { signoffs: [signoff('head-of-mission')] }), 'consultation-outcome-missing')[0].severity).toBe('error');
  });

  test('an archived document keeps the draft severity', () => {
    const { b } = pending();
    expect(withCode(check(b.status('archived').build()), 'consultation-outcome-missing')[0].severity).toBe('warning');
  });

  test('a blank outcome counts as not recorded', () => {
    const { b, id } = pending();
    expect(withCode(check(b.setFields(id, { outcome: rich('  ') }).build()), 'consultation-outcome-missing')).toHaveLength(1);
  });

  test('one consultation with an outcome is enough when a party was consulted twice', () => {
    const { b, id } = pending();
    b.block('G', 'consultation', 'C-99', { party: 'host-government', date: '2026-06-01', outcome: rich('Agreed.') });
    expect(withCode(check(b.build()), 'consultation-outcome-missing').filter((x) => x.location.block === id)).toEqual([]);
  });
});

describe('consultation party', () => {
  const without = (party: string) => {
    const b = filled('strategy');
    return b.withoutBlocks(b.blocks('consultation').find((x) => x.fields.party === party)!.id);
  };

  test('a required party with no consultation is reported in the consultation section', () => {
    const d = withCode(check(without('unhq').build()), 'consultation-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'G' } })]);
    expect(d[0].message).toMatch(/UN Headquarters/);
  });

  test('an optional party (non-state armed groups) may go unconsulted', () => {
    expect(withCode(check(without('non-state-armed-groups').build()), 'consultation-missing')).toEqual([]);
  });

  test('a document in review without a required party is an error', () => {
    expect(withCode(check(without('unhq').status('in-review').build()), 'consultation-missing')[0].severity).toBe('error');
  });
});
