/**
 * A risk band's words in the document's language, as the export prints
 * them: the editor's words, so paper and screen agree. Values and statuses
 * are written by shared/template/field-words.ts, as on screen.
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { editorWords } from '../i18n/messages/editor.js';
import type { RiskBand } from '../validate/risk.js';

/** A risk band's name in `lang` ("very high risk", "risque très élevé"). */
export function riskWords(band: RiskBand, lang: Locale): string {
  return translate(editorWords, lang, `risk.${band}`);
}
