/**
 * Threat-matrix rules (Annex B III, E.4.1): each row's risk and rank are
 * shown (one info diagnostic per rated row, so the CLI and the plugin show
 * the same figures), every high-risk, catastrophic (E.4.1 para. 48, footnote
 * 42) or imminent threat has a mission response and components responsible
 * for it, rows flagged as gaps carry a recommendation, and the matrix is
 * reviewed on its cadence (review-overdue.ts, the rule it shares with the
 * Protection Matrix and the Analysis of Threats and Perpetrators).
 */
import type { FieldSpec } from '../template/template-schema.js';
import type { Diagnostic } from './diagnostic.js';
import { fieldOf, type TemplateIndex } from './template-index.js';
import { blockName, capitalize, diag, directly, type PerBlock, type RuleInput } from './rule-input.js';
import { priorityImpactOf, type RankedThreat, rankThreats, THREAT_BLOCK } from './risk.js';
import { checkReviewOverdue } from './review-overdue.js';
import { isFilled } from './values.js';
import { wordsOf } from '../i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { validationPlans } from '../i18n/messages/validation-plans.js';

/** The threat fields the row rules read (any may be absent from a tailored template). */
interface ThreatFields {
  response?: FieldSpec;
  responsible?: FieldSpec;
  recommendations?: FieldSpec;
  gap?: FieldSpec;
  responseStatus?: FieldSpec;
}

/**
 * The response-status values that mean the response to a threat is not under way. An imminent threat with one of
 * them is warned about (`imminent-response-stalled`). Values a tailored template does not have are simply never set.
 */
export const STALLED_RESPONSE_STATUSES: readonly string[] = ['not-started', 'blocked'];

/** The threat fields of a template, looked up once per pass. */
function threatFields(tix: TemplateIndex): ThreatFields {
  return {
    response: fieldOf(tix, THREAT_BLOCK, 'response'),
    responsible: fieldOf(tix, THREAT_BLOCK, 'responsibleComponents'),
    recommendations: fieldOf(tix, THREAT_BLOCK, 'recommendations'),
    gap: fieldOf(tix, THREAT_BLOCK, 'gap'),
    responseStatus: fieldOf(tix, THREAT_BLOCK, 'responseStatus'),
  };
}

/** The info diagnostic showing a rated row's risk and rank among `ratedCount` rated rows. @internal */
export function threatRiskInfo(r: RankedThreat, ratedCount: number, locale: Locale = DEFAULT_LOCALE): Diagnostic {
  const { block } = r;
  const weight = r.highRisk ? 'high' : r.priorityImpact ? 'priority' : '';
  const flags = r.imminent ? (weight ? `${weight}Imminent` : 'imminent') : weight || 'none';
  const message = wordsOf(validationPlans, locale)('threat.risk', {
    flags,
    risk: String(r.risk),
    likelihood: String(block.fields.likelihood as number),
    impact: String(block.fields.impact as number),
    rank: String(r.rank),
    rated: String(ratedCount),
  });
  return diag('info', 'threat-risk', message, { section: r.section, block: block.id });
}

/** Why a threat needs a response (imminent, high risk, or catastrophic impact), as the messages say it; undefined when it does not (yet) need one. */
export function whyResponseNeeded(r: RankedThreat, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const weight = r.highRisk ? 'high' : r.priorityImpact ? 'priority' : '';
  if (!r.imminent && !weight) return undefined;
  // One whole predicate per combination of reasons (the catalogue's `threat.why`), not reasons glued with "and".
  const why = r.imminent ? (weight === 'high' ? 'imminentHigh' : weight === 'priority' ? 'imminentPriority' : 'imminent') : weight;
  return wordsOf(validationPlans, locale)('threat.why', { why, risk: String(r.risk), impact: String(r.block.fields.impact as number) });
}

/**
 * The rules about one threat row alone: a high-risk, catastrophic or
 * imminent threat has a response and responsible components, a gap carries
 * a recommendation.
 * What it reports depends only on the row (its block and section), never on
 * its rank.
 */
function checkThreatRow(input: RuleInput, r: RankedThreat, f: ThreatFields): void {
  const { out } = input;
  const t = wordsOf(validationPlans, input.locale);
  const { block, section } = r;
  const { response, responsible, recommendations, gap } = f;
  const where = { section, block: block.id };
  const name = () => blockName(input, block);
  const why = whyResponseNeeded(r, input.locale);
  if (why) {
    if (response && !isFilled(block.fields[response.name], response.kind))
      out.push(diag('error', 'threat-response-missing', capitalize(t('threat.responseMissing', { block: name(), why, label: response.label })), { ...where, field: response.name }));
    if (responsible && !isFilled(block.fields[responsible.name], responsible.kind)) {
      const message = t('threat.responsibleMissing', { block: name(), why, label: responsible.label });
      out.push(diag('error', 'threat-responsible-missing', capitalize(message), { ...where, field: responsible.name }));
    }
  }
  if (r.imminent && f.responseStatus) checkStalledResponse(input, r, f.responseStatus, recommendations);
  if (gap && recommendations && block.fields[gap.name] === true && !isFilled(block.fields[recommendations.name], recommendations.kind)) {
    const message = t('threat.gapRecommendation', { block: name(), label: recommendations.label });
    out.push(diag('error', 'threat-gap-recommendation', capitalize(message), { ...where, field: recommendations.name }));
  }
}

/**
 * An imminent threat whose response is not started or blocked is a warning (para. 47: imminent from the moment it is
 * identified until it no longer exists, and the mandate is to protect civilians under imminent threat). A warning,
 * not an error: the status is recorded truthfully and may rightly be "Not started" at the review that adds the threat;
 * an error would push people to report a response as under way to get a clean matrix. The response itself is
 * required (threat-response-missing).
 */
function checkStalledResponse(input: RuleInput, r: RankedThreat, status: FieldSpec, recommendations: FieldSpec | undefined): void {
  const value = r.block.fields[status.name];
  if (typeof value !== 'string' || !STALLED_RESPONSE_STATUSES.includes(value)) return;
  const label = status.values?.find((v) => v.value === value)?.label ?? value;
  const next = value === 'blocked' ? (recommendations ? 'blockedUnder' : 'blocked') : 'start';
  const message = wordsOf(validationPlans, input.locale)('threat.stalled', { next, block: blockName(input, r.block), status: label, label: recommendations?.label ?? '' });
  input.out.push(diag('warning', 'imminent-response-stalled', capitalize(message), { section: r.section, block: r.block.id, field: status.name }));
}

/** The number of rows with a rank. */
function ratedCountOf(ranked: readonly RankedThreat[]): number {
  return ranked.reduce((n, r) => n + (r.rank === undefined ? 0 : 1), 0);
}

/** Threat rows: risk and rank, responses to high-risk and imminent threats, recommendations for gaps. */
function checkThreats(input: RuleInput, perBlock: PerBlock, riskLine: RiskLine): void {
  const { tix, out, model } = input;
  if (!tix.blockTypes.has(THREAT_BLOCK)) return;
  const ranked = rankThreats(model, priorityImpactOf(input.template));
  const ratedCount = ratedCountOf(ranked);
  for (const r of ranked) {
    if (r.risk !== undefined) out.push(riskLine(r, ratedCount, input.locale));
    perBlock(input, r.block, r.section, threatRowRules, r);
  }
}

const fieldsByTemplate = new WeakMap<TemplateIndex, ThreatFields>();

/** The rules about one threat row, as `perBlock` runs them (the template's threat fields looked up once per template). */
function threatRowRules(input: RuleInput, r: RankedThreat): void {
  let f = fieldsByTemplate.get(input.tix);
  if (!f) fieldsByTemplate.set(input.tix, (f = threatFields(input.tix)));
  checkThreatRow(input, r, f);
}

/** Gives the information line on a rated threat's risk and rank, in the reader's language. */
export type RiskLine = (r: RankedThreat, ratedCount: number, locale: Locale) => Diagnostic;

/** Runs the threat-matrix rules; each row's own rules go through `perBlock`, each risk line through `riskLine`. */
export function checkThreatMatrix(input: RuleInput, perBlock: PerBlock = directly, riskLine: RiskLine = threatRiskInfo): void {
  checkThreats(input, perBlock, riskLine);
  checkReviewOverdue(input);
}
