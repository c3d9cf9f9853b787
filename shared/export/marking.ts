/**
 * The classification marking an export prints at the top and bottom of
 * every page: the document's own "Classification" field, in words. A
 * document that has not chosen one says so on every page rather than
 * passing for unclassified.
 */
import type { DocModel } from '../model/types.js';
import { shortValueWords } from '../template/field-words.js';
import type { Template } from '../template/load.js';

/** The document field holding the classification (every built-in template has it; exports read it). */
export const CLASSIFICATION_FIELD = 'classification';

/** What the marking says when the document has not chosen a classification. */
export const MARKING_NOT_SET = 'Classification not set';

/** The marking of `model`: the label of its classification ("UN Confidential"), or `MARKING_NOT_SET`. */
export function markingOf(model: DocModel, template: Template): string {
  const v = model.meta.fields[CLASSIFICATION_FIELD];
  if (typeof v !== 'string' || !v.trim()) return MARKING_NOT_SET;
  return shortValueWords(v, template.fields.find((f) => f.name === CLASSIFICATION_FIELD));
}

/** The fill of each risk band on paper (hex RGB, light enough for black text to read and to photocopy), for the Word and PDF heat maps alike. */
export const PAPER_BAND_FILL: Readonly<Record<string, string>> = { none: 'FFFFFF', low: 'D9EAD3', medium: 'FFF2CC', high: 'F9CB9C', extreme: 'EA9999' };
