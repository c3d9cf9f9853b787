/**
 * Threat risk and ranking (Annex E.4.1): risk = likelihood × impact, each
 * rated 1–5, so risk runs from 1 to 25. Priority threats rank first: the
 * high-risk ones and, as para. 48 and footnote 42 allow, those of
 * catastrophic impact however unlikely (the impact field's `priorityFrom`
 * in the template, 5 in the built-in one), so mass violence around an
 * election (2 × 5) ranks above on-going low-level violence (3 × 4). Within
 * each group rows are ranked by risk, highest first. On equal risk an
 * imminent threat ranks above one that is not (para. 47: the mission has a
 * reasonable belief of hostile intent, capacity, record and opportunity),
 * and remaining ties keep document order, so ranks do not jump around while
 * people type.
 */
import type { DocModel, TypedBlock } from '../model/types.js';
import type { BlockTypeSpec } from '../template/template-schema.js';
import { blocksOfType, indexModel } from './model-index.js';

/** Block type of threat-matrix rows. */
export const THREAT_BLOCK = 'threat';

/** Risk at or above which a threat counts as high risk (e.g. likelihood 3 × impact 5). */
export const HIGH_RISK_THRESHOLD = 15;

/** Where the colour bands of a risk start: medium from 5, high from 10, and the top band from the high-risk threshold. */
export const RISK_BANDS_FROM = { medium: 5, high: 10, extreme: HIGH_RISK_THRESHOLD } as const;

/** The colour band of a risk, or "none" while it is not rated. */
export type RiskBand = 'none' | 'low' | 'medium' | 'high' | 'extreme';

/** The name of each risk band, as the threat matrix's badges, the heat maps' keys and the exports' risk column all say it. */
export const RISK_WORDS: Readonly<Record<RiskBand, string>> = {
  none: 'not rated',
  low: 'low risk',
  medium: 'medium risk',
  high: 'high risk',
  extreme: 'very high risk',
};

/** The rated bands with their names and score ranges, lowest first ("low risk", "1–4"): the key under every heat map, on screen and on paper. */
export function riskBandKey(): Array<{ band: Exclude<RiskBand, 'none'>; words: string; range: string }> {
  const { medium, high, extreme } = RISK_BANDS_FROM;
  const ranges: Array<[Exclude<RiskBand, 'none'>, string]> = [
    ['low', `1–${medium - 1}`],
    ['medium', `${medium}–${high - 1}`],
    ['high', `${high}–${extreme - 1}`],
    ['extreme', `${extreme}–25`],
  ];
  return ranges.map(([band, range]) => ({ band, words: RISK_WORDS[band], range }));
}

/** Whether `v` is a likelihood or impact rating: a whole number from 1 to 5. */
export function isRating(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
}

/** Likelihood × impact of a threat block, or undefined while either rating is missing or outside 1–5. */
export function riskOf(block: TypedBlock): number | undefined {
  const { likelihood, impact } = block.fields;
  return isRating(likelihood) && isRating(impact) ? likelihood * impact : undefined;
}

/** The colour band of a risk (1–25): low below 5, medium below 10, high below the high-risk threshold, extreme from it (`RISK_BANDS_FROM`). */
export function riskBand(risk: number | undefined): RiskBand {
  if (risk === undefined) return 'none';
  if (risk >= RISK_BANDS_FROM.extreme) return 'extreme';
  if (risk >= RISK_BANDS_FROM.high) return 'high';
  if (risk >= RISK_BANDS_FROM.medium) return 'medium';
  return 'low';
}

/** Whether a threat block is marked imminent. */
export function isImminent(block: TypedBlock): boolean {
  return block.fields.imminent === true;
}

/**
 * The impact from which a threat is a priority whatever its likelihood: the `priorityFrom` of the threat block's
 * `impact` field in the template (5 in the built-in threat matrix), or undefined when the template sets none.
 */
export function priorityImpactOf(template: { readonly blockTypes: readonly BlockTypeSpec[] }): number | undefined {
  return template.blockTypes.find((b) => b.type === THREAT_BLOCK)?.fields.find((f) => f.name === 'impact')?.priorityFrom;
}

/** Whether a threat block's impact is at or above `priorityImpact` (never when that is undefined or the impact not rated). */
export function hasPriorityImpact(block: TypedBlock, priorityImpact: number | undefined): boolean {
  const { impact } = block.fields;
  return priorityImpact !== undefined && isRating(impact) && impact >= priorityImpact;
}

/** A threat row with its risk and place in the ranking. */
export interface RankedThreat {
  /** Block id, e.g. "T-3". */
  id: string;
  /** Section holding the row. */
  section: string;
  block: TypedBlock;
  /** Likelihood × impact; undefined until both are rated. */
  risk?: number;
  /** 1 for the most urgent threat; undefined for rows not yet rated. */
  rank?: number;
  imminent: boolean;
  /** Risk at or above `HIGH_RISK_THRESHOLD`. */
  highRisk: boolean;
  /** Impact at or above the template's priority impact (`priorityImpactOf`): a priority however unlikely (E.4.1 para. 48). */
  priorityImpact: boolean;
}

const ranking = new WeakMap<DocModel, { priorityImpact: number | undefined; list: readonly RankedThreat[] }>();

/** Ranking keys: 2 × risk + imminence (2–51), plus this for priority threats (high risk or priority impact). */
const PRIORITY_KEY = 52;

/**
 * A rated threat's ranking key (higher ranks first: priority, then risk, then imminence), or undefined
 * while it is not rated. One key for a matrix's ranking and for the mission picture, which ranks the
 * threats of every matrix together (shared/picture/threats.ts).
 */
export function threatRankKey(block: TypedBlock, priorityImpact: number | undefined): number | undefined {
  const risk = riskOf(block);
  if (risk === undefined) return undefined;
  const priority = risk >= HIGH_RISK_THRESHOLD || hasPriorityImpact(block, priorityImpact);
  return (priority ? PRIORITY_KEY : 0) + risk * 2 + (isImminent(block) ? 1 : 0);
}

/**
 * The threat rows of a document ranked: priority threats first (high risk,
 * or an impact of `priorityImpact` or more, as `priorityImpactOf` reads it
 * from the template), then by risk (highest first, imminent first on ties,
 * then document order), followed by the rows not yet rated, in document
 * order and without a rank. Without `priorityImpact` only high risk makes a
 * priority. Computed once per model object and threshold; the list is
 * shared, so callers must not change it.
 */
export function rankThreats(model: DocModel, priorityImpact?: number): readonly RankedThreat[] {
  const cached = ranking.get(model);
  if (cached && cached.priorityImpact === priorityImpact) return cached.list;
  const rows = blocksOfType(indexModel(model), THREAT_BLOCK);
  // (priority, risk 1–25, imminence) takes 100 values: a counting sort keeps document order on ties without comparing.
  const keys = new Int8Array(rows.length);
  const counts = new Int32Array(2 * PRIORITY_KEY);
  for (let i = 0; i < rows.length; i++) {
    const key = threatRankKey(rows[i].block, priorityImpact);
    if (key !== undefined) counts[(keys[i] = key)]++;
  }
  // Where each key's rows start in the ranking: highest key first.
  const starts = new Int32Array(2 * PRIORITY_KEY);
  for (let k = 2 * PRIORITY_KEY - 1, at = 0; k >= 2; k--) {
    starts[k] = at;
    at += counts[k];
  }
  const ranked = new Array<RankedThreat>(rows.length);
  let unratedAt = rows.reduce((n, _, i) => n + (keys[i] ? 1 : 0), 0);
  for (let i = 0; i < rows.length; i++) {
    const { block, section } = rows[i];
    const k = keys[i];
    const imminent = isImminent(block);
    if (!k) {
      ranked[unratedAt++] = { id: block.id, section, block, risk: undefined, imminent, highRisk: false, priorityImpact: false };
      continue;
    }
    const risk = (k % PRIORITY_KEY) >> 1;
    const at = starts[k]++;
    ranked[at] = { id: block.id, section, block, risk, imminent, highRisk: risk >= HIGH_RISK_THRESHOLD, priorityImpact: hasPriorityImpact(block, priorityImpact), rank: at + 1 };
  }
  ranking.set(model, { priorityImpact, list: ranked });
  return ranked;
}
