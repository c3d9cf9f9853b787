/**
 * Strategy rules (Annex A II–III): drafting should finish within the
 * template's drafting period (three months), the strategy is reviewed by
 * its review date, and it names its Action Plan and Threat Matrix. All are
 * warnings: they flag follow-up, not a broken document. Its frame (one year,
 * objectives across timeframes and tiers) is strategy-frame.ts.
 */
import { dayCount, diag, fieldName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { checkStrategyFrame } from './strategy-frame.js';
import { dayNumber, isFilled, isoOfDay } from './values.js';

/** Document fields these rules read; a tailored template without one simply skips that rule. */
export const STRATEGY_FIELDS = { draftingStarted: 'draftingStarted', reviewDate: 'reviewDate', actionPlan: 'actionPlan', threatMatrix: 'threatMatrix', resourcesMatrix: 'resourcesMatrix' } as const;

function dateField(input: RuleInput, name: string): number | undefined {
  const v = input.model.meta.fields[name];
  return typeof v === 'string' ? dayNumber(v) : undefined;
}

/**
 * A draft open longer than `review.draftingDays` since drafting started
 * (or, when that date is not set, since the document was created).
 */
function checkDrafting(input: RuleInput): void {
  const { model, template, today, out } = input;
  const days = template.review.draftingDays;
  if (days === undefined || model.meta.status !== 'draft') return;
  const field = input.tix.docFields.has(STRATEGY_FIELDS.draftingStarted) ? STRATEGY_FIELDS.draftingStarted : undefined;
  const started = (field && dateField(input, field)) ?? dayNumber(model.meta.created);
  if (started === undefined || today - started <= days) return;
  const message = wordsOf(validationPlans, input.locale)('strategy.draftingOverdue', { started: isoOfDay(started), elapsed: dayCount(input, today - started), target: dayCount(input, days) });
  out.push(diag('warning', 'drafting-overdue', message, field ? { field } : {}));
}

function checkReviewDate(input: RuleInput): void {
  const { today, out } = input;
  const spec = input.tix.docFields.get(STRATEGY_FIELDS.reviewDate);
  if (!spec) return;
  const due = dateField(input, spec.name);
  if (due === undefined || due >= today) return;
  out.push(diag('warning', 'review-date-passed', wordsOf(validationPlans, input.locale)('strategy.reviewDatePassed', { due: isoOfDay(due) }), { field: spec.name }));
}

/** A missing link to a companion document is a warning, unless the template already requires the field (then it is an error elsewhere). */
function checkCompanion(input: RuleInput, name: string): void {
  const spec = input.tix.docFields.get(name);
  if (!spec || spec.required || isFilled(input.model.meta.fields[name], spec.kind)) return;
  const actionPlan = name === STRATEGY_FIELDS.actionPlan;
  const message = wordsOf(validationPlans, input.locale)('strategy.companionMissing', { companion: actionPlan ? 'actionPlan' : 'threatMatrix', field: fieldName(input, spec, name) });
  input.out.push(diag('warning', `strategy-${actionPlan ? 'action-plan' : 'threat-matrix'}-missing`, message, { field: name }));
}

/** Runs the strategy rules. */
export function checkStrategy(input: RuleInput): void {
  checkDrafting(input);
  checkReviewDate(input);
  checkCompanion(input, STRATEGY_FIELDS.actionPlan);
  checkCompanion(input, STRATEGY_FIELDS.threatMatrix);
  checkStrategyFrame(input);
}
