/**
 * Analysis of Threats and Perpetrators rule (Annex B I): each perpetrator is
 * described under the seven headings the annex lists, since the threat
 * matrices rate a threat's likelihood on the perpetrator's intent, capacity
 * and record. An element the template itself requires is left to the
 * required rule, so a tailored template does not get two messages for one gap.
 * The analysis is assessed again on its cadence (monthly): past that,
 * `review-overdue` (review-overdue.ts).
 */
import { blocksOfType } from './model-index.js';
import { checkReviewOverdue } from './review-overdue.js';
import { blockName, capitalize, diag, fieldName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { fieldOf } from './template-index.js';
import { isFilled } from './values.js';

/** Block type of a perpetrator's card. */
export const PERPETRATOR_BLOCK = 'perpetrator';

/** The seven elements of Annex B I, in its order: nature and profile, motivation, structure and capabilities, presence, relations, mode of action, history. */
export const PERPETRATOR_ELEMENTS = ['profile', 'motivation', 'capabilities', 'presence', 'relations', 'tactics', 'history'] as const;

/** Reports each of the seven elements a perpetrator's card leaves empty. */
function checkElements(input: RuleInput): void {
  const { mix, tix, out } = input;
  if (!tix.blockTypes.has(PERPETRATOR_BLOCK)) return;
  for (const { block, section } of blocksOfType(mix, PERPETRATOR_BLOCK)) {
    for (const name of PERPETRATOR_ELEMENTS) {
      const spec = fieldOf(tix, PERPETRATOR_BLOCK, name);
      if (!spec || spec.required || isFilled(block.fields[name], spec.kind)) continue;
      const message = wordsOf(validationPlans, input.locale)('perpetrator.elementMissing', { block: blockName(input, block), field: fieldName(input, spec, name) });
      out.push(diag('error', 'perpetrator-element-missing', capitalize(message), { section, block: block.id, field: name }));
    }
  }
}

/** Runs the analysis rules: the seven elements of every perpetrator, then the monthly review clock (review-overdue.ts). */
export function checkThreatAnalysis(input: RuleInput): void {
  checkElements(input);
  checkReviewOverdue(input);
}
