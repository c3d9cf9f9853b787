/**
 * Summary properties of a mirror (issue 15, "key fields of typed blocks
 * exposed as note Properties"): a few numbers and dates about a document's
 * typed blocks, written into its frontmatter so Obsidian's Bases and
 * Dataview can list and sort documents by them ("matrices with priority
 * threats", "next review before Friday", "action plans with open
 * actions"), e.g.
 *
 * ```yaml
 * picture-threats: 9
 * picture-threats-priority: 4
 * picture-threats-imminent: 2
 * picture-top-risk: 20
 * picture-next-review: 2026-11-27
 * ```
 *
 * Why frontmatter properties, not a generated index note: Bases queries
 * notes by their properties, one row per note, so an index note would be
 * one row; properties on each document are what Bases can filter and sort.
 * Why they cannot touch signed content:
 * - They are derived from the model alone (never typed in), and the reader
 *   skips them (`isSummaryKey`), so they never enter the document, its
 *   Y.Doc or its content hash: a sign-off never goes stale for them, and the
 *   mirror's stamp (the model's hash) still tells a rendering from an edit.
 * - They are deliberately not `poc-` keys. A reader that predates them (an
 *   older plugin on another device of a synced vault) reads an unknown
 *   `poc-` key as a document field, which is signed content; a key outside
 *   `poc-` it keeps as the note's own property, which the content hash
 *   leaves out (shared/hash/canonical.ts). So even an old reader cannot
 *   make a sign-off stale through them.
 * - Nothing that depends on today (overdue, past validity) is written: the
 *   file would change every midnight with no one editing it. Those live in
 *   the mission picture (shared/picture), computed when it is looked at.
 * The counts use the same rules as validation and the picture
 * (shared/validate/risk.ts, next-review.ts, resources-matrix.ts).
 */
import type { DocModel } from '../model/types.js';
import type { Template } from '../template/load.js';
import { ACTION_BLOCK, DONE_STATUS } from '../validate/action-plan.js';
import { blocksOfType, indexModel } from '../validate/model-index.js';
import { nextReview } from '../validate/next-review.js';
import { CAPABILITY_BLOCK, RED_LEVEL } from '../validate/resources-matrix.js';
import { priorityImpactOf, rankThreats, THREAT_BLOCK } from '../validate/risk.js';

/** The summary keys, each with what it says (for the README and for a reader skipping them). */
export const SUMMARY_KEYS = {
  threats: 'picture-threats',
  threatsPriority: 'picture-threats-priority',
  threatsImminent: 'picture-threats-imminent',
  topRisk: 'picture-top-risk',
  nextReview: 'picture-next-review',
  actionsOpen: 'picture-actions-open',
  redGaps: 'picture-red-gaps',
} as const;

const KEYS: ReadonlySet<string> = new Set(Object.values(SUMMARY_KEYS));

/** Whether a frontmatter key is a summary property: written from the document, never read back into it. */
export function isSummaryKey(key: string): boolean {
  return KEYS.has(key);
}

/** The summary properties of a document, in a fixed order; only those its template's block types and fields give meaning to. */
export function summaryProperties(model: DocModel, template: Template): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const has = (type: string) => template.blockTypes.some((b) => b.type === type);
  if (has(THREAT_BLOCK)) {
    const ranked = rankThreats(model, priorityImpactOf(template));
    out[SUMMARY_KEYS.threats] = ranked.length;
    out[SUMMARY_KEYS.threatsPriority] = ranked.filter((t) => t.highRisk || t.priorityImpact).length;
    out[SUMMARY_KEYS.threatsImminent] = ranked.filter((t) => t.imminent).length;
    // The first ranked row is not always the riskiest (a catastrophic threat ranks first), so take the highest.
    const top = Math.max(0, ...ranked.map((t) => t.risk ?? 0));
    if (top) out[SUMMARY_KEYS.topRisk] = top;
  }
  const review = nextReview(model, template);
  if (review) out[SUMMARY_KEYS.nextReview] = review;
  const mix = has(ACTION_BLOCK) || has(CAPABILITY_BLOCK) ? indexModel(model) : undefined;
  if (mix && has(ACTION_BLOCK)) out[SUMMARY_KEYS.actionsOpen] = blocksOfType(mix, ACTION_BLOCK).filter(({ block }) => block.fields.status !== DONE_STATUS).length;
  if (mix && has(CAPABILITY_BLOCK)) out[SUMMARY_KEYS.redGaps] = blocksOfType(mix, CAPABILITY_BLOCK).filter(({ block }) => block.fields.criticality === RED_LEVEL).length;
  return out;
}
