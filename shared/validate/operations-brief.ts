/**
 * Operations-brief rules (Annex B VIII): the SRSG decides only once the
 * consultations with UN Headquarters and national and regional partners are
 * recorded; the Force Commander's recommendation names one of the brief's
 * own options; every option states its potential collateral damage.
 */
import { consultationStates } from './consultation.js';
import { blocksOfType } from './model-index.js';
import { blockName, capitalize, diag, fieldName, type RuleInput } from './rule-input.js';
import { fieldOf } from './template-index.js';
import { isFilled, linksOf } from './values.js';

/** Block types and fields these rules read; a tailored template without them skips the rule. */
export const BRIEF = {
  option: 'option',
  collateralDamage: 'collateralDamage',
  recommendation: 'recommendation',
  recommendedOption: 'option',
  decision: 'decision',
  decisionText: 'decision',
} as const;

/** A decision with content while any required consultation lacks an outcome is an error. */
function checkDecisionAfterConsultation(input: RuleInput): void {
  const { mix, tix, out } = input;
  if (!input.template.consultation) return;
  const decisions = blocksOfType(mix, BRIEF.decision);
  if (!decisions.length) return;
  const pending = consultationStates(input).filter((s) => !s.recorded);
  if (!pending.length) return;
  const who = pending.map((s) => s.label).join(' and ');
  const spec = fieldOf(tix, BRIEF.decision, BRIEF.decisionText);
  for (const { block, section } of decisions) {
    if (!isFilled(block.fields[BRIEF.decisionText], spec?.kind)) continue;
    out.push(
      diag(
        'error',
        'decision-before-consultation',
        `The SRSG's decision is recorded, but the consultation with ${who} is not. Record the consultation and its outcome first; the decision must rest on it.`,
        { section, block: block.id, field: BRIEF.decisionText },
      ),
    );
  }
}

/**
 * The recommendation links to an option of this brief. Links inside the
 * brief that point nowhere or at the wrong kind of block are already
 * reported by the link rules when the field names `option` as its target,
 * so this rule speaks only when those rules would stay silent.
 */
function checkRecommendation(input: RuleInput): void {
  const { mix, tix, model, out } = input;
  const spec = fieldOf(tix, BRIEF.recommendation, BRIEF.recommendedOption);
  if (!spec || !tix.blockTypes.has(BRIEF.option)) return;
  const self = model.meta.id;
  const options = blocksOfType(mix, BRIEF.option).map((r) => r.block.id);
  const choose = options.length ? `Link it to one of the options (${options.join(', ')}).` : 'Add the options first, then link the recommended one.';
  for (const { block, section } of blocksOfType(mix, BRIEF.recommendation)) {
    const links = linksOf(block.fields[spec.name]);
    const where = { section, block: block.id, field: spec.name };
    if (!links.length) {
      if (!spec.required)
        out.push(diag('error', 'recommendation-option', `The Force Commander's recommendation ${block.id} does not name an option. ${choose}`, where));
      continue;
    }
    if (links.some((l) => l.docId === self && mix.byId.get(l.blockId)?.block.type === BRIEF.option)) continue;
    const covered = spec.targets?.includes(BRIEF.option) && links.every((l) => l.docId === self);
    if (!covered)
      out.push(
        diag('error', 'recommendation-option', `The ${fieldName(spec, spec.name)} of the Force Commander's recommendation ${block.id} is not an option of this brief. ${choose}`, where),
      );
  }
}

/** Every option states potential collateral damage (left to the required rule when the template already requires the field). */
function checkCollateralDamage(input: RuleInput): void {
  const { mix, tix, out } = input;
  const spec = fieldOf(tix, BRIEF.option, BRIEF.collateralDamage);
  if (!spec || spec.required) return;
  for (const { block, section } of blocksOfType(mix, BRIEF.option)) {
    if (isFilled(block.fields[spec.name], spec.kind)) continue;
    out.push(
      diag(
        'error',
        'option-collateral-damage',
        `${capitalize(blockName(tix, block))} does not state its ${fieldName(spec, spec.name)}. Every option must say what harm it could cause to civilians — write "none expected" and why if that is the case.`,
        { section, block: block.id, field: spec.name },
      ),
    );
  }
}

/** Runs the operations-brief rules. */
export function checkOperationsBrief(input: RuleInput): void {
  checkDecisionAfterConsultation(input);
  checkRecommendation(input);
  checkCollateralDamage(input);
}
