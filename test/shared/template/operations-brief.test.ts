/**
 * Checklist: the SRSG Offensive Operations Brief template follows Annex B
 * VIII — information brief, decision brief, action brief, and drafted by /
 * consulted with / approved by.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import { blockTypeOf } from '../../../shared/template/load.js';
import { enumValues, expectBlockField, expectDocField, expectParent, expectRequiredSection, expectSectionHolds } from './expect-template.js';

const t = TemplateSet.builtin().get('operations-brief');

describe('operations brief template: I. information brief', () => {
  it('analyses the target: what, why, where, who and when', () => {
    expectRequiredSection(t, 'I.a', /target analysis/i);
    expectSectionHolds(t, 'I.a', 'target');
    for (const name of ['what', 'where']) expectBlockField(t, 'target', name, 'text', true);
    for (const name of ['why', 'who']) expectBlockField(t, 'target', name, 'richtext', true);
  });

  it('says when: immediate, when ready or contingency', () => {
    expect(enumValues(expectBlockField(t, 'target', 'when', 'enum', true))).toEqual(['immediate', 'when-ready', 'contingency']);
  });

  it('states the legal basis', () => {
    expectRequiredSection(t, 'I.b', /legal basis/i);
  });

  it.each([
    ['I.c.i', /^political$/i],
    ['I.c.ii', /^socio-economic$/i],
    ['I.c.iii', /^protection of civilians$/i],
    ['I.c.iv', /^security$/i],
  ])('weighs the %s impact (%s) with pros and cons', (id, title) => {
    expectRequiredSection(t, id, title);
    expectParent(t, id, 'I.c');
    expectSectionHolds(t, id, 'impact');
  });

  it('records the pros and the cons of each impact', () => {
    expectBlockField(t, 'impact', 'pros', 'richtext', true);
    expectBlockField(t, 'impact', 'cons', 'richtext', true);
  });
});

describe('operations brief template: II. decision brief', () => {
  it("has the Force Commander's assessment and intent", () => {
    expectRequiredSection(t, 'II.a', /Force Commander's assessment and intent/);
  });

  it('lays out options 1 to n, each with outline, pros, cons, collateral damage and mitigation', () => {
    expectSectionHolds(t, 'II.b', 'option', 2);
    for (const name of ['outline', 'pros', 'cons', 'collateralDamage', 'mitigation']) expectBlockField(t, 'option', name, 'richtext', true);
  });

  it("records the Force Commander's recommendation as a link to an option", () => {
    expectRequiredSection(t, 'II.c', /Force Commander's recommendation/);
    expectSectionHolds(t, 'II.c', 'recommendation');
    expect(expectBlockField(t, 'recommendation', 'option', 'link', true).targets).toEqual(['option']);
  });

  it('records consultation with UNHQ and national and regional partners', () => {
    expect(t.consultation?.section).toBe('II.d');
    expect(t.consultation?.blockType).toBe('consultation');
    expect(t.consultation?.parties.map((p) => p.id)).toEqual(['unhq', 'national-regional-partners']);
    expectSectionHolds(t, 'II.d', 'consultation');
    expectBlockField(t, 'consultation', 'party', 'enum', true);
    expectBlockField(t, 'consultation', 'outcome', 'richtext', true);
  });

  it("keeps a place for the SRSG's decision, which is the SRSG's sign-off: only an optional comment is written there", () => {
    const e = t.sections.find((s) => s.id === 'II.e')!;
    expect(e.title).toMatch(/SRSG's decision/);
    expect(e.required).toBe(false);
    expect(e.blocks).toEqual([{ type: 'decision', min: 0 }]);
    expect(blockTypeOf(t, 'decision')!.fields.map((f) => [f.name, f.label, f.required])).toEqual([['decision', "SRSG's comment", false]]);
  });

  it('asks for the consultations before the SRSG signs', () => {
    expect(t.consultation?.parties.map((p) => p.before)).toEqual(['signoff:srsg', 'signoff:srsg']);
  });
});

describe('operations brief template: III. action brief', () => {
  it.each([
    ['III.a.i', /force HQ/i],
    ['III.a.ii', /civilian pillars/i],
    ['III.a.iii', /DMS/],
    ['III.a.iv', /heads of office/i],
  ])('tasks %s (%s)', (id, title) => {
    expectRequiredSection(t, id, title);
    expectParent(t, id, 'III.a');
  });

  it('plans communication: what, when, to whom, by whom', () => {
    expectSectionHolds(t, 'III.b', 'communication');
    const labels = blockTypeOf(t, 'communication')!.fields.map((f) => f.label);
    expect(labels).toEqual(['What', 'When', 'To whom', 'By whom']);
  });

  it('sets an operational security timeline for information, coordination and action', () => {
    expectRequiredSection(t, 'III.c', /operational security/i);
    expectSectionHolds(t, 'III.c', 'timeline-step');
    expect(enumValues(expectBlockField(t, 'timeline-step', 'stepType', 'enum', true))).toEqual(['information-release', 'coordination', 'action']);
  });
});

describe('operations brief template: drafted by, consulted with, approved by', () => {
  it('records who drafted it and who was consulted', () => {
    expectDocField(t, 'draftedBy', 'person', true);
    expectDocField(t, 'consultedWith', 'text', true);
  });

  it('is signed by the Force Commander first, then by the SRSG, whose sign-off is the decision', () => {
    expect(t.signoffs.map((s) => [s.role, s.step])).toEqual([
      ['force-commander', 1],
      ['srsg', 2],
    ]);
  });
});
