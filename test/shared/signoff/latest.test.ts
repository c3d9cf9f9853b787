import { describe, expect, it } from 'vitest';
import { compareLatestFirst, latestPerOffice } from '../../../shared/signoff/latest.js';
import type { SignoffPayload } from '../../../shared/signoff/record.js';

function signoff(role: string, signedAt: string, decision: SignoffPayload['decision'], user = 'hom'): SignoffPayload {
  return { docId: 'st-1', docType: 'strategy', templateVersion: 1, role, user, userName: user, decision, comment: '', contentHash: `sha256:${'0'.repeat(64)}`, signedAt };
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
