/**
 * The classification marking an export prints at the top and bottom of
 * every page: the document's own "Classification" field, in words. A
 * document that has not chosen one says so on every page rather than
 * passing for unclassified. Beside it, on a version nobody has approved
 * (approval.ts), the draft marking, so a page found alone on a desk says
 * it is not endorsed.
 */
import type { DocModel } from '../model/types.js';
import { shortValueWords } from '../template/field-words.js';
import type { Template } from '../template/load.js';

/** The document field holding the classification (every built-in template has it; exports read it). */
export const CLASSIFICATION_FIELD = 'classification';

/** What the marking says when the document has not chosen a classification. */
export const MARKING_NOT_SET = 'Classification not set';

/** What every page of a version that is not approved says beside the classification, and its title page above the title. */
export const DRAFT_MARKING = 'DRAFT — NOT ENDORSED';

/** The band printed at the top and bottom of every page: the marking in capitals, and the draft marking when the version is not approved. */
export function pageBand(marking: string, approved: boolean): string {
  return `${marking.toUpperCase()}${approved ? '' : ` · ${DRAFT_MARKING}`}`;
}

/** The marking of `model`: the label of its classification ("UN Confidential"), or `MARKING_NOT_SET`. */
export function markingOf(model: DocModel, template: Template): string {
  const v = model.meta.fields[CLASSIFICATION_FIELD];
  if (typeof v !== 'string' || !v.trim()) return MARKING_NOT_SET;
  return shortValueWords(v, template.fields.find((f) => f.name === CLASSIFICATION_FIELD));
}

/** The fill of each risk band on paper (hex RGB, light enough for black text to read and to photocopy), for the Word and PDF heat maps alike. */
export const PAPER_BAND_FILL: Readonly<Record<string, string>> = { none: 'FFFFFF', low: 'D9EAD3', medium: 'FFF2CC', high: 'F9CB9C', extreme: 'EA9999' };
