/**
 * When a document is next due for review, as a day (YYYY-MM-DD), for lists
 * such as the web workspace's home page: the strategy's "Next review" date,
 * or a threat matrix's last review (an Action Plan's last update) plus its
 * cadence. The same dates the review rules warn about (strategy.ts
 * `review-date-passed`, threat-matrix.ts `review-overdue`, action-plan.ts
 * `action-plan-stale`), read by the same clock (cadence.ts), so a list never
 * calls a document overdue that validation does not, or the other way round.
 */
import type { DocModel } from '../model/types.js';
import type { Template } from '../template/load.js';
import { STRATEGY_FIELDS } from './strategy.js';
import { LAST_REVIEWED_FIELD, reviewDue } from './cadence.js';
import { dayNumber, isoOfDay } from './values.js';

/** The day the document is next due for review (YYYY-MM-DD), or undefined when its type has no review date or it is not filled in. */
export function nextReview(model: Pick<DocModel, 'meta'>, template: Pick<Template, 'id' | 'fields' | 'review'>): string | undefined {
  const fields = model.meta.fields;
  if (template.fields.some((f) => f.name === STRATEGY_FIELDS.reviewDate)) {
    const v = fields[STRATEGY_FIELDS.reviewDate];
    return typeof v === 'string' && dayNumber(v) !== undefined ? v : undefined;
  }
  const last = LAST_REVIEWED_FIELD[template.id];
  const due = last === undefined ? undefined : reviewDue(fields, template, last);
  return due === undefined ? undefined : isoOfDay(due);
}

/** Whether a review due on `day` is overdue on `today` (both YYYY-MM-DD): the day has passed, as both review rules count it. */
export function reviewOverdue(day: string, today: string): boolean {
  return day < today;
}
