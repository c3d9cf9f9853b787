/**
 * Checklist: the Protection Matrix template follows Annex B V — places ranked
 * 1 (must), 2 (should) or 3 (could protect), described by the security,
 * population-movement and access indicators, with the Cluster's recommendations
 * for the short, mid and long term and the Force's decision.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import { enumValues, expectBlockField, expectRequiredSection, expectSectionHolds } from './expect-template.js';

const t = TemplateSet.builtin().get('protection-matrix');

describe('protection matrix template', () => {
  it('has a required section of locations holding at least one', () => {
    expectRequiredSection(t, '2', /^Locations$/);
    expectSectionHolds(t, '2', 'location', 1);
  });

  it('ranks each location must, should or could protect, labelled 1 to 3', () => {
    const rank = expectBlockField(t, 'location', 'rank', 'enum');
    expect(enumValues(rank)).toEqual(['must', 'should', 'could']);
    expect(rank.values!.map((v) => v.label)).toEqual([expect.stringMatching(/^1\b.*Must/), expect.stringMatching(/^2\b.*Should/), expect.stringMatching(/^3\b.*Could/)]);
  });

  it.each(['securitySituation', 'populationMovement', 'accessAndPresence'])('describes the indicator group %s as rich text', (name) => {
    expectBlockField(t, 'location', name, 'richtext');
  });

  it.each(['recommendationsShort', 'recommendationsMid', 'recommendationsLong'])('holds the recommendations %s', (name) => {
    expectBlockField(t, 'location', name, 'richtext');
  });

  it("records the Force's decision, and the Force Commander signs", () => {
    expectBlockField(t, 'location', 'forceDecision', 'richtext');
    expect(t.signoffs.map((s) => s.role)).toEqual(['force-commander']);
  });

  it('names the Protection Cluster, the area and when the matrix was discussed; the area is what an office held for an area signs', () => {
    expect(t.fields.filter((f) => f.required).map((f) => f.name)).toEqual(['area', 'protectionCluster', 'discussedOn']);
    expect(t.area).toBe('area');
  });
});
