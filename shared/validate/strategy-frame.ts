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
import { diag, fieldName, type RuleInput, sectionName } from './rule-input.js';
import { plural } from '../words.js';
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
  const start = fieldName(input.tix.docFields.get(FRAME_FIELDS.validFrom), FRAME_FIELDS.validFrom);
  const span = days === 365 ? 'one year' : plural(days, 'day');
  const checks = [
    { name: FRAME_FIELDS.validUntil, code: 'validity-too-long', fix: `Set it to ${isoOfDay(limit)} at the latest; a longer plan is reviewed and endorsed again each year.` },
    { name: FRAME_FIELDS.reviewDate, code: 'review-date-too-late', fix: `Plan the review for ${isoOfDay(limit)} at the latest, sooner if the mandate or the situation changes.` },
  ];
  for (const c of checks) {
    const at = dateOf(input, c.name);
    if (at === undefined || at <= limit) continue;
    const label = fieldName(input.tix.docFields.get(c.name), c.name);
    input.out.push(
      diag(
        'error',
        c.code,
        `${label} (${isoOfDay(at)}) is more than ${span} after ${start} (${isoOfDay(from)}). A POC strategy covers ${span} (Annex A II). ${c.fix}`,
        { field: c.name },
      ),
    );
  }
}

/** Reports the values of an objective enum field that no objective uses. */
function checkSpread(input: RuleInput, field: FieldSpec | undefined, code: string, severity: 'error' | 'warning', why: string): void {
  if (!field?.values?.length) return;
  const objectives = blocksOfType(input.mix, FRAME_FIELDS.objective);
  if (!objectives.length) return;
  const used = new Set(objectives.map((o) => o.block.fields[field.name]));
  const missing = field.values.filter((v) => !used.has(v.value));
  if (!missing.length) return;
  const section = objectives[0].section;
  const names = missing.map((v) => `"${v.label}"`).join(' or ');
  input.out.push(
    diag(
      severity,
      code,
      `No objective in ${sectionName(input.tix, section)} has ${fieldName(field, field.name)} ${names}. ${why} Add an objective for it, or change the ${fieldName(field, field.name).toLowerCase()} of one that fits better there.`,
      { section },
    ),
  );
}

/** Runs the frame rules on a strategy. */
export function checkStrategyFrame(input: RuleInput): void {
  checkTimeframe(input);
  const fields = input.tix.blockFields.get(FRAME_FIELDS.objective);
  checkSpread(input, fields?.get(FRAME_FIELDS.timeframe), 'objective-timeframe-missing', 'error', 'The strategy sets immediate, medium-term and long-term objectives, at least one for each (Annex A III A.2).');
  checkSpread(input, fields?.get(FRAME_FIELDS.tier), 'objective-tier-missing', 'warning', 'The objectives should draw on all three tiers, which work together (Annex A III A.2; policy E.2).');
  checkSpread(
    input,
    fields?.get(FRAME_FIELDS.phase),
    'response-phase-missing',
    'warning',
    'The mission plans its response across the four phases, which need not come in order (POC Policy E.3, para. 31; Annex A III C).',
  );
}
