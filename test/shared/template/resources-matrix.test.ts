/**
 * Checklist: the Resources & Capabilities Matrix template follows Annex B IX —
 * per tier, objectives and activities set against resources, capabilities,
 * gaps, a red/orange/green criticality and recommendations.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import { enumValues, expectBlockField, expectRequiredSection, expectSectionHolds } from './expect-template.js';

const t = TemplateSet.builtin().get('resources-matrix');

describe('resources matrix template', () => {
  it.each([
    ['1', /^Tier I\b/],
    ['2', /^Tier II\b/],
    ['3', /^Tier III\b/],
  ])('has a section for %s (%s) holding capability rows', (id, title) => {
    expectRequiredSection(t, id, title);
    expectSectionHolds(t, id, 'capability', 1);
  });

  it('states the objective and activities of each row', () => {
    expectBlockField(t, 'capability', 'objective', 'text', true);
    expectBlockField(t, 'capability', 'activities', 'richtext', true);
  });

  it('sets existing resources and current capabilities against the gaps', () => {
    expectBlockField(t, 'capability', 'existingResources', 'richtext', true);
    expectBlockField(t, 'capability', 'currentCapabilities', 'richtext', true);
    expectBlockField(t, 'capability', 'gaps', 'richtext');
  });

  it('rates criticality red, orange or green', () => {
    expect(enumValues(expectBlockField(t, 'capability', 'criticality', 'enum', true))).toEqual(['red', 'orange', 'green']);
  });

  it('makes recommendations', () => {
    expectBlockField(t, 'capability', 'recommendations', 'richtext');
  });
});
