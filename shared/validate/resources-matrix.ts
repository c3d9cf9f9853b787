/**
 * Resources-matrix rule (Annex B IX): a row rated red or orange says what
 * the gap is and what to do about it, since those are the rows headquarters
 * is asked to act on. Warnings, because the rating may be set before the
 * analysis is written; except a red row without a recommendation, an error:
 * red means the mission cannot carry out a key POC task, and the matrix
 * exists to tell headquarters what it needs to (Annex B IX), so a red gap
 * with no way forward cannot go to headquarters as it stands.
 */
import { blocksOfType } from './model-index.js';
import { blockName, capitalize, diag, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { fieldOf } from './template-index.js';
import { isFilled } from './values.js';

/** Block type of the matrix rows. */
export const CAPABILITY_BLOCK = 'capability';
/** The row's link field to the strategy objective it assesses (read by the rules across documents). */
export const STRATEGY_OBJECTIVE_FIELD = 'strategyObjective';
/** The criticality of a row the mission cannot carry out for lack of resources: a RED gap (Annex B IX). */
export const RED_LEVEL = 'red';
/** Criticality values that call for a gap description and a recommendation. */
export const CRITICAL_LEVELS: ReadonlySet<string> = new Set([RED_LEVEL, 'orange']);
/** The criticality at which a missing recommendation is an error rather than a warning: a RED gap. */
export const BLOCKING_LEVEL = RED_LEVEL;

/** Reports red and orange rows without a stated gap or recommendation. */
export function checkResourcesMatrix(input: RuleInput): void {
  const { mix, tix, out } = input;
  if (!tix.blockTypes.has(CAPABILITY_BLOCK)) return;
  const gaps = fieldOf(tix, CAPABILITY_BLOCK, 'gaps');
  const recommendations = fieldOf(tix, CAPABILITY_BLOCK, 'recommendations');
  for (const { block, section } of blocksOfType(mix, CAPABILITY_BLOCK)) {
    const level = block.fields.criticality;
    if (typeof level !== 'string' || !CRITICAL_LEVELS.has(level)) continue;
    const t = wordsOf(validationPlans, input.locale);
    const name = blockName(input, block);
    const rated = t('capability.level', { level, value: level.toUpperCase() });
    if (gaps && !gaps.required && !isFilled(block.fields[gaps.name], gaps.kind)) {
      const message = t('capability.gapMissing', { block: name, level: rated, label: gaps.label });
      out.push(diag('warning', 'capability-gap-missing', capitalize(message), { section, block: block.id, field: gaps.name }));
    }
    if (recommendations && !recommendations.required && !isFilled(block.fields[recommendations.name], recommendations.kind)) {
      const blocking = level === BLOCKING_LEVEL;
      const message = t('capability.recommendationMissing', { blocking: blocking ? 'yes' : 'no', block: name, level: rated, label: recommendations.label });
      out.push(diag(blocking ? 'error' : 'warning', 'capability-recommendation-missing', capitalize(message), { section, block: block.id, field: recommendations.name }));
    }
  }
}
