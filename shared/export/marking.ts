/**
 * The classification marking an export prints at the top and bottom of
 * every page: the document's own "Classification" field, in words. A
 * document that has not chosen one says so on every page rather than
 * passing for unclassified. Beside it, on a version nobody has approved
 * (approval.ts), the draft marking, so a page found alone on a desk says
 * it is not endorsed.
 */
import type { DocModel } from '../model/types.js';
import { translate } from '../i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { exportWords } from '../i18n/messages/export.js';
import { shortValueWords } from '../template/field-words.js';
import type { Template } from '../template/load.js';

/** The document field holding the classification (every built-in template has it; exports read it). */
export const CLASSIFICATION_FIELD = 'classification';

/** What the marking says when the document has not chosen a classification (in English; the catalogue's 'marking.notSet'). */
export const MARKING_NOT_SET = translate(exportWords, DEFAULT_LOCALE, 'marking.notSet');

/** What every page of a version that is not approved says beside the classification, and its title page above the title (in English; 'marking.draft'). */
export const DRAFT_MARKING = translate(exportWords, DEFAULT_LOCALE, 'marking.draft');

/** The band printed at the top and bottom of every page: the marking in capitals, and the draft marking in `lang` when the version is not approved. */
export function pageBand(marking: string, approved: boolean, lang: Locale = DEFAULT_LOCALE): string {
  return `${marking.toLocaleUpperCase(lang)}${approved ? '' : ` · ${translate(exportWords, lang, 'marking.draft')}`}`;
}

/** The marking of `model`: the label of its classification ("UN Confidential") under `template` (already in the document's language), or "Classification not set" in `lang`. */
export function markingOf(model: DocModel, template: Template, lang: Locale = DEFAULT_LOCALE): string {
  const v = model.meta.fields[CLASSIFICATION_FIELD];
  if (typeof v !== 'string' || !v.trim()) return translate(exportWords, lang, 'marking.notSet');
  return shortValueWords(v, template.fields.find((f) => f.name === CLASSIFICATION_FIELD));
}

/** The fill of each risk band on paper (hex RGB, light enough for black text to read and to photocopy), for the Word and PDF heat maps alike. */
export const PAPER_BAND_FILL: Readonly<Record<string, string>> = { none: 'FFFFFF', low: 'D9EAD3', medium: 'FFF2CC', high: 'F9CB9C', extreme: 'EA9999' };
