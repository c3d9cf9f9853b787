import { describe, expect, it } from 'vitest';
import { clears, compareLatestFirst, latestPerOffice, officeStanding } from '../../../shared/signoff/latest.js';
import type { SignoffPayload } from '../../../shared/signoff/record.js';

function signoff(role: string, signedAt: string, decision: SignoffPayload['decision'], user = 'hom', version = '0'): SignoffPayload {
  return { docId: 'st-1', docType: 'strategy', templateVersion: 1, role, user, userName: user, decision, comment: '', contentHash: `sha256:${version.repeat(64)}`, signedAt };
}

describe("an office's latest sign-off", () => {
  it('is the one signed last, whatever order the records come in', () => {
    const early = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved');
    const late = signoff('hom', '2026-06-02T10:00:00.000Z', 'rejected');
    expect(latestPerOffice([early, late], (p) => p).get('hom')).toBe(late);
    expect(latestPerOffice([late, early], (p) => p).get('hom')).toBe(late);
  });

  it('is kept per office', () => {
    const hom = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved');
    const unct = signoff('unct', '2026-06-02T10:00:00.000Z', 'approved');
    expect([...latestPerOffice([hom, unct], (p) => p).entries()]).toEqual([['hom', hom], ['unct', unct]]);
  });

  it('is the rejection when an approval and a rejection were signed at the same time, whatever their order', () => {
    const yes = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved', 'a');
    const no = signoff('hom', '2026-06-01T10:00:00.000Z', 'rejected', 'b');
    expect(latestPerOffice([yes, no], (p) => p).get('hom')).toBe(no);
    expect(latestPerOffice([no, yes], (p) => p).get('hom')).toBe(no);
  });

  it('is the same one whatever the order when two equal decisions were signed at the same time', () => {
    const a = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved', 'a');
    const b = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved', 'b');
    expect(latestPerOffice([a, b], (p) => p).get('hom')).toBe(latestPerOffice([b, a], (p) => p).get('hom'));
    expect(compareLatestFirst(a, b)).toBe(-compareLatestFirst(b, a));
    expect(compareLatestFirst(a, { ...a })).toBe(0);
  });

  it('reads the payload through the given accessor, so records and views can be ranked as they are', () => {
    const records = [{ id: 'r1', payload: signoff('hom', '2026-06-01T10:00:00.000Z', 'approved') }, { id: 'r2', payload: signoff('hom', '2026-06-03T10:00:00.000Z', 'approved') }];
    expect(latestPerOffice(records, (r) => r.payload).get('hom')?.id).toBe('r2');
  });
});

describe('several people holding one office', () => {
  const at = (day: number) => `2026-06-0${day}T10:00:00.000Z`;
  const standing = (...list: SignoffPayload[]) => officeStanding(list, (p) => p);

  it("an approval by another holder of the same version does not clear a colleague's rejection", () => {
    const no = signoff('hoo', at(1), 'rejected', 'amina');
    const yes = signoff('hoo', at(2), 'approved', 'ben');
    expect(standing(no, yes)).toBe(no);
    expect(standing(yes, no)).toBe(no);
  });

  it('the person who rejected clears their own rejection by approving later, even the same version', () => {
    const no = signoff('hoo', at(1), 'rejected', 'amina');
    const yes = signoff('hoo', at(2), 'approved', 'amina');
    expect(standing(no, yes)).toBe(yes);
  });

  it('any holder clears a rejection by approving a later, changed version', () => {
    const no = signoff('hoo', at(1), 'rejected', 'amina', '0');
    const revised = signoff('hoo', at(2), 'approved', 'ben', '1');
    expect(standing(no, revised)).toBe(revised);
    expect(clears(revised, no)).toBe(true);
  });

  it('an approval signed before the rejection, or at the same moment, never clears it', () => {
    const yes = signoff('hoo', at(1), 'approved', 'ben', '1');
    const no = signoff('hoo', at(2), 'rejected', 'amina', '0');
    expect(clears(yes, no)).toBe(false);
    const same = signoff('hoo', at(2), 'approved', 'amina', '1');
    expect(clears(same, no)).toBe(false);
    expect(standing(yes, no, same)).toBe(no);
  });

  it('with two rejections standing, the later one is the standing, and each must be cleared on its own', () => {
    const first = signoff('hoo', at(1), 'rejected', 'amina');
    const second = signoff('hoo', at(2), 'rejected', 'chidi');
    const aminaAgrees = signoff('hoo', at(3), 'approved', 'amina');
    expect(standing(first, second)).toBe(second);
    expect(standing(first, second, aminaAgrees)).toBe(second);
    const chidiAgrees = signoff('hoo', at(4), 'approved', 'chidi');
    expect(standing(first, second, aminaAgrees, chidiAgrees)).toBe(chidiAgrees);
  });

  it('a later rejection by one holder withdraws an earlier approval by another', () => {
    const yes = signoff('hoo', at(1), 'approved', 'ben');
    const no = signoff('hoo', at(2), 'rejected', 'amina');
    expect(latestPerOffice([yes, no], (p) => p).get('hoo')).toBe(no);
  });

  it("every reader (validation, the server's report, the panel) gets the rejection as the office's standing over a colleague's later approval of the same version", () => {
    const no = signoff('hoo', at(1), 'rejected', 'amina');
    const yes = signoff('hoo', at(2), 'approved', 'ben');
    expect(latestPerOffice([no, yes], (p) => p).get('hoo')?.decision).toBe('rejected');
  });
});
