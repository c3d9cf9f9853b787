/**
 * Checklist: the POC Threat Matrix template carries the seven columns of
 * Annex B III and the status of each response (to monitor implementation),
 * the risk assessment and threat types of E.4.1, its review cadence, the
 * consultation procedure and approval by the Head of Office.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import type { FieldKind } from '../../../shared/template/template-schema.js';
import { enumValues, expectBlockField, expectDocField, expectRequiredSection, expectSectionHolds } from './expect-template.js';

const t = TemplateSet.builtin().get('threat-matrix');

describe('threat matrix template: one row per threat', () => {
  it('holds the threats in a required section', () => {
    expectSectionHolds(t, '2', 'threat', 1);
    expectRequiredSection(t, '2', /threats/i);
  });

  it.each<[string, FieldKind]>([
    ['location', 'text'],
    ['threat', 'text'],
    ['populations', 'richtext'],
    ['otherActors', 'richtext'],
    ['response', 'richtext'],
    ['resources', 'richtext'],
    ['recommendations', 'richtext'],
  ])('has the annex column %s', (name, kind) => {
    expectBlockField(t, 'threat', name, kind);
  });

  it('rates likelihood and impact from 1 to 5', () => {
    expectBlockField(t, 'threat', 'likelihood', 'rating', true);
    expectBlockField(t, 'threat', 'impact', 'rating', true);
  });

  it('records type of threat, perpetrator and imminence', () => {
    expect(enumValues(expectBlockField(t, 'threat', 'threatType', 'enum', true))).toEqual(
      expect.arrayContaining(['killing-and-maiming', 'sexual-violence']),
    );
    expectBlockField(t, 'threat', 'perpetrator', 'text', true);
    expectBlockField(t, 'threat', 'imminent', 'boolean');
  });

  it('counts attacks on life-saving civilian objects, livelihoods and schools as a type of threat (E.4.1, paragraph 45)', () => {
    const type = expectBlockField(t, 'threat', 'threatType', 'enum', true).values?.find((v) => v.value === 'attacks-on-civilian-objects');
    expect(type?.label).toMatch(/civilian objects, livelihoods or schools/i);
    expect(type?.guidance).toMatch(/health/i);
  });

  it("tracks how far each threat's response is carried out, with the Action Plan's status values", () => {
    const status = expectBlockField(t, 'threat', 'responseStatus', 'enum', false);
    const actionStatus = TemplateSet.builtin().get('action-plan').blockTypes.find((b) => b.type === 'action')!.fields.find((f) => f.name === 'status')!;
    expect(enumValues(status)).toEqual(enumValues(actionStatus));
    expect(enumValues(status)).toEqual(['not-started', 'in-progress', 'done', 'blocked']);
  });

  it('places the response in a tier and a phase', () => {
    expect(enumValues(expectBlockField(t, 'threat', 'tier', 'enum'))).toEqual(['tier-1', 'tier-2', 'tier-3']);
    expect(enumValues(expectBlockField(t, 'threat', 'phase', 'enum'))).toEqual(['prevention', 'pre-emption', 'response', 'consolidation']);
  });

  it('names the responsible components and flags gaps', () => {
    expectBlockField(t, 'threat', 'responsibleComponents', 'text');
    expectBlockField(t, 'threat', 'gap', 'boolean');
  });
});

describe('threat matrix template: the matrix as a whole', () => {
  it('records its area or office', () => {
    expectDocField(t, 'office', 'text', true);
  });

  it('is reviewed weekly or monthly, and records the last review', () => {
    expect(enumValues(expectDocField(t, 'reviewCadence', 'enum', true))).toEqual(['weekly', 'monthly']);
    expectDocField(t, 'lastReview', 'date', true);
  });

  it('describes the consultation procedure in a required section', () => {
    const s = expectRequiredSection(t, '3', /consultation/i);
    expect(s.guidance).toMatch(/UNCT/);
    expect(s.guidance).toMatch(/Head of Mission/);
  });

  it('is approved by the Head of Office', () => {
    expect(t.signoffs.map((s) => s.role)).toEqual(['head-of-office']);
  });
});
