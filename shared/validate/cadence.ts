/**
 * Review clocks: a document kept up to date on a cadence (the threat
 * matrix reviewed weekly or monthly, the Action Plan updated monthly, the
 * Protection Matrix discussed with the mission and the Analysis of Threats
 * and Perpetrators assessed again every month) is
 * due again a cadence after the date it was last reviewed or updated. One
 * clock for every such document, so the overdue rules (`review-overdue`,
 * `action-plan-stale`) and the lists that show the next review date
 * (next-review.ts) count the same days.
 */
import type { Template } from '../template/load.js';
import { dayNumber } from './values.js';

/** Days after the last review at which each cadence makes the next review overdue. */
export const CADENCE_DAYS = { weekly: 7, monthly: 31, quarterly: 92, yearly: 366 } as const;
export type Cadence = keyof typeof CADENCE_DAYS;

/** Whether `v` names a cadence. */
export function isCadence(v: unknown): v is Cadence {
  return typeof v === 'string' && Object.hasOwn(CADENCE_DAYS, v);
}

/** The document field in which a document may choose its own cadence (the threat matrix's "Review cadence"). */
export const CADENCE_FIELD = 'reviewCadence';

/**
 * The document field holding the date a document of each type was last
 * reviewed or updated; a type not listed runs no review clock (the strategy
 * has a "Next review" date instead).
 */
export const LAST_REVIEWED_FIELD: Readonly<Partial<Record<Template['id'], string>>> = {
  'threat-matrix': 'lastReview',
  'action-plan': 'lastUpdated',
  // The monthly discussion with the mission is the matrix's review (Annex B V, para. 3).
  'protection-matrix': 'discussedOn',
  // The date the analysis was last assessed, reviewed monthly like the matrices that rest on it (Annex B I).
  'threat-analysis': 'assessedOn',
};

/** The cadence in force: the document's own `reviewCadence` when it sets one, else the template's `review.cadence`. */
export function cadenceOf(fields: Readonly<Record<string, unknown>>, template: Pick<Template, 'review'>): Cadence | undefined {
  const own = fields[CADENCE_FIELD];
  return isCadence(own) ? own : template.review.cadence;
}

/**
 * The day number a document is next due for review: `CADENCE_DAYS[cadence]`
 * days after the date in its `lastField` (`cadenceOf` gives the cadence);
 * undefined without that date or without a cadence.
 */
export function reviewDue(fields: Readonly<Record<string, unknown>>, template: Pick<Template, 'review'>, lastField: string): number | undefined {
  const cadence = cadenceOf(fields, template);
  const v = fields[lastField];
  const last = typeof v === 'string' ? dayNumber(v) : undefined;
  if (!cadence || last === undefined) return undefined;
  return last + CADENCE_DAYS[cadence];
}
