/**
 * The `review-overdue` rule: a document the mission keeps under review on a
 * cadence is past its review once the cadence has run out after the date it
 * was last reviewed (cadence.ts `reviewDue`, the clock the lists share). One
 * rule for the three documents that run that clock with a review, each told
 * in its own words: the threat matrix, reviewed weekly or monthly by the
 * coordination forum (E.4.1 para. 50; Annex A III B "updated regularly
 * (weekly or monthly)"); the Protection Matrix, discussed with the mission
 * every month to inform deployments (Annex B V, para. 3), whose "discussed
 * with the mission on" date is its last review; and the Analysis of Threats
 * and Perpetrators (Annex B I), whose "assessed on" date is its last review,
 * kept as current as the threat matrices that rate their threats on it. The
 * Action Plan runs the same clock under its own code (`action-plan-stale`).
 */
import type { DocType } from '../template/template-schema.js';
import { cadenceOf, LAST_REVIEWED_FIELD, reviewDue } from './cadence.js';
import { cadenceWord, dayCount, diag, fieldName, type RuleInput } from './rule-input.js';
import { isoOfDay } from './values.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';

/**
 * The types `review-overdue` checks, each told in its own words (the catalogue's `review.overdue` has a sentence
 * per type); a type not listed here gets no `review-overdue`.
 */
export const REVIEWED_TYPES: ReadonlySet<DocType> = new Set<DocType>(['threat-matrix', 'protection-matrix', 'threat-analysis']);

/** Reports a document of a type in `REVIEWED_TYPES` whose review is past due, on its last-reviewed field. */
export function checkReviewOverdue(input: RuleInput): void {
  const { model, template, tix, today, out } = input;
  const field = LAST_REVIEWED_FIELD[template.id];
  if (!REVIEWED_TYPES.has(template.id) || !field) return;
  const fields = model.meta.fields;
  const due = reviewDue(fields, template, field);
  if (due === undefined || today <= due) return;
  const message = wordsOf(validationPlans, input.locale)('review.overdue', {
    docType: template.id,
    last: fields[field] as string,
    cadence: cadenceWord(input, cadenceOf(fields, template)),
    due: isoOfDay(due),
    days: dayCount(input, today - due),
    field: fieldName(input, tix.docFields.get(field), field),
  });
  out.push(diag('warning', 'review-overdue', message, { field }));
}
