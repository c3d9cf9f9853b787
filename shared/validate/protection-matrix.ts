/**
 * Protection Matrix rules (Annex B V, the "Must / Should / Could protect"
 * matrix): every location is ranked and described with the same three groups
 * of indicators, so places can be compared and the rank explained to the
 * Force (paras. 3 and 7); recommendations reach from the short to the long
 * term where possible (para. 9); and a must-protect location records what
 * the Force decided, since the decision is the Force's (paras. 4 and 6).
 * The matrix is discussed with the mission every month (para. 3): past that,
 * `review-overdue` (review-overdue.ts).
 * A rank or indicator the template itself requires is left to the required
 * rule, so a tailored template does not get two messages for one gap.
 */
import type { TypedBlock } from '../model/types.js';
import type { FieldSpec } from '../template/template-schema.js';
import { blocksOfType } from './model-index.js';
import { checkReviewOverdue } from './review-overdue.js';
import { blockName, capitalize, diag, fieldName, listAnd, listOr, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { fieldOf } from './template-index.js';
import { isFilled } from './values.js';

/** The names the rules read in the protection matrix template. */
export const PROTECTION = {
  location: 'location',
  rank: 'rank',
  /** The rank whose location needs the Force's decision recorded. */
  mustProtect: 'must',
  /** The three groups of indicators of para. 7: security situation, population movement, humanitarian access and presence. */
  indicators: ['securitySituation', 'populationMovement', 'accessAndPresence'],
  /** Recommendations for the short, mid and long term (para. 9), with the term each is for (the catalogue's `protection.term`). */
  terms: [
    { field: 'recommendationsShort', term: 'short' },
    { field: 'recommendationsMid', term: 'mid' },
    { field: 'recommendationsLong', term: 'long' },
  ],
  decision: 'forceDecision',
} as const;

/** Every name above, for the template-reads list. */
export const PROTECTION_FIELDS: readonly string[] = [PROTECTION.rank, ...PROTECTION.indicators, ...PROTECTION.terms.map((t) => t.field), PROTECTION.decision];

/** The choices of the rank field, as words for a message: "1 — Must protect, 2 — Should protect or 3 — Could protect". */
function rankChoices(input: RuleInput, spec: FieldSpec): string {
  const labels = (spec.values ?? []).map((v) => v.label);
  return labels.length ? listOr(input, labels) : wordsOf(validationPlans, input.locale)('protection.aRank');
}

/** Reports a location without a rank (para. 3). */
function checkRank(input: RuleInput, block: TypedBlock, section: string): void {
  const spec = fieldOf(input.tix, PROTECTION.location, PROTECTION.rank);
  if (!spec || spec.required || isFilled(block.fields[spec.name], spec.kind)) return;
  const message = wordsOf(validationPlans, input.locale)('protection.rankMissing', { block: blockName(input, block), choices: rankChoices(input, spec), field: fieldName(input, spec, spec.name) });
  input.out.push(diag('error', 'protection-rank-missing', capitalize(message), { section, block: block.id, field: spec.name }));
}

/** Reports each group of indicators a location does not describe (para. 7). */
function checkIndicators(input: RuleInput, block: TypedBlock, section: string): void {
  const { tix, out } = input;
  for (const name of PROTECTION.indicators) {
    const spec = fieldOf(tix, PROTECTION.location, name);
    if (!spec || spec.required || isFilled(block.fields[name], spec.kind)) continue;
    const message = wordsOf(validationPlans, input.locale)('protection.indicatorMissing', { block: blockName(input, block), field: fieldName(input, spec, name) });
    out.push(diag('error', 'protection-indicator-missing', capitalize(message), { section, block: block.id, field: name }));
  }
}

/** Reports a location whose recommendations leave out a term (para. 9: "if possible", so a warning), once, on the first term missing. */
function checkTerms(input: RuleInput, block: TypedBlock, section: string): void {
  const { tix, out } = input;
  const missing = PROTECTION.terms.filter((t) => {
    const spec = fieldOf(tix, PROTECTION.location, t.field);
    return spec !== undefined && !isFilled(block.fields[t.field], spec.kind);
  });
  if (!missing.length) return;
  const t = wordsOf(validationPlans, input.locale);
  const terms = listAnd(input, missing.map((m) => t('protection.term', { term: m.term })));
  out.push(diag('warning', 'protection-recommendation-term-missing', capitalize(t('protection.termMissing', { block: blockName(input, block), terms })), { section, block: block.id, field: missing[0].field }));
}

/** Reports a must-protect location without the Force's decision (paras. 4 and 6). */
function checkDecision(input: RuleInput, block: TypedBlock, section: string): void {
  const { tix, out } = input;
  if (block.fields[PROTECTION.rank] !== PROTECTION.mustProtect) return;
  const spec = fieldOf(tix, PROTECTION.location, PROTECTION.decision);
  if (!spec || isFilled(block.fields[spec.name], spec.kind)) return;
  const t = wordsOf(validationPlans, input.locale);
  const rank = fieldOf(tix, PROTECTION.location, PROTECTION.rank)?.values?.find((v) => v.value === PROTECTION.mustProtect)?.label ?? t('protection.mustProtect');
  const message = t('protection.decisionMissing', { block: blockName(input, block), rank, field: fieldName(input, spec, spec.name) });
  out.push(diag('warning', 'protection-decision-missing', capitalize(message), { section, block: block.id, field: spec.name }));
}

/** Runs the protection matrix rules on every location, then the monthly review clock (review-overdue.ts). */
export function checkProtectionMatrix(input: RuleInput): void {
  if (input.tix.blockTypes.has(PROTECTION.location)) {
    for (const { block, section } of blocksOfType(input.mix, PROTECTION.location)) {
      checkRank(input, block, section);
      checkIndicators(input, block, section);
      checkTerms(input, block, section);
      checkDecision(input, block, section);
    }
  }
  checkReviewOverdue(input);
}
