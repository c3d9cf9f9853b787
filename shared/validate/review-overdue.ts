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
import { plural } from '../words.js';
import { cadenceOf, LAST_REVIEWED_FIELD, reviewDue } from './cadence.js';
import { diag, fieldName, type RuleInput } from './rule-input.js';
import { isoOfDay } from './values.js';

/** How a message about one type's overdue review reads: the document, how it was last reviewed, and what to do (given the date field's label). */
export interface ReviewWords {
  /** The document as the subject of the message: "This threat matrix". */
  subject: string;
  /** What happened on the last-reviewed date: "last reviewed". */
  lastDone: string;
  /** The sentence saying what to do, ending with the policy reference. */
  todo: (dateField: string) => string;
}

/** The words of `review-overdue` for each type it checks; a type not listed here gets no `review-overdue`. */
export const REVIEW_WORDS: Readonly<Partial<Record<DocType, ReviewWords>>> = {
  'threat-matrix': {
    subject: 'This threat matrix',
    lastDone: 'last reviewed',
    todo: (f) => `Review it with the coordination forum and update ${f} (POC Policy E.4.1, para. 50).`,
  },
  'protection-matrix': {
    subject: 'This Protection Matrix',
    lastDone: 'last discussed with the mission',
    todo: (f) =>
      `Ask the Protection Cluster for its updated ranks and recommendations, discuss them with the mission, record the Force's decisions, and set ${f} (POC Policy Annex B V, para. 3: the matrix informs military and police deployments every month).`,
  },
  'threat-analysis': {
    subject: 'This analysis of threats and perpetrators',
    lastDone: 'last assessed',
    todo: (f) =>
      `Go through each perpetrator's card with those who prepare the analysis, bring it up to date or confirm it still holds, and set ${f}: the threat matrices rate their threats on it (POC Policy Annex B I; Annex A III B, threat matrices updated weekly or monthly).`,
  },
};

/** Reports a document of a type in `REVIEW_WORDS` whose review is past due, on its last-reviewed field. */
export function checkReviewOverdue(input: RuleInput): void {
  const { model, template, tix, today, out } = input;
  const words = REVIEW_WORDS[template.id];
  const field = LAST_REVIEWED_FIELD[template.id];
  if (!words || !field) return;
  const fields = model.meta.fields;
  const due = reviewDue(fields, template, field);
  if (due === undefined || today <= due) return;
  const cadence = cadenceOf(fields, template);
  out.push(
    diag(
      'warning',
      'review-overdue',
      `${words.subject} was ${words.lastDone} on ${fields[field] as string}; with a ${cadence} review it was due again by ${isoOfDay(due)} (${plural(today - due, 'day')} ago). ${words.todo(fieldName(tix.docFields.get(field), field))}`,
      { field },
    ),
  );
}
