/**
 * Action-plan rule (Annex B IV): an action whose due date has passed and
 * that is not done is a warning, so the plan's owner can chase it or move
 * the date.
 */
import { blocksOfType } from './model-index.js';
import { plural } from '../words.js';
import { blockName, capitalize, diag, type RuleInput } from './rule-input.js';
import { dayNumber, isoOfDay } from './values.js';

/** Block type of action-plan tasks. */
export const ACTION_BLOCK = 'action';
/** Status value meaning an action is finished. */
export const DONE_STATUS = 'done';

/** Reports actions past their due date and not done. */
export function checkActionPlan(input: RuleInput): void {
  const { mix, tix, today, out } = input;
  if (!tix.blockTypes.has(ACTION_BLOCK)) return;
  for (const { block, section } of blocksOfType(mix, ACTION_BLOCK)) {
    const { dueDate, status } = block.fields;
    if (status === DONE_STATUS || typeof dueDate !== 'string') continue;
    const due = dayNumber(dueDate);
    if (due === undefined || due >= today) continue;
    out.push(
      diag(
        'warning',
        'action-overdue',
        `${capitalize(blockName(tix, block))} was due on ${isoOfDay(due)} (${plural(today - due, 'day')} ago) and is not done. Update its status, or agree a new due date with the lead component.`,
        { section, block: block.id, field: 'dueDate' },
      ),
    );
  }
}
