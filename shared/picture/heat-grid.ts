/**
 * The data of a risk heat map: threats placed on the 5 × 5 grid of
 * likelihood by impact (Annex E.4.1), each cell with its risk and colour
 * band. The threat matrix's chart (editor/heatmap.ts) and the mission
 * picture's grid of every matrix both place threats with it, so a threat
 * never sits in one cell on one screen and another cell on the other.
 */
import { isRating, type RiskBand, riskBand } from '../validate/risk.js';

/** What a threat needs to be placed: its two ratings, when given. */
export interface Placeable {
  likelihood?: number;
  impact?: number;
}

/** One cell of the grid with the threats in it, in the order they were given. */
export interface HeatCell<T> {
  likelihood: number;
  impact: number;
  /** Likelihood × impact. */
  risk: number;
  band: RiskBand;
  points: T[];
}

/** The ratings a grid runs through, lowest first. */
const RATINGS = [1, 2, 3, 4, 5] as const;

/** The cells that hold at least one threat, in the order their first threat was given, and the threats not rated yet (either rating missing or outside 1–5). */
export function heatCells<T extends Placeable>(points: readonly T[]): { cells: Array<HeatCell<T>>; unrated: T[] } {
  const byCell = new Map<number, HeatCell<T>>();
  const unrated: T[] = [];
  for (const p of points) {
    const { likelihood, impact } = p;
    if (!isRating(likelihood) || !isRating(impact)) {
      unrated.push(p);
      continue;
    }
    const key = likelihood * 10 + impact;
    const cell = byCell.get(key) ?? { likelihood, impact, risk: likelihood * impact, band: riskBand(likelihood * impact), points: [] };
    cell.points.push(p);
    byCell.set(key, cell);
  }
  return { cells: [...byCell.values()], unrated };
}

/** The whole grid as rows, likelihood 5 (top) down to 1, each row impact 1 to 5 (left to right), empty cells included; with the threats not rated yet. */
export function heatGrid<T extends Placeable>(points: readonly T[]): { rows: Array<Array<HeatCell<T>>>; unrated: T[] } {
  const { cells, unrated } = heatCells(points);
  const at = new Map(cells.map((c) => [c.likelihood * 10 + c.impact, c]));
  const rows = [...RATINGS].reverse().map((l) => RATINGS.map((i) => at.get(l * 10 + i) ?? { likelihood: l, impact: i, risk: l * i, band: riskBand(l * i), points: [] }));
  return { rows, unrated };
}
