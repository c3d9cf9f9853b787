/**
 * Threat-matrix rules (Annex B III, E.4.1): each row's risk and rank are
 * shown (one info diagnostic per rated row, so the CLI and the plugin show
 * the same figures), every high-risk or imminent threat has a mission
 * response and components responsible for it, rows flagged as gaps carry a
 * recommendation, and the matrix is reviewed on its cadence.
 */
import { fieldOf } from './template-index.js';
import { blockName, capitalize, diag, type RuleInput } from './rule.js';
import { rankThreats, THREAT_BLOCK } from './risk.js';
import { dayNumber, isFilled, isoOfDay } from './values.js';

/** Days after the last review at which each cadence makes the next review overdue. */
export const CADENCE_DAYS = { weekly: 7, monthly: 31, quarterly: 92, yearly: 366 } as const;
export type Cadence = keyof typeof CADENCE_DAYS;

function isCadence(v: unknown): v is Cadence {
  return typeof v === 'string' && Object.hasOwn(CADENCE_DAYS, v);
}

/** Threat rows: risk and rank, responses to high-risk and imminent threats, recommendations for gaps. */
function checkThreats(input: RuleInput): void {
  const { tix, out, model } = input;
  if (!tix.blockTypes.has(THREAT_BLOCK)) return;
  const ranked = rankThreats(model);
  const ratedCount = ranked.reduce((n, r) => n + (r.rank === undefined ? 0 : 1), 0);
  const response = fieldOf(tix, THREAT_BLOCK, 'response');
  const responsible = fieldOf(tix, THREAT_BLOCK, 'responsibleComponents');
  const recommendations = fieldOf(tix, THREAT_BLOCK, 'recommendations');
  const gap = fieldOf(tix, THREAT_BLOCK, 'gap');
  for (const r of ranked) {
    const { block, section } = r;
    const where = { section, block: block.id };
    const name = () => blockName(tix, block);
    if (r.risk !== undefined)
      out.push(
        diag(
          'info',
          'threat-risk',
          `Risk ${r.risk} (likelihood ${block.fields.likelihood as number} × impact ${block.fields.impact as number}): rank ${r.rank} of ${ratedCount}${r.highRisk ? ', high risk' : ''}${r.imminent ? ', imminent' : ''}.`,
          where,
        ),
      );
    if (r.highRisk || r.imminent) {
      const why = r.highRisk && r.imminent ? `is imminent and high risk (${r.risk})` : r.imminent ? 'is imminent' : `is high risk (${r.risk} of 25)`;
      if (response && !isFilled(block.fields[response.name], response.kind))
        out.push(
          diag('error', 'threat-response-missing', `${capitalize(name())} ${why} but has no mission response. Describe what the mission does about it under "${response.label}".`, {
            ...where,
            field: response.name,
          }),
        );
      if (responsible && !isFilled(block.fields[responsible.name], responsible.kind))
        out.push(
          diag(
            'error',
            'threat-responsible-missing',
            `${capitalize(name())} ${why} but no component is responsible for the response. Name them under "${responsible.label}".`,
            { ...where, field: responsible.name },
          ),
        );
    }
    if (gap && recommendations && block.fields[gap.name] === true && !isFilled(block.fields[recommendations.name], recommendations.kind))
      out.push(
        diag(
          'error',
          'threat-gap-recommendation',
          `${capitalize(name())} is flagged as a gap in the response but carries no recommendation. Say what should change under "${recommendations.label}".`,
          { ...where, field: recommendations.name },
        ),
      );
  }
}

/**
 * The matrix is due for review `CADENCE_DAYS[cadence]` days after its last
 * review; later than that is a warning. The cadence is the document's
 * `reviewCadence`, or the template's default.
 */
function checkReview(input: RuleInput): void {
  const { model, template, today, out } = input;
  const fields = model.meta.fields;
  const cadence = isCadence(fields.reviewCadence) ? fields.reviewCadence : template.review.cadence;
  const last = typeof fields.lastReview === 'string' ? dayNumber(fields.lastReview) : undefined;
  if (!cadence || last === undefined) return;
  const due = last + CADENCE_DAYS[cadence];
  if (today <= due) return;
  out.push(
    diag(
      'warning',
      'review-overdue',
      `This matrix was last reviewed on ${fields.lastReview}; with a ${cadence} review it was due again by ${isoOfDay(due)} (${today - due} days ago). Review it with the coordination forum and update "Last reviewed".`,
      { field: 'lastReview' },
    ),
  );
}

/** Runs the threat-matrix rules. */
export function checkThreatMatrix(input: RuleInput): void {
  checkThreats(input);
  checkReview(input);
}
