/**
 * Threat risk and ranking (Annex E.4.1): risk = likelihood × impact, each
 * rated 1–5, so risk runs from 1 to 25. Rows are ranked by risk, highest
 * first. On equal risk an imminent threat ranks above one that is not —
 * imminence means the perpetrator already has intent, capacity and
 * opportunity, so it needs attention first — and remaining ties keep
 * document order, so ranks do not jump around while people type.
 */
import type { DocModel, TypedBlock } from '../model/types.js';
import { blocksOfType, indexModel } from './model-index.js';

/** Block type of threat-matrix rows. */
export const THREAT_BLOCK = 'threat';

/** Risk at or above which a threat counts as high risk (e.g. likelihood 3 × impact 5). */
export const HIGH_RISK_THRESHOLD = 15;

/** Where the colour bands of a risk start: medium from 5, high from 10, and the top band from the high-risk threshold. */
export const RISK_BANDS_FROM = { medium: 5, high: 10, extreme: HIGH_RISK_THRESHOLD } as const;

/** The colour band of a risk, or "none" while it is not rated. */
export type RiskBand = 'none' | 'low' | 'medium' | 'high' | 'extreme';

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
}

const ranking = new WeakMap<DocModel, readonly RankedThreat[]>();

/**
 * The threat rows of a document ranked by risk (highest first, imminent
 * first on ties, then document order), followed by the rows not yet rated,
 * in document order and without a rank. Computed once per model object;
 * the list is shared, so callers must not change it.
 */
export function rankThreats(model: DocModel): readonly RankedThreat[] {
  let out = ranking.get(model);
  if (out) return out;
  const rows = blocksOfType(indexModel(model), THREAT_BLOCK);
  // Risk runs 1–25, so (risk, imminence) takes 50 values: a counting sort keeps document order on ties without comparing.
  const keys = new Int8Array(rows.length);
  const counts = new Int32Array(52);
  for (let i = 0; i < rows.length; i++) {
    const risk = riskOf(rows[i].block);
    if (risk !== undefined) counts[(keys[i] = risk * 2 + (isImminent(rows[i].block) ? 1 : 0))]++;
  }
  // Where each key's rows start in the ranking: highest key first.
  const starts = new Int32Array(52);
  for (let k = 51, at = 0; k >= 2; k--) {
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
      ranked[unratedAt++] = { id: block.id, section, block, risk: undefined, imminent, highRisk: false };
      continue;
    }
    const risk = k >> 1;
    const at = starts[k]++;
    ranked[at] = { id: block.id, section, block, risk, imminent, highRisk: risk >= HIGH_RISK_THRESHOLD, rank: at + 1 };
  }
  out = ranked;
  ranking.set(model, out);
  return out;
}
