/**
 * The strategy's response model (policy E.2–E.3): three tiers (I dialogue
 * and engagement, II physical protection, III a protective environment)
 * that work side by side, and four phases (prevention, pre-emption,
 * response, consolidation) that need not come in order. `tierPhaseMatrix`
 * sets the strategy's objectives in a tiers × phases grid, so a gap shows
 * as an empty cell; the editor draws it beside the objectives. A whole
 * phase without an objective is the `response-phase-missing` warning
 * (strategy-frame.ts, which checks the spread of tiers the same way). The tiers and phases are the values of the objective's
 * `tier` and `phase` fields in the template, so a tailored list is what is
 * counted.
 */
import type { TypedBlock } from '../model/types.js';
import type { BlockTypeSpec } from '../template/template-schema.js';
import { FRAME_FIELDS } from './strategy-frame.js';

/** One row or column of the grid: a value of the tier or phase field, with its label. */
export interface Axis {
  value: string;
  label: string;
}

/** The objectives of a strategy set out by tier (rows) and phase (columns). */
export interface TierPhaseMatrix {
  tiers: readonly Axis[];
  phases: readonly Axis[];
  /** `cells[t][p]`: the ids of the objectives of tier `t` and phase `p`, in document order. */
  cells: readonly (readonly string[])[][];
  /** Objectives whose tier or phase is not set (or not one of the template's values), in document order. */
  unplaced: readonly string[];
}

/** The choices of an enum field of a block type, or undefined when the block type has no such enum field. */
function axisOf(spec: BlockTypeSpec, name: string): Axis[] | undefined {
  const f = spec.fields.find((x) => x.name === name);
  return f?.kind === 'enum' && f.values?.length ? f.values.map((v) => ({ value: v.value, label: v.label })) : undefined;
}

/**
 * The tiers × phases grid of `blocks` (the objectives; other block types are
 * skipped) as the objective block type `spec` declares its tier and phase
 * fields; undefined when it does not declare both as choice fields.
 */
export function tierPhaseMatrix(blocks: readonly TypedBlock[], spec: BlockTypeSpec): TierPhaseMatrix | undefined {
  const tiers = axisOf(spec, FRAME_FIELDS.tier);
  const phases = axisOf(spec, FRAME_FIELDS.phase);
  if (!tiers || !phases) return undefined;
  const cells = tiers.map(() => phases.map((): string[] => []));
  const unplaced: string[] = [];
  for (const b of blocks) {
    if (b.type !== spec.type) continue;
    const t = tiers.findIndex((x) => x.value === b.fields[FRAME_FIELDS.tier]);
    const p = phases.findIndex((x) => x.value === b.fields[FRAME_FIELDS.phase]);
    if (t < 0 || p < 0) unplaced.push(b.id);
    else cells[t][p].push(b.id);
  }
  return { tiers, phases, cells, unplaced };
}
