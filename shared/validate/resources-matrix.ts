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
    const name = capitalize(blockName(tix, block));
    const rated = level.toUpperCase();
    if (gaps && !gaps.required && !isFilled(block.fields[gaps.name], gaps.kind))
      out.push(
        diag('warning', 'capability-gap-missing', `${name} is rated ${rated} but does not say what the gap is. Describe it under "${gaps.label}".`, {
          section,
          block: block.id,
          field: gaps.name,
        }),
      );
    if (recommendations && !recommendations.required && !isFilled(block.fields[recommendations.name], recommendations.kind))
      out.push(
        diag(
          level === BLOCKING_LEVEL ? 'error' : 'warning',
          'capability-recommendation-missing',
          `${name} is rated ${rated} but has no recommendation. Say how the gap should be closed under "${recommendations.label}"${level === BLOCKING_LEVEL ? ': a red gap goes to headquarters with what the mission asks for (POC Policy Annex B IX)' : ''}.`,
          { section, block: block.id, field: recommendations.name },
        ),
      );
  }
}
