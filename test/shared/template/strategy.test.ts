/**
 * Checklist: the POC Strategy template covers Annex A III (sections A–F and
 * their sub-parts, with the capacity and intent of the State and other
 * protection actors of E.4.1 in B), the consultation parties and the
 * dissemination of Annex A II, the tiers and phases of E.2–E.3,
 * endorsement, timing and links.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import { BUILTIN_TEMPLATE_SOURCES } from '../../../shared/template/builtin.js';
import { loadTemplate } from '../../../shared/template/load.js';
import {
  enumValues,
  expectBlockField,
  expectDocField,
  expectParent,
  expectRequiredSection,
  expectSectionHolds,
} from './expect-template.js';

const t = TemplateSet.builtin().get('strategy');

describe('strategy template: sections of Annex A III', () => {
  it.each([
    ['A', /purpose, scope and key principles/i],
    ['A.1', /^purpose$/i],
    ['A.1.1', /benchmarks/i],
    ['A.2', /^scope$/i],
    ['A.2.1', /compliance/i],
    ['A.2.2', /objectives/i],
    ['A.2.3', /references, alignment and existing strategies/i],
    ['A.2.3.2', /CONOPS, ROE and DUF/],
    ['A.2.4', /reviewing the strategy/i],
    ['A.3', /key principles/i],
    ['B', /strategic threat assessment/i],
    ['B.1', /sources of threats/i],
    ['B.2', /populations at risk and vulnerabilities/i],
    ['B.3', /capacity and intent of the State and other protection actors/i],
    ['C', /response model/i],
    ['D', /roles and responsibilities/i],
    ['E', /engagement and coordination/i],
    ['F', /preparedness/i],
  ])('has required section %s (%s)', (id, title) => {
    expectRequiredSection(t, id, title);
  });

  it('keeps sections A to F at the top level, in the order of the annex', () => {
    const top = t.sections.filter((s) => s.level === 1).map((s) => s.id);
    expect(top.slice(0, 6)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('nests the sub-parts of A under purpose and scope', () => {
    expectParent(t, 'A.1.1', 'A.1');
    for (const id of ['A.2.1', 'A.2.2', 'A.2.3', 'A.2.4']) expectParent(t, id, 'A.2');
  });

  it('assesses threats, populations at risk and the capacity and intent of protection actors within B', () => {
    for (const id of ['B.1', 'B.2', 'B.3']) expectParent(t, id, 'B');
  });

  it('names the host State and the other protection actors of E.4.1 in the guidance of B.3', () => {
    const g = expectRequiredSection(t, 'B.3', /./).guidance ?? '';
    for (const actor of [/state/i, /international security forces/i, /civil society/i, /human rights/i, /humanitarian/i, /development/i]) expect(g).toMatch(actor);
  });

  it('links the strategy to the Integrated Strategic Framework, optional outside integrated missions', () => {
    const isf = t.sections.find((s) => s.id === 'A.2.3.1');
    expect(isf?.title).toMatch(/Integrated Strategic Framework \(ISF\)/);
    expect(isf?.parent).toBe('A.2.3');
  });

  it('asks for the response across the three tiers', () => {
    expectRequiredSection(t, 'C.1.1', /Tier I\b.*dialogue and engagement/i);
    expectRequiredSection(t, 'C.1.2', /Tier II\b.*physical protection/i);
    expectRequiredSection(t, 'C.1.3', /Tier III\b.*protective environment/i);
  });

  it('asks for the response across the four phases', () => {
    const phases = ['C.2.1', 'C.2.2', 'C.2.3', 'C.2.4'].map((id) => expectRequiredSection(t, id, /./).title);
    expect(phases).toEqual(['Prevention', 'Pre-emption', 'Response', 'Consolidation']);
  });

  it.each([
    ['E.1', /within the mission/i],
    ['E.2', /host authorities/i],
    ['E.3', /local communities/i],
    ['E.4', /non-state armed groups/i],
    ['E.5', /UN protection actors, humanitarian organizations and NGOs/i],
  ])('covers engagement and coordination area %s (%s)', (id, title) => {
    expectRequiredSection(t, id, title);
    expectParent(t, id, 'E');
  });

  it.each([
    ['F.1', /information gathering and sharing/i],
    ['F.2', /early warning systems and crisis response/i],
    ['F.3', /capacities, resources and national caveats/i],
    ['F.4', /expectations management/i],
    ['F.5', /monitoring, reporting and evaluation/i],
    ['F.6', /training/i],
  ])('covers preparedness area %s (%s)', (id, title) => {
    expectRequiredSection(t, id, title);
    expectParent(t, id, 'F');
  });
});

describe('strategy template: typed blocks', () => {
  it('records objectives with timeframe, tier and benchmark, at least one per timeframe', () => {
    expectSectionHolds(t, 'A.2.2', 'objective', 3);
    expectBlockField(t, 'objective', 'objective', 'text', true);
    expect(enumValues(expectBlockField(t, 'objective', 'timeframe', 'enum', true))).toEqual(['immediate', 'medium-term', 'long-term']);
    expect(enumValues(expectBlockField(t, 'objective', 'tier', 'enum', true))).toEqual(['tier-1', 'tier-2', 'tier-3']);
    expectBlockField(t, 'objective', 'benchmark', 'richtext', true);
  });

  it('records each source of threat with the threats it poses', () => {
    expectSectionHolds(t, 'B.1', 'threat-source');
    expectBlockField(t, 'threat-source', 'source', 'text', true);
    expectBlockField(t, 'threat-source', 'threats', 'richtext', true);
  });

  it('records each population at risk with its vulnerabilities', () => {
    expectSectionHolds(t, 'B.2', 'population-at-risk');
    expectBlockField(t, 'population-at-risk', 'population', 'text', true);
    expectBlockField(t, 'population-at-risk', 'vulnerabilities', 'richtext', true);
  });

  it('records the role of each mission component', () => {
    expectSectionHolds(t, 'D', 'role');
    expectBlockField(t, 'role', 'component', 'text', true);
    expectBlockField(t, 'role', 'responsibilities', 'richtext', true);
  });

  it('records consultations with party, date, method and outcome', () => {
    expectBlockField(t, 'consultation', 'party', 'enum', true);
    expectBlockField(t, 'consultation', 'date', 'date', true);
    expectBlockField(t, 'consultation', 'method', 'text');
    expectBlockField(t, 'consultation', 'outcome', 'richtext', true);
  });
});

describe('strategy template: drafting process of Annex A II', () => {
  it('lists the seven consultation parties, in the order of the annex', () => {
    expect(t.consultation?.parties.map((p) => p.id)).toEqual([
      'host-government',
      'non-state-armed-groups',
      'local-population',
      'unhq',
      'in-mission',
      'protection-actors',
      'security-council-tpccs',
    ]);
  });

  it('makes consulting non-state armed groups optional and every other party required', () => {
    const optional = t.consultation!.parties.filter((p) => !p.required).map((p) => p.id);
    expect(optional).toEqual(['non-state-armed-groups']);
  });

  it('records consultations as consultation blocks in a required section', () => {
    expect(t.consultation?.blockType).toBe('consultation');
    expectSectionHolds(t, t.consultation!.section, 'consultation');
    expectRequiredSection(t, t.consultation!.section, /consultation/i);
  });

  it('includes local groups at risk in the local population party', () => {
    const local = t.consultation!.parties.find((p) => p.id === 'local-population')!;
    expect(local.label).toMatch(/groups at risk/i);
  });

  it('keeps a record of dissemination after the consultation record, optional while drafting', () => {
    const top = t.sections.filter((s) => s.level === 1).map((s) => s.id);
    expect(top.slice(6)).toEqual(['G', 'H']);
    const h = t.sections.find((s) => s.id === 'H');
    expect(h?.title).toMatch(/dissemination/i);
    expect(h?.required).toBe(false);
    expect(h?.guidance).toMatch(/Protection Cluster/);
    expectSectionHolds(t, 'H', 'dissemination', 0);
  });

  it('plans each dissemination with its audience, recipients, form (full or summary) and an optional planned date, all before endorsement', () => {
    expect(enumValues(expectBlockField(t, 'dissemination', 'audience', 'enum', true))).toEqual(['mission-components', 'protection-cluster', 'other-partners']);
    expectBlockField(t, 'dissemination', 'recipients', 'text', true);
    expect(expectBlockField(t, 'dissemination', 'date', 'date', false).label).toBe('Planned date');
    expect(enumValues(expectBlockField(t, 'dissemination', 'form', 'enum', true))).toEqual(['full', 'summary']);
  });

  it('is endorsed by the Head of Mission and by the RC/HC for the UNCT, in either order (one step), with "unct" kept as an alias', () => {
    expect(t.signoffs.map((s) => [s.role, s.step])).toEqual([
      ['head-of-mission', 1],
      ['rc-hc', 1],
    ]);
    expect(t.signoffs[1]).toMatchObject({ label: 'Resident/Humanitarian Coordinator (for the UNCT)', aliases: ['unct'] });
  });

  it('has a three-month drafting target and a one-year validity', () => {
    expect(t.review).toMatchObject({ draftingDays: 90, validityDays: 365 });
  });

  it('records drafting office, drafting start, timeframe and review date', () => {
    expectDocField(t, 'draftingOffice', 'text', true);
    expectDocField(t, 'draftingStarted', 'date', true);
    expectDocField(t, 'validFrom', 'date');
    expectDocField(t, 'validUntil', 'date');
    expectDocField(t, 'reviewDate', 'date', true);
  });

  it('links to its Action Plan and Threat Matrix', () => {
    expect(expectDocField(t, 'actionPlan', 'link').targets).toEqual(['action-plan']);
    expect(expectDocField(t, 'threatMatrix', 'link').targets).toEqual(['threat-matrix']);
  });
});

describe('tailoring the strategy: what the loader refuses in its sign-offs and consultation timing', () => {
  const errors = (from: string, to: string) => {
    const text = BUILTIN_TEMPLATE_SOURCES.strategy.replace(from, to);
    expect(text).not.toBe(BUILTIN_TEMPLATE_SOURCES.strategy);
    const r = loadTemplate(text, 'strategy.yaml');
    return r.ok ? [] : r.errors.map((e) => e.message);
  };

  it('the UNHQ party must be consulted before a date field of the document', () => {
    expect(t.consultation?.parties.find((p) => p.id === 'unhq')?.before).toBe('draftingStarted');
    expect(errors('before: draftingStarted', 'before: draftingOffice')).toEqual([expect.stringMatching(/"draftingOffice", which is not a date field of the document/)]);
  });

  it('an alias may not be the name of another office', () => {
    expect(errors('aliases: [unct]', 'aliases: [head-of-mission]')).toEqual([expect.stringMatching(/"head-of-mission" is an alias of "rc-hc" and also an office/)]);
  });

  it('steps are given to every sign-off or to none', () => {
    expect(errors('    step: 1\n    aliases', '    aliases')).toEqual(['give every sign-off a step, or none (then they sign in the order listed)']);
  });
});
