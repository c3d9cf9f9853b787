/**
 * The strategy's own frame (Annex A II–III): it covers one year, and its
 * objectives span the immediate, medium and long term and draw on all three
 * tiers.
 *
 * - One year (Annex A II, "The strategy shall cover a one year timeframe";
 *   A III A.2 "annual review cycle"): the template's `review.validityDays`
 *   (365 for the strategy) bounds "In force until" and "Next review",
 *   counted from "In force from". Without a start date, or without
 *   `validityDays`, nothing is checked.
 * - Objectives (Annex A III A.2, "immediate, medium- and longer-term
 *   objectives … through the three tiers"): every value of the objective's
 *   timeframe field is used by at least one objective (an error), and every
 *   value of its tier field (a warning: the policy asks the strategy to bear
 *   the tiers in mind, not to give each its own objective), and every
 *   value of its phase field (a warning, `response-phase-missing`: E.3
 *   para. 31, operations run along four phases; one warning for all the
 *   empty phases, so an older strategy without phases is told once). The
 *   values are the template's, so a tailored list of timeframes is what is
 *   checked.
 */
import type { FieldSpec } from '../template/template-schema.js';
import { blocksOfType } from './model-index.js';
import { capitalize, dayCount, diag, eitherOr, fieldName, quoted, type RuleInput, sectionName } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';
import { dayNumber, isoOfDay } from './values.js';

/** Names these rules read: document fields for the timeframe, and the objective block type with its two enum fields. A tailored template without one skips that check. */
export const FRAME_FIELDS = { validFrom: 'validFrom', validUntil: 'validUntil', reviewDate: 'reviewDate', objective: 'objective', timeframe: 'timeframe', tier: 'tier', phase: 'phase', threats: 'threats' } as const;

function dateOf(input: RuleInput, name: string): number | undefined {
  if (!input.tix.docFields.has(name)) return undefined;
  const v = input.model.meta.fields[name];
  return typeof v === 'string' ? dayNumber(v) : undefined;
}

/** Flags an end of validity or a next review later than `review.validityDays` after the strategy comes into force. */
function checkTimeframe(input: RuleInput): void {
  const days = input.template.review.validityDays;
  const from = dateOf(input, FRAME_FIELDS.validFrom);
  if (days === undefined || from === undefined) return;
  const limit = from + days;
  const t = wordsOf(validationPlans, input.locale);
  const start = fieldName(input, input.tix.docFields.get(FRAME_FIELDS.validFrom), FRAME_FIELDS.validFrom);
  const span = t('frame.span', { unit: days === 365 ? 'year' : 'days', days: dayCount(input, days) });
  const checks = [
    { name: FRAME_FIELDS.validUntil, code: 'validity-too-long', message: 'frame.validityTooLong' },
    { name: FRAME_FIELDS.reviewDate, code: 'review-date-too-late', message: 'frame.reviewTooLate' },
  ] as const;
  for (const c of checks) {
    const at = dateOf(input, c.name);
    if (at === undefined || at <= limit) continue;
    const field = fieldName(input, input.tix.docFields.get(c.name), c.name);
    const message = t(c.message, { field, at: isoOfDay(at), span, start, from: isoOfDay(from), limit: isoOfDay(limit) });
    input.out.push(diag('error', c.code, capitalize(message), { field: c.name }));
  }
}

/** Reports the values of an objective enum field that no objective uses. */
/** The catalogue's sentence for each spread rule, which says why the spread matters. */
type SpreadMessage = 'frame.timeframeMissing' | 'frame.tierMissing' | 'frame.phaseMissing';

function checkSpread(input: RuleInput, field: FieldSpec | undefined, code: string, severity: 'error' | 'warning', key: SpreadMessage): void {
  if (!field?.values?.length) return;
  const objectives = blocksOfType(input.mix, FRAME_FIELDS.objective);
  if (!objectives.length) return;
  const used = new Set(objectives.map((o) => o.block.fields[field.name]));
  const missing = field.values.filter((v) => !used.has(v.value));
  if (!missing.length) return;
  const section = objectives[0].section;
  const names = eitherOr(input, missing.map((v) => quoted(input, v.label)));
  const named = fieldName(input, field, field.name);
  const message = wordsOf(validationPlans, input.locale)(key, { section: sectionName(input, section), field: named, names, fieldLower: named.toLowerCase() });
  input.out.push(diag(severity, code, message, { section }));
}

/** Runs the frame rules on a strategy. */
export function checkStrategyFrame(input: RuleInput): void {
  checkTimeframe(input);
  const fields = input.tix.blockFields.get(FRAME_FIELDS.objective);
  checkSpread(input, fields?.get(FRAME_FIELDS.timeframe), 'objective-timeframe-missing', 'error', 'frame.timeframeMissing');
  checkSpread(input, fields?.get(FRAME_FIELDS.tier), 'objective-tier-missing', 'warning', 'frame.tierMissing');
  checkSpread(input, fields?.get(FRAME_FIELDS.phase), 'response-phase-missing', 'warning', 'frame.phaseMissing');
}
