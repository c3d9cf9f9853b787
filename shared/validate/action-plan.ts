/**
 * Action-plan rules (Annex B IV): an action whose due date has passed and
 * that is not done is a warning, so the plan's owner can chase it or move
 * the date; and the plan itself, a living annex of the strategy that the
 * operational POC forum keeps current (Annex B IV (i) "regularly update";
 * Annex B VI), is stale once its last update is older than the template's
 * cadence (monthly in the built-in template), counted by the same clock as
 * the threat matrix's review (cadence.ts).
 */
import type { TypedBlock } from '../model/types.js';
import { blocksOfType } from './model-index.js';
import { cadenceOf, LAST_REVIEWED_FIELD, reviewDue } from './cadence.js';
import { blockName, cadenceWord, capitalize, dayCount, diag, fieldName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { dayNumber, isoOfDay } from './values.js';

/** Block type of action-plan tasks. */
export const ACTION_BLOCK = 'action';
/** Status value meaning an action is finished. */
export const DONE_STATUS = 'done';
/** The action's field with the day it is due. */
export const DUE_FIELD = 'dueDate';
/** The action's link field naming the threats and strategy objectives it serves (read by threat-not-addressed). */
export const SERVES_FIELD = 'serves';
/** The plan's document field with the date of its last update. */
export const LAST_UPDATED = LAST_REVIEWED_FIELD['action-plan']!;

/**
 * The day number an action was due, when it is overdue on day number `today`: its due date has passed and it is not
 * done. The rule below and the exports' "overdue as of" both ask here, so paper never calls overdue what the problems
 * panel does not.
 */
export function overdueSince(block: TypedBlock, today: number): number | undefined {
  const { [DUE_FIELD]: dueDate, status } = block.fields;
  if (block.type !== ACTION_BLOCK || status === DONE_STATUS || typeof dueDate !== 'string') return undefined;
  const due = dayNumber(dueDate);
  return due !== undefined && due < today ? due : undefined;
}

/** Reports actions past their due date and not done. */
function checkOverdueActions(input: RuleInput): void {
  const { mix, tix, today, out } = input;
  if (!tix.blockTypes.has(ACTION_BLOCK)) return;
  for (const { block, section } of blocksOfType(mix, ACTION_BLOCK)) {
    const due = overdueSince(block, today);
    if (due === undefined) continue;
    const message = wordsOf(validationPlans, input.locale)('action.overdue', { block: blockName(input, block), due: isoOfDay(due), days: dayCount(input, today - due) });
    out.push(diag('warning', 'action-overdue', capitalize(message), { section, block: block.id, field: 'dueDate' }));
  }
}

/** The plan's last update is older than its cadence: a warning on "Last updated". */
function checkStale(input: RuleInput): void {
  const { model, template, tix, today, out } = input;
  const spec = tix.docFields.get(LAST_UPDATED);
  if (!spec) return;
  const fields = model.meta.fields;
  const due = reviewDue(fields, template, LAST_UPDATED);
  if (due === undefined || today <= due) return;
  const message = wordsOf(validationPlans, input.locale)('actionPlan.stale', {
    last: fields[LAST_UPDATED] as string,
    cadence: cadenceWord(input, cadenceOf(fields, template)),
    due: isoOfDay(due),
    days: dayCount(input, today - due),
    field: fieldName(input, spec, LAST_UPDATED),
  });
  out.push(diag('warning', 'action-plan-stale', message, { field: LAST_UPDATED }));
}

/** Runs the action-plan rules. */
export function checkActionPlan(input: RuleInput): void {
  checkOverdueActions(input);
  checkStale(input);
}
