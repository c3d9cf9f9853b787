/**
 * Checklist: the POC Threat Matrix template carries the seven columns of
 * Annex B III, the risk assessment of E.4.1, its review cadence, the
 * consultation procedure and approval by the Head of Office.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import type { FieldKind } from '../../../shared/template/schema.js';
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
