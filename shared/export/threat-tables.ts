/**
 * What the threat matrix adds to its printed table: the rows in rank order
 * with their rank first and their likelihood, impact and risk after the
 * annex's seven columns, and the 5 × 5 heat map above it. The ranking and
 * the grid are the ones the editor and the mission picture use
 * (validate/risk.ts, picture/heat-grid.ts), so paper and screen agree.
 */
import { wordsOf } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { exportWords } from '../i18n/messages/export.js';
import type { DocModel, TypedBlock } from '../model/types.js';
import { heatGrid } from '../picture/heat-grid.js';
import type { Template } from '../template/load.js';
import type { BlockTypeSpec } from '../template/template-schema.js';
import { isRating, priorityImpactOf, rankThreats, riskBand, riskBandKey, THREAT_BLOCK } from '../validate/risk.js';
import { riskWords } from './value-words.js';
import { printedId } from './printed-id.js';
import type { ExportHeat, Flow } from './export-model.js';

/** The threat matrix's additions to the table of `blocks`, or undefined for rows that are not threats. */
export interface ThreatTables {
  /** The rows, rated ones by rank, then those not rated yet in document order. */
  order: TypedBlock[];
  leading: string[];
  leadingCells(b: TypedBlock): Flow[][];
  columns: string[];
  cells(b: TypedBlock): Flow[][];
  heat: ExportHeat;
}

const cell = (text: string): Flow[] => [{ t: 'p', runs: [{ text }] }];

/** The threat fields the table's own columns show (likelihood and impact, beside the risk), which each row's details leave out. */
export const THREAT_TABLE_FIELDS = ['likelihood', 'impact'] as const;

/** The ranking columns and heat map of a threat matrix's rows `blocks` (of type `spec`), in `lang`, or undefined for another block type. */
export function threatTables(model: DocModel, template: Template, blocks: readonly TypedBlock[], spec: BlockTypeSpec, lang: Locale): ThreatTables | undefined {
  if (spec.type !== THREAT_BLOCK) return undefined;
  const w = wordsOf(exportWords, lang);
  const here = new Set(blocks.map((b) => b.id));
  const ranked = rankThreats(model, priorityImpactOf(template)).filter((r) => here.has(r.id));
  const byId = new Map(ranked.map((r) => [r.id, r]));
  const rating = (b: TypedBlock, name: string) => (isRating(b.fields[name]) ? String(b.fields[name]) : '');
  const grid = heatGrid(blocks.map((b) => ({ id: b.id, likelihood: b.fields.likelihood as number | undefined, impact: b.fields.impact as number | undefined })));
  return {
    order: ranked.map((r) => r.block),
    leading: [w('table.rank')],
    leadingCells: (b) => [cell(byId.get(b.id)?.rank !== undefined ? String(byId.get(b.id)!.rank) : '—')],
    columns: [w('table.likelihood'), w('table.impact'), w('table.risk')],
    cells: (b) => {
      const r = byId.get(b.id);
      // The band's name as the editor's badge and the heat maps' key give it; a catastrophic impact ranks with the top band whatever its score.
      const priority = !!r?.priorityImpact && !r.highRisk;
      const key = priority ? (r?.imminent ? 'risk.cell.priority.imminent' : 'risk.cell.priority') : r?.imminent ? 'risk.cell.imminent' : 'risk.cell';
      const risk = r?.risk === undefined ? '' : w(key, { risk: r.risk, band: riskWords(riskBand(r.risk), lang) });
      return [cell(rating(b, 'likelihood')), cell(rating(b, 'impact')), cell(risk)];
    },
    heat: {
      t: 'heat',
      caption: w('heat.caption'),
      rows: grid.rows.map((row) => row.map((c) => ({ likelihood: c.likelihood, impact: c.impact, risk: c.risk, band: c.band, ids: c.points.map((p) => p.id) }))),
      unrated: grid.unrated.map((p) => printedId(p.id)),
      key: riskBandKey().map((k) => ({ ...k, words: riskWords(k.band, lang) })),
    },
  };
}
