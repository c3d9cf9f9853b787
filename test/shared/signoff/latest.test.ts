import { describe, expect, it } from 'vitest';
import { clears, compareLatestFirst, countsFor, currentScope, latestPerOffice, officeStanding, whyNotCounted } from '../../../shared/signoff/latest.js';
import type { SignoffPayload } from '../../../shared/signoff/record.js';

/** The document as it is now in most tests: a strategy, mission-wide. */
const DOC = { docType: 'strategy' };

function signoff(role: string, signedAt: string, decision: SignoffPayload['decision'], user = 'hom', version = '0'): SignoffPayload {
  return { docId: 'st-1', docType: 'strategy', templateVersion: 1, role, user, userName: user, decision, comment: '', contentHash: `sha256:${version.repeat(64)}`, signedAt };
}

describe("an office's latest sign-off", () => {
  it('is the one signed last, whatever order the records come in', () => {
    const early = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved');
    const late = signoff('hom', '2026-06-02T10:00:00.000Z', 'rejected');
    expect(latestPerOffice([early, late], (p) => p, DOC).get('hom')).toBe(late);
    expect(latestPerOffice([late, early], (p) => p, DOC).get('hom')).toBe(late);
  });

  it('is kept per office', () => {
    const hom = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved');
    const unct = signoff('unct', '2026-06-02T10:00:00.000Z', 'approved');
    expect([...latestPerOffice([hom, unct], (p) => p, DOC).entries()]).toEqual([['hom', hom], ['unct', unct]]);
  });

  it('is the rejection when an approval and a rejection were signed at the same time, whatever their order', () => {
    const yes = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved', 'a');
    const no = signoff('hom', '2026-06-01T10:00:00.000Z', 'rejected', 'b');
    expect(latestPerOffice([yes, no], (p) => p, DOC).get('hom')).toBe(no);
    expect(latestPerOffice([no, yes], (p) => p, DOC).get('hom')).toBe(no);
  });

  it('is the same one whatever the order when two equal decisions were signed at the same time', () => {
    const a = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved', 'a');
    const b = signoff('hom', '2026-06-01T10:00:00.000Z', 'approved', 'b');
    expect(latestPerOffice([a, b], (p) => p, DOC).get('hom')).toBe(latestPerOffice([b, a], (p) => p, DOC).get('hom'));
    expect(compareLatestFirst(a, b)).toBe(-compareLatestFirst(b, a));
    expect(compareLatestFirst(a, { ...a })).toBe(0);
  });

  it('reads the payload through the given accessor, so records and views can be ranked as they are', () => {
    const records = [{ id: 'r1', payload: signoff('hom', '2026-06-01T10:00:00.000Z', 'approved') }, { id: 'r2', payload: signoff('hom', '2026-06-03T10:00:00.000Z', 'approved') }];
    expect(latestPerOffice(records, (r) => r.payload, DOC).get('hom')?.id).toBe('r2');
  });
});

describe('several people holding one office', () => {
  const at = (day: number) => `2026-06-0${day}T10:00:00.000Z`;
  const standing = (...list: SignoffPayload[]) => officeStanding(list, (p) => p, DOC);

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
    expect(latestPerOffice([yes, no], (p) => p, DOC).get('hoo')).toBe(no);
  });

  it("every reader (validation, the server's report, the panel) gets the rejection as the office's standing over a colleague's later approval of the same version", () => {
    const no = signoff('hoo', at(1), 'rejected', 'amina');
    const yes = signoff('hoo', at(2), 'approved', 'ben');
    expect(latestPerOffice([no, yes], (p) => p, DOC).get('hoo')?.decision).toBe('rejected');
  });
});

describe('which sign-offs count for the document as it is now', () => {
  const at = (day: number) => `2026-06-0${day}T10:00:00.000Z`;
  const north = { docType: 'threat-matrix', area: 'sector north' };
  const matrixSignoff = (day: number, decision: SignoffPayload['decision'], user: string, area?: string): SignoffPayload => ({
    ...signoff('hoo', at(day), decision, user),
    docId: 'tm-north',
    docType: 'threat-matrix',
    ...(area === undefined ? {} : { area }),
  });

  it('a rejection given while the document covered another area does not stand for the area it covers now', () => {
    const flipped = matrixSignoff(1, 'rejected', 'sam', 'sector_south');
    expect(latestPerOffice([flipped], (p) => p, north).get('hoo')).toBeUndefined();
    expect(officeStanding([flipped], (p) => p, north)).toBeUndefined();
  });

  it("a rejection given for another area does not outweigh the current area's approval", () => {
    const flipped = matrixSignoff(2, 'rejected', 'sam', 'sector_south');
    const yes = matrixSignoff(1, 'approved', 'amina', 'sector north');
    expect(officeStanding([yes, flipped], (p) => p, north)).toBe(yes);
  });

  it('an approval given for another area does not count either', () => {
    const flipped = matrixSignoff(1, 'approved', 'sam', 'sector_south');
    expect(latestPerOffice([flipped], (p) => p, north).get('hoo')).toBeUndefined();
  });

  it('a sign-off counts again when the document covers its area again, so moving a document back restores its standing', () => {
    const south = matrixSignoff(1, 'rejected', 'sam', 'sector_south');
    expect(officeStanding([south], (p) => p, { docType: 'threat-matrix', area: 'sector_south' })).toBe(south);
  });

  it('areas compare as offices compare them: trimmed and case-insensitive', () => {
    expect(countsFor(matrixSignoff(1, 'rejected', 'amina', 'sector north'), { docType: 'threat-matrix', area: '  Sector NORTH ' })).toBe(true);
  });

  it('a sign-off that records an area does not count on a document whose area field is now empty', () => {
    expect(countsFor(matrixSignoff(1, 'rejected', 'amina', 'sector north'), { docType: 'threat-matrix' })).toBe(false);
  });

  it('a sign-off without an area (older records, mission-wide documents) keeps counting wherever the document is', () => {
    const old = matrixSignoff(1, 'rejected', 'amina');
    expect(officeStanding([old], (p) => p, north)).toBe(old);
  });

  it("a sign-off given when the document was of another type does not count for its current type", () => {
    const asStrategy = signoff('hoo', at(1), 'rejected', 'sam');
    expect(latestPerOffice([asStrategy], (p) => p, { docType: 'threat-matrix' }).get('hoo')).toBeUndefined();
    expect(whyNotCounted(asStrategy, { docType: 'threat-matrix' })).toMatch(/"strategy".*"threat-matrix"/);
  });

  it('says why a sign-off does not count, naming the area it was given for and the one the document covers now', () => {
    expect(whyNotCounted(matrixSignoff(1, 'rejected', 'sam', 'sector_south'), north)).toBe('given for area "sector_south", and this document now covers "sector north"');
  });

  it("reads the document's current scope from its area field, in the form sign-offs record it", () => {
    const model = { meta: { type: 'threat-matrix', fields: { office: '  Sector North ' } } } as unknown as Parameters<typeof currentScope>[0];
    expect(currentScope(model, { area: 'office' })).toEqual({ docType: 'threat-matrix', area: 'sector north' });
    expect(currentScope(model, { area: undefined })).toEqual({ docType: 'threat-matrix' });
  });
});

describe('an office renamed in its template (sign-off aliases)', () => {
  const strategy = { signoffs: [{ role: 'rc-hc', label: 'RC/HC', aliases: ['unct'] }] };

  it('counts a record signed under the former name for the office it is now', () => {
    const old = signoff('unct', '2026-06-01T10:00:00.000Z', 'approved', 'rc');
    expect([...latestPerOffice([old], (p) => p, currentScope({ meta: { type: 'strategy', fields: {} } } as never, strategy)).keys()]).toEqual(['rc-hc']);
  });

  it('takes the latest of the records under either name', () => {
    const old = signoff('unct', '2026-06-01T10:00:00.000Z', 'approved', 'rc');
    const now = signoff('rc-hc', '2026-06-02T10:00:00.000Z', 'rejected', 'rc');
    expect(latestPerOffice([old, now], (p) => p, currentScope({ meta: { type: 'strategy', fields: {} } } as never, strategy)).get('rc-hc')).toBe(now);
  });
});
