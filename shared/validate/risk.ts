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

function rating(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
}

/** Likelihood × impact of a threat block, or undefined while either rating is missing or outside 1–5. */
export function riskOf(block: TypedBlock): number | undefined {
  const l = rating(block.fields.likelihood);
  const i = rating(block.fields.impact);
  return l === undefined || i === undefined ? undefined : l * i;
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
