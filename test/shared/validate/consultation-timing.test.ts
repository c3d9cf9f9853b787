// Consultations that must precede a drafting step: the strategy's UNHQ parameters discussion comes before drafting starts (Annex A II).
import { describe, expect, test } from 'vitest';
import { check, filled, withCode } from './helpers.js';

// TODAY is 2026-06-15; in the filled strategy drafting started today and every consultation is dated today.
const unhq = (b: ReturnType<typeof filled>) => b.blocks('consultation').find((x) => x.fields.party === 'unhq')!;

describe('UNHQ before drafting', () => {
  test('a UNHQ consultation on the day drafting started is in time', () => {
    expect(withCode(check(filled('strategy').build()), 'consultation-too-late')).toEqual([]);
  });

  test('a UNHQ consultation dated after drafting started is flagged on its date, naming both dates', () => {
    const b = filled('strategy');
    const id = unhq(b).id;
    const d = withCode(check(b.setFields(id, { date: '2026-06-25' }).build()), 'consultation-too-late');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'G', block: id, field: 'date' } })]);
    expect(d[0].message).toMatch(/UN Headquarters .* dated 2026-06-25, after "Drafting started" \(2026-06-15\)/);
  });

  test('a late consultation is an error once the strategy is in review', () => {
    const b = filled('strategy').status('in-review');
    expect(withCode(check(b.setFields(unhq(b).id, { date: '2026-06-25' }).build()), 'consultation-too-late')[0].severity).toBe('error');
  });

  test('an earlier UNHQ consultation makes a later round of comments on the draft fine', () => {
    const b = filled('strategy');
    b.setFields(unhq(b).id, { date: '2026-06-25' });
    b.block('G', 'consultation', 'C-99', { party: 'unhq', date: '2026-06-01', outcome: [] });
    expect(withCode(check(b.build()), 'consultation-too-late')).toEqual([]);
  });

  test('other parties may be consulted after drafting started', () => {
    const b = filled('strategy');
    const host = b.blocks('consultation').find((x) => x.fields.party === 'host-government')!;
    expect(withCode(check(b.setFields(host.id, { date: '2026-06-25' }).build()), 'consultation-too-late')).toEqual([]);
  });
});
