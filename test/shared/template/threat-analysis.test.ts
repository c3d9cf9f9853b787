/**
 * Checklist: the Analysis of Threats and Perpetrators template follows Annex B I —
 * one card per perpetrator, described under the annex's seven elements, and the
 * threat matrix's threats may link their perpetrator to a card.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import { enumValues, expectBlockField, expectRequiredSection, expectSectionHolds } from './expect-template.js';

const templates = TemplateSet.builtin();
const t = templates.get('threat-analysis');

describe('threat analysis template', () => {
  it('has a required section of perpetrators holding at least one card', () => {
    expectRequiredSection(t, '2', /^Perpetrators$/);
    expectSectionHolds(t, '2', 'perpetrator', 1);
  });

  it('names each perpetrator and the kind of actor: state or international forces, armed groups, criminals, civilians', () => {
    expectBlockField(t, 'perpetrator', 'name', 'text', true);
    expect(enumValues(expectBlockField(t, 'perpetrator', 'actorType', 'enum', true))).toEqual(['state-forces', 'international-forces', 'armed-group', 'criminals', 'civilians']);
  });

  it.each([
    ['profile', /nature, identity and profile/i],
    ['motivation', /motivation, interest or intent/i],
    ['capabilities', /structure, capabilities and resources/i],
    ['presence', /presence and deployments/i],
    ['relations', /relations/i],
    ['tactics', /mode of action/i],
    ['history', /history/i],
  ])('describes the element %s as rich text (%s)', (name, label) => {
    expect(expectBlockField(t, 'perpetrator', name, 'richtext').label).toMatch(label);
  });

  it('tells strategic, opportunistic and accidental violence apart', () => {
    expect(enumValues(expectBlockField(t, 'perpetrator', 'violencePattern', 'enum'))).toEqual(['strategic', 'opportunistic', 'accidental']);
  });

  it('asks for no sign-off: Annex B I names no approver', () => {
    expect(t.signoffs).toEqual([]);
  });

  it("is what the threat matrix's perpetrator analysis links to, beside the perpetrator's name, which stays required text", () => {
    const tm = templates.get('threat-matrix');
    expect(expectBlockField(tm, 'threat', 'perpetratorProfile', 'link', false).targets).toEqual(['threat-analysis/perpetrator']);
    expectBlockField(tm, 'threat', 'perpetrator', 'text', true);
  });
});
