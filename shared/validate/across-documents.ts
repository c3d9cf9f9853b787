/**
 * Rules across documents: the links the planning documents promise one
 * another (templates/README.md "Across documents").
 *
 * - `threat-not-addressed` (threat matrix): a priority threat (high risk, or
 *   an impact at the template's `priorityFrom`, as risk.ts ranks them) or an
 *   imminent one is served by an action of an Action Plan (its "Serves") or
 *   addressed by a strategy objective (its "Threats addressed"). Preparedness
 *   is managed in the Action Plan (E.4.2 para. 53) and the strategy's
 *   objectives answer the threats (Annex A III A.2), so a priority threat
 *   nothing points at is one the mission has not planned for.
 * - `objective-resources-missing` (strategy): once the strategy names its
 *   Resources & Capabilities Matrix, each objective has a row there linking
 *   to it (Annex B IX: "for each objective and activity").
 * - `capability-tier-mismatch` (resources matrix): a row sits under the tier
 *   section (the section's `tier:` in the template) of the objective it
 *   links to. A warning, not an error: an objective names the tier through
 *   which it mainly protects, and a row for one of its activities may
 *   rightly belong to another tier; the author confirms or moves it.
 *
 * The first two ask what links INTO a block, which only a reader of every
 * document knows (`context.linksInto`, given by the CLI validating a vault);
 * without it they are not run, as links are not checked without a resolver.
 */
import { ACTION_BLOCK, SERVES_FIELD } from './action-plan.js';
import { blocksOfType } from './model-index.js';
import { CAPABILITY_BLOCK, STRATEGY_OBJECTIVE_FIELD } from './resources-matrix.js';
import { priorityImpactOf, rankThreats, THREAT_BLOCK } from './risk.js';
import { blockName, capitalize, diag, fieldName, type RuleInput, sectionName } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { STRATEGY_FIELDS } from './strategy.js';
import { FRAME_FIELDS } from './strategy-frame.js';
import { fieldOf } from './template-index.js';
import { whyResponseNeeded } from './threat-matrix.js';
import type { IncomingLink } from './validation-context.js';
import { isFilled } from './values.js';

/** The link fields through which a threat counts as planned for: an action's "Serves", a strategy objective's "Threats addressed". */
export const ADDRESSED_BY: ReadonlyArray<{ blockType: string; field: string }> = [
  { blockType: ACTION_BLOCK, field: SERVES_FIELD },
  { blockType: FRAME_FIELDS.objective, field: FRAME_FIELDS.threats },
];

function isAddressing(l: IncomingLink): boolean {
  return ADDRESSED_BY.some((a) => a.blockType === l.blockType && a.field === l.field);
}

/** Priority and imminent threats that no action serves and no strategy objective addresses. */
function checkThreatsAddressed(input: RuleInput): void {
  const { context, model, tix, out } = input;
  const linksInto = context.linksInto;
  if (!linksInto || !tix.blockTypes.has(THREAT_BLOCK)) return;
  for (const r of rankThreats(model, priorityImpactOf(input.template))) {
    const why = whyResponseNeeded(r, input.locale);
    if (!why || linksInto(model.meta.id, r.id).some(isAddressing)) continue;
    const message = wordsOf(validationPlans, input.locale)('across.threatNotAddressed', { block: blockName(input, r.block), why });
    out.push(diag('warning', 'threat-not-addressed', capitalize(message), { section: r.section, block: r.id }));
  }
}

/** Strategy objectives without a row in the Resources & Capabilities Matrix, once the strategy names one. */
function checkObjectivesResourced(input: RuleInput): void {
  const { context, model, tix, out } = input;
  const linksInto = context.linksInto;
  const matrix = tix.docFields.get(STRATEGY_FIELDS.resourcesMatrix);
  if (!linksInto || !matrix || !isFilled(model.meta.fields[matrix.name], matrix.kind)) return;
  for (const { block, section } of blocksOfType(input.mix, FRAME_FIELDS.objective)) {
    if (linksInto(model.meta.id, block.id).some((l) => l.blockType === CAPABILITY_BLOCK && l.field === STRATEGY_OBJECTIVE_FIELD)) continue;
    const message = wordsOf(validationPlans, input.locale)('across.objectiveResourcesMissing', { block: blockName(input, block), field: fieldName(input, matrix, matrix.name) });
    out.push(diag('warning', 'objective-resources-missing', capitalize(message), { section, block: block.id }));
  }
}

/** Resources rows under a tier section other than the tier of the objective they link to. */
function checkRowTiers(input: RuleInput): void {
  const { context, model, tix, template, out } = input;
  const link = fieldOf(tix, CAPABILITY_BLOCK, STRATEGY_OBJECTIVE_FIELD);
  if (!context.resolve || !link) return;
  const tierOf = new Map(template.sections.flatMap((s) => (s.tier ? [[s.id, s.tier] as const] : [])));
  if (!tierOf.size) return;
  for (const use of input.mix.links) {
    const { block, section } = use;
    if (block?.type !== CAPABILITY_BLOCK || use.field !== link.name || use.link.docId === model.meta.id) continue;
    const here = tierOf.get(section);
    const tier = here && context.resolve(use.link.docId, use.link.blockId)?.values?.[FRAME_FIELDS.tier];
    if (typeof tier !== 'string' || tier === here) continue;
    const home = template.sections.find((s) => s.tier === tier);
    const message = wordsOf(validationPlans, input.locale)('across.tierMismatch', {
      home: home ? 'known' : 'unknown',
      block: blockName(input, block),
      section: sectionName(input, section),
      objective: use.link.blockId,
      homeSection: home ? sectionName(input, home.id) : '',
      homeId: home?.id ?? '',
      tier,
    });
    out.push(diag('warning', 'capability-tier-mismatch', capitalize(message), { section, block: block.id, field: link.name }));
  }
}

/** Runs the rules across documents that apply to the document's type. */
export function checkAcrossDocuments(input: RuleInput): void {
  checkThreatsAddressed(input);
  checkObjectivesResourced(input);
  checkRowTiers(input);
}
