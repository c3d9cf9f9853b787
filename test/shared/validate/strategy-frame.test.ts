// The strategy's frame (Annex A II–III): one year from coming into force, and objectives across every timeframe, tier and phase (E.2–E.3).
import { describe, expect, test } from 'vitest';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import type { Template } from '../../../shared/template/load.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { tierPhaseMatrix } from '../../../shared/validate/response-model.js';
import { check, filled, template, withCode } from './helpers.js';

// TODAY is 2026-06-15; the filled strategy comes into force, ends and is reviewed today, and its four objectives are immediate/Tier I/prevention, medium-term/Tier II/pre-emption, long-term/Tier III/response and immediate/Tier I/consolidation.
const FRAME_CODES = ['validity-too-long', 'review-date-too-late', 'objective-timeframe-missing', 'objective-tier-missing', 'response-phase-missing'];

test('the filled strategy breaks none of the frame rules', () => {
  expect(check(filled('strategy').build()).filter((d) => FRAME_CODES.includes(d.code))).toEqual([]);
});

describe('one-year timeframe', () => {
  test('an end of validity three years after coming into force is an error on "In force until"', () => {
    const d = withCode(check(filled('strategy').field('validFrom', '2026-06-15').field('validUntil', '2029-06-14').build()), 'validity-too-long');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { field: 'validUntil' } })]);
    expect(d[0].message).toMatch(/more than one year after "In force from" \(2026-06-15\).*2027-06-15 at the latest/);
  });

  test('an end of validity exactly 365 days on is within the timeframe', () => {
    expect(withCode(check(filled('strategy').field('validUntil', '2027-06-15').build()), 'validity-too-long')).toEqual([]);
  });

  test('a next review more than a year after coming into force is an error on "Next review"', () => {
    const d = withCode(check(filled('strategy').field('reviewDate', '2027-06-16').build()), 'review-date-too-late');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { field: 'reviewDate' } })]);
  });

  test('without a date of coming into force, nothing is measured', () => {
    expect(withCode(check(filled('strategy').field('validFrom', undefined).field('validUntil', '2030-01-01').build()), 'validity-too-long')).toEqual([]);
  });

  test("the timeframe is the template's validityDays: a tailored 180 days flags a review on day 181", () => {
    const t: Template = { ...template('strategy'), review: { ...template('strategy').review, validityDays: 180 } };
    const d = withCode(check(filled('strategy').field('reviewDate', '2026-12-13').build(), {}, t), 'review-date-too-late');
    expect(d[0].message).toMatch(/more than 180 days after/);
  });
});

describe('objectives across timeframes and tiers', () => {
  test('when every objective is immediate, the missing medium and long term are one error on the objectives section', () => {
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { timeframe: 'immediate' });
    const d = withCode(check(b.build()), 'objective-timeframe-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'A.2.2' } })]);
    expect(d[0].message).toMatch(/"Medium term" or "Long term"/);
  });

  test('when every objective is in Tier II, the missing tiers are a warning naming them', () => {
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { tier: 'tier-2' });
    const d = withCode(check(b.build()), 'objective-tier-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'A.2.2' } })]);
    expect(d[0].message).toMatch(/Tier I — dialogue and engagement" or "Tier III — protective environment"/);
  });

  test('a tailored template without a tier field skips the tier check', () => {
    const base = template('strategy');
    const t: Template = { ...base, blockTypes: base.blockTypes.map((bt) => (bt.type === 'objective' ? { ...bt, fields: bt.fields.filter((f) => f.name !== 'tier') } : bt)) };
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { tier: undefined });
    expect(withCode(check(b.build(), {}, t), 'objective-tier-missing')).toEqual([]);
  });
});

describe('objectives across the four phases (E.3)', () => {
  const demo = () => renderDemoVault(TemplateSet.builtin()).find((f) => f.model.meta.type === 'strategy')!.model;

  test('the demo strategy plans for every phase', () => {
    expect(withCode(check(demo(), { today: '2026-11-24' }), 'response-phase-missing')).toEqual([]);
  });

  test('when the demo strategy\'s pre-emption objective (OBJ-1) moves to response, pre-emption is one warning on the objectives section', () => {
    const s = demo();
    for (const sec of s.sections) for (const b of sec.content) if (b.t === 'block' && b.id === 'OBJ-1') b.fields.phase = 'response';
    const d = withCode(check(s, { today: '2026-11-24' }), 'response-phase-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'A.2.2' } })]);
    expect(d[0].message).toMatch(/"Pre-emption".*E\.3, para\. 31/);
  });

  test('a strategy whose objectives have no phase yet is told once, naming the four phases', () => {
    const b = filled('strategy');
    for (const o of b.blocks('objective')) b.setFields(o.id, { phase: undefined });
    const d = withCode(check(b.build()), 'response-phase-missing');
    expect(d).toHaveLength(1);
    expect(d[0].message).toMatch(/"Prevention" or "Pre-emption" or "Response" or "Consolidation"/);
  });
});

describe('the tiers × phases grid', () => {
  const spec = template('strategy').blockTypes.find((b) => b.type === 'objective')!;
  const demo = () => renderDemoVault(TemplateSet.builtin()).find((f) => f.model.meta.type === 'strategy')!.model;
  const objectives = (m: ReturnType<typeof demo>) => m.sections.flatMap((s) => s.content.filter((b) => b.t === 'block'));

  test("sets the demo's objectives by tier (rows) and phase (columns), empty cells left empty", () => {
    const m = tierPhaseMatrix(objectives(demo()), spec)!;
    expect(m.tiers.map((t) => t.value)).toEqual(['tier-1', 'tier-2', 'tier-3']);
    expect(m.phases.map((p) => p.value)).toEqual(['prevention', 'pre-emption', 'response', 'consolidation']);
    expect(m.cells).toEqual([
      [['OBJ-2', 'OBJ-3'], [], [], []],
      [[], ['OBJ-1'], ['OBJ-4'], []],
      [[], [], [], ['OBJ-5', 'OBJ-6']],
    ]);
    expect(m.unplaced).toEqual([]);
  });

  test('an objective without a phase is listed as not placed', () => {
    const s = demo();
    for (const sec of s.sections) for (const b of sec.content) if (b.t === 'block' && b.id === 'OBJ-4') delete b.fields.phase;
    expect(tierPhaseMatrix(objectives(s), spec)!.unplaced).toEqual(['OBJ-4']);
  });

  test('a tailored objective without a phase field gives no grid', () => {
    expect(tierPhaseMatrix([], { ...spec, fields: spec.fields.filter((f) => f.name !== 'phase') })).toBeUndefined();
  });
});
