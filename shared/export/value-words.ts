/**
 * A short value in words in the document's language, as the export prints
 * it: a flag as Yes/Oui, a rating as "4 (likely)" / "4 (probable)" with the
 * rating words the editor shows too (so paper and screen agree), everything else as
 * field-words.ts writes it (a choice by its label, already in the
 * language of the localized template; a date in the given Intl locale).
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { editorWords } from '../i18n/messages/editor.js';
import { shortValueWords, statusWord } from '../template/field-words.js';
import type { FieldSpec } from '../template/template-schema.js';
import type { RiskBand } from '../validate/risk.js';

/** `value` of the field `spec` in words in `lang`, dates in the Intl locale `intl`. */
export function exportValueWords(value: string | number | boolean, spec: FieldSpec | undefined, lang: Locale, intl: string): string {
  return shortValueWords(value, spec, intl, lang);
}

/** A document status in words in `lang` ("In review", "En examen"); an unknown status comes back as given. */
export function exportStatusWord(status: string, lang: Locale): string {
  return statusWord(status, lang);
}

/** A risk band's name in `lang` ("very high risk", "risque très élevé"). */
export function riskWords(band: RiskBand, lang: Locale): string {
  return translate(editorWords, lang, `risk.${band}`);
}
