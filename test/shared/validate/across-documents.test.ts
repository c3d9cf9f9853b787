// The links the planning documents promise one another, checked on the demo vault: clean as written, firing on a minimal change.
import { describe, expect, test } from 'vitest';
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { LinkIndex } from '../../../shared/links/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { editBlock as edit } from './demo-docs.js';
import { check, withCode } from './helpers.js';

const templates = TemplateSet.builtin();
const TODAY = '2026-11-24';
const vault = () => renderDemoVault(templates).map((f) => f.model);
const ofType = (models: DocModel[], type: string, office?: string) =>
  models.find((m) => m.meta.type === type && (office === undefined || String(m.meta.fields.office).startsWith(office)))!;

/** Validates `model` as the CLI does in a vault made of `models`: links resolved and links into blocks known. */
function inVault(model: DocModel, models: DocModel[]) {
  const index = LinkIndex.build([model, ...models.filter((m) => m.meta.id !== model.meta.id)], templates);
  return check(model, { today: TODAY, ...index.validationLookups() });
}

const CODES = ['threat-not-addressed', 'objective-resources-missing', 'capability-tier-mismatch'];

test('the demo vault breaks none of the rules across documents', () => {
  const models = vault();
  expect(models.flatMap((m) => inVault(m, models)).filter((d) => CODES.includes(d.code))).toEqual([]);
});

describe('threat-not-addressed', () => {
  test("Sector South's imminent T-2 is not addressed once the action serving it (A-20) serves nothing", () => {
    const models = vault();
    const ap = edit(ofType(models, 'action-plan'), 'A-20', { serves: undefined });
    const south = ofType(models, 'threat-matrix', 'Sector South');
    const d = withCode(inVault(south, models.map((m) => (m.meta.id === ap.meta.id ? ap : m))), 'threat-not-addressed');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '2', block: 'T-2' } })]);
    expect(d[0].message).toMatch(/is imminent, but no action of the POC Action Plan serves it.*E\.4\.2, para\. 53/);
  });

  test("Sector South's catastrophic T-1 (2 × 5) counts as a priority: without A-19 it is not addressed", () => {
    const models = vault();
    const ap = edit(ofType(models, 'action-plan'), 'A-19', { serves: undefined });
    const d = withCode(inVault(ofType(models, 'threat-matrix', 'Sector South'), models.map((m) => (m.meta.id === ap.meta.id ? ap : m))), 'threat-not-addressed');
    expect(d.map((x) => x.location.block)).toEqual(['T-1']);
    expect(d[0].message).toMatch(/catastrophic impact/);
  });

  test('a threat of low risk, not imminent, needs no action (T-3 of Sector South, 2 × 3)', () => {
    const models = vault();
    const south = ofType(models, 'threat-matrix', 'Sector South');
    expect(inVault(south, models.filter((m) => m.meta.type !== 'action-plan')).filter((d) => d.code === 'threat-not-addressed').map((d) => d.location.block)).not.toContain('T-3');
  });

  test('without the links into its blocks (a lone file, the editor) the rule is not run', () => {
    expect(withCode(check(ofType(vault(), 'threat-matrix', 'Sector South'), { today: TODAY }), 'threat-not-addressed')).toEqual([]);
  });
});

describe('objective-resources-missing', () => {
  test('an objective whose only resources row (CAP-6, OBJ-5) links elsewhere is a warning on the objective', () => {
    const models = vault();
    const rc = ofType(models, 'resources-matrix');
    const moved = edit(rc, 'CAP-6', { strategyObjective: [{ t: 'p', content: [{ t: 'link', docId: ofType(models, 'strategy').meta.id, blockId: 'OBJ-6' }] }] });
    const d = withCode(inVault(ofType(models, 'strategy'), models.map((m) => (m.meta.id === rc.meta.id ? moved : m))), 'objective-resources-missing');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'A.2.2', block: 'OBJ-5' } })]);
    expect(d[0].message).toMatch(/Annex B IX/);
  });

  test('a strategy that names no Resources & Capabilities Matrix is not asked for rows', () => {
    const models = vault();
    const s = structuredClone(ofType(models, 'strategy'));
    delete s.meta.fields.resourcesMatrix;
    expect(withCode(inVault(s, models.filter((m) => m.meta.type !== 'resources-matrix')), 'objective-resources-missing')).toEqual([]);
  });
});

describe('capability-tier-mismatch', () => {
  test('a Tier III objective (OBJ-6) assessed by a row under Tier I is a warning on that row', () => {
    const models = vault();
    const rc = ofType(models, 'resources-matrix');
    const s = ofType(models, 'strategy');
    const moved = edit(rc, 'CAP-1', { strategyObjective: [{ t: 'p', content: [{ t: 'link', docId: s.meta.id, blockId: 'OBJ-6' }] }] });
    const d = withCode(inVault(moved, models), 'capability-tier-mismatch');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '1', block: 'CAP-1', field: 'strategyObjective' } })]);
    expect(d[0].message).toMatch(/the tier of section 3 "Tier III — Establishment of a protective environment"/);
  });
});
