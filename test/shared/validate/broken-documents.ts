// Broken documents that between them make validation say nearly everything it can: the sample the tests of the
// messages' languages run in every language (messages-in-french.test.ts). Each is a model, its context and its template.
import { renderDemoVault } from '../../../scripts/demo/render.js';
import { contentHash } from '../../../shared/hash/canonical.js';
import { LinkIndex } from '../../../shared/links/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import type { Template } from '../../../shared/template/load.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';
import type { ValidationContext } from '../../../shared/validate/index.js';
import { link, links, ModelBuilder, rich } from '../../support/build-model.js';
import { DEMO_TODAY, demoDoc, demoResolver, editBlock, editFields } from './demo-docs.js';
import { filled, signoff, template, TODAY } from './helpers.js';

/** A document to validate: its model, what validation is told besides, and the template it is checked against. */
export interface Broken {
  name: string;
  model: DocModel;
  context: ValidationContext;
  template: Template;
}

const templates = TemplateSet.builtin();

function broken(name: string, model: DocModel, context: Partial<ValidationContext> = {}, t: Template = template(model.meta.type)): Broken {
  return { name, model, context: { today: TODAY, ...context }, template: t };
}

/** Empty and filled documents of every type: required sections and fields, consultations, approvals, dates. */
function everyType(): Broken[] {
  return DOC_TYPES.flatMap((type) => {
    const b = ModelBuilder.of(type);
    for (const s of template(type).sections) b.section(s.id);
    const empty = b.status('approved').field('odd', 1).meta({ title: '' }).build();
    return [
      broken(`an empty approved ${type}`, empty, { signoffs: [signoff('unct'), signoff('nobody')], problems: [{ message: 'x' }] }),
      broken(`an approved ${type} nobody can verify`, empty),
      broken(`a filled ${type} years later`, filled(type).build(), { today: '2031-03-01' }),
      broken(`a ${type} checked against another template`, filled(type).meta({ templateVersion: 99 }).build(), {}, template(type === 'strategy' ? 'action-plan' : 'strategy')),
      broken(`a ${type} of another template version`, filled(type).meta({ templateVersion: 99 }).build()),
      broken(`a ${type} missing its first section`, filled(type).withoutSection(template(type).sections[0]!.id).build()),
    ];
  });
}

/** A threat matrix with wrong values, unknown and misplaced blocks, repeated ids and sections, and broken links. */
function threatMatrices(): Broken[] {
  const odd = filled('threat-matrix')
    .setFields('T-1', { likelihood: 9, threatType: 'x', imminent: true, responseStatus: 'blocked', response: undefined, responsibleComponents: undefined, gap: true, recommendations: undefined })
    .setFields('T-1', { populations: rich('Villages near [[Kalo'), odd: 'x', threat: undefined })
    .text('1', 'See ', link('threat-matrix-1', 'T-404'), ' and [[Kibati')
    .block('2', 'nonsense', 'X-1')
    .block('1', 'threat', 'T-90', { threat: 'Elsewhere' });
  const model = odd.build();
  model.sections.push(structuredClone(model.sections.find((s) => s.id === '2')!), { ...structuredClone(model.sections[0]!), id: '9', title: 'Notes' });
  const kinds = filled('threat-matrix').setFields('T-1', { imminent: 'yes', likelihood: 2.5, impact: 5, perpetratorProfile: links(link('threat-matrix-1', 'T-1')), links: links(link('elsewhere', 'OBJ-1'), link('broken', 'P-1'), link('broken', 'P-2')) });
  const lookups = { resolve: () => undefined, unreadable: (id: string) => (id === 'broken' ? 'broken.md' : undefined) };
  return [
    broken('a threat matrix with odd values and odd blocks', model),
    broken('a threat matrix with values of the wrong kind and broken links', kinds.field('lastReview', '2026-02-30').build(), lookups),
    broken('an imminent threat whose response has not started', filled('threat-matrix').setFields('T-1', { imminent: true, responseStatus: 'not-started' }).build()),
  ];
}

/** A strategy whose frame, companions, consultations, dissemination and sign-offs all go wrong. */
function strategies(): Broken[] {
  const b = filled('strategy');
  const objectives = b.blocks('objective');
  const first = objectives[0]!.fields;
  for (const o of objectives) b.setFields(o.id, { timeframe: first.timeframe, tier: first.tier, phase: first.phase });
  const unhq = b.blocks('consultation').find((x) => x.fields.party === 'unhq')!;
  b.setFields(unhq.id, { date: '2026-06-25' });
  const other = b.blocks('consultation').find((x) => x.fields.party !== 'unhq')!;
  b.setFields(other.id, { outcome: undefined });
  b.withoutBlocks(...b.blocks('dissemination').map((x) => x.id));
  const model = b.field('actionPlan', undefined).field('threatMatrix', undefined).field('validUntil', '2030-01-01').field('reviewDate', '2030-01-01').build();
  const linked = filled('strategy').field('actionPlan', 'nowhere').field('threatMatrix', 'threat-matrix-1').build();
  return [
    broken('a strategy with its frame wrong', model, { signoffs: [signoff('head-of-mission')] }),
    broken('a strategy in review approved out of order', filled('strategy').status('in-review').build(), { signoffs: [signoff('head-of-mission'), signoff('rc-hc', 'rejected')] }),
    broken('a strategy linking documents that are not there or of the wrong type', linked, { resolveDocument: (id) => (id === 'nowhere' ? undefined : { type: 'action-plan' }) }),
  ];
}

/** Sign-offs of `model` by the offices `roles`, for exactly its text. */
function briefSignoffs(model: DocModel, ...roles: string[]) {
  return roles.map((role, i) => ({ ...signoff(role, 'approved', `2026-06-1${i}T09:00:00Z`), docId: model.meta.id, docType: 'operations-brief', contentHash: contentHash(model) }));
}

/** The brief's template with collateral damage left optional, as a mission's tailored copy may: then a rule asks for it. */
function optionalCollateralDamage(): Template {
  const base = template('operations-brief');
  return { ...base, blockTypes: base.blockTypes.map((bt) => (bt.type === 'option' ? { ...bt, fields: bt.fields.map((f) => (f.name === 'collateralDamage' ? { ...f, required: false } : f)) } : bt)) };
}

/** Operations briefs: decisions before consultations, typed decisions, recommendations and options, version 1. */
function briefs(): Broken[] {
  const b = filled('operations-brief').status('in-review');
  const unhq = b.blocks('consultation').find((x) => x.fields.party === 'unhq')!.id;
  const early = b.setFields(unhq, { outcome: undefined }).build();
  const typed = filled('operations-brief').setFields('DEC-1', { decision: rich('Approved.') });
  const options = typed.blocks('option').map((o) => o.id);
  typed.setFields(options[0]!, { collateralDamage: undefined });
  const recommendation = typed.blocks('recommendation')[0]!.id;
  const two = filled('operations-brief');
  two.setFields(two.blocks('recommendation')[0]!.id, { option: links(...two.blocks('option').map((o) => link(two.build().meta.id, o.id))) });
  const v1 = demoDoc('operations-brief');
  v1.meta.templateVersion = 1;
  v1.sections.find((s) => s.id === 'II.e')!.content = [
    { t: 'block', type: 'decision', id: 'DEC-1', fields: { decision: rich('The SRSG approves OPT-1.'), option: links(link(v1.meta.id, 'OPT-1')), date: '2026-11-19' } },
  ];
  const demo = { today: DEMO_TODAY, ...demoResolver() };
  return [
    broken("an SRSG's approval before the consultations", early, { signoffs: briefSignoffs(early, 'force-commander', 'srsg') }),
    broken("a typed SRSG's comment, an option without collateral damage, a recommendation linking the brief's decision", typed.setFields(recommendation, { option: links(link('operations-brief-1', 'DEC-1')) }).build(), { signoffs: [] }),
    broken('a recommendation naming every option', two.build()),
    broken('a recommendation naming none', filled('operations-brief').setFields(recommendation, { option: undefined }).build()),
    broken('a brief with one option where two are needed', filled('operations-brief').withoutBlocks('OPT-2').build()),
    broken('an option silent on collateral damage, where the template leaves it optional', filled('operations-brief').setFields('OPT-1', { collateralDamage: undefined }).build(), {}, optionalCollateralDamage()),
    broken('a version-1 brief', v1, demo),
    broken('a version-1 brief the SRSG signed', v1, { ...demo, signoffs: [{ ...signoff('srsg'), docId: v1.meta.id, docType: 'operations-brief', templateVersion: 1, contentHash: contentHash(v1) }] }),
  ];
}

/** The demo's other documents with their own rules broken: resources, protection, perpetrators, and the rules across documents. */
function demoDocuments(): Broken[] {
  const demo = { today: DEMO_TODAY, ...demoResolver() };
  const resources = demoDoc('resources-matrix');
  const rows = resources.sections.flatMap((s) => s.content.filter((i) => i.t === 'block' && i.type === 'capability')) as Array<{ id: string }>;
  const red = editBlock(editBlock(resources, rows[0]!.id, { criticality: 'red', gaps: undefined, recommendations: undefined }), rows[1]!.id, { criticality: 'orange', gaps: undefined, recommendations: undefined });
  const protection = editBlock(editBlock(demoDoc('protection-matrix'), 'LOC-3', { rank: undefined, securitySituation: undefined, recommendationsMid: undefined }), 'LOC-1', { rank: 'must', forceDecision: undefined });
  const analysis = demoDoc('threat-analysis');
  const perpetrator = analysis.sections.flatMap((s) => s.content).find((i) => i.t === 'block' && i.type === 'perpetrator') as { id: string };
  const vault = renderDemoVault(templates).map((f) => f.model);
  const ofType = (type: string, office?: string) => vault.find((m) => m.meta.type === type && (office === undefined || String(m.meta.fields.office).startsWith(office)))!;
  const strategy = ofType('strategy');
  const movedRow = editBlock(ofType('resources-matrix'), 'CAP-1', { strategyObjective: [{ t: 'p', content: [{ t: 'link', docId: strategy.meta.id, blockId: 'OBJ-6' }] }] });
  const lonely = vault.filter((m) => m.meta.type !== 'action-plan' && m.meta.type !== 'resources-matrix');
  const inVault = (model: DocModel, models: DocModel[]) => ({ today: DEMO_TODAY, ...LinkIndex.build([model, ...models.filter((m) => m.meta.id !== model.meta.id)], templates).validationLookups() });
  return [
    broken('red and orange rows saying nothing of their gaps', red, demo),
    broken('protected places without rank, indicators, terms or decision', protection, demo),
    broken('a perpetrator with nothing on their profile', editBlock(analysis, perpetrator.id, { profile: undefined }), demo),
    broken('a threat matrix with nothing serving its threats', ofType('threat-matrix', 'Sector South'), inVault(ofType('threat-matrix', 'Sector South'), lonely)),
    broken('a strategy without resources rows', editFields(strategy, {}), inVault(strategy, lonely)),
    broken('a resources row under the wrong tier', movedRow, inVault(movedRow, vault)),
  ];
}

/** Every broken document of the sample. */
export function brokenDocuments(): Broken[] {
  return [...everyType(), ...threatMatrices(), ...strategies(), ...briefs(), ...demoDocuments()];
}
