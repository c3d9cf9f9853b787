/**
 * Values and statuses in words, as a reader sees them: a choice by its
 * label, a rating as "4 (likely)", a date as a date, a flag as Yes/No, a
 * status as "In review". The reading view, the signing panel and the Word
 * and PDF exports all write them through here, so a value reads the same
 * on screen and on paper. Words come in the reader's language (English
 * unless asked); choice labels come from the template the caller gives,
 * already in that language (localizeTemplate).
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedValueWords } from '../i18n/messages/shared-values.js';
import type { DocStatus } from '../model/types.js';
import { formatDay } from '../time/format.js';
import { ratingWord } from './rating-words.js';
import type { FieldSpec } from './template-schema.js';

const STATUS_KEYS: Record<DocStatus, `status.${DocStatus}`> = { draft: 'status.draft', 'in-review': 'status.in-review', approved: 'status.approved', archived: 'status.archived' };

/** The status in words in `locale` ("In review", "En examen"); an unknown status comes back as given. */
export function statusWord(status: string, locale: Locale = 'en'): string {
  const key = STATUS_KEYS[status as DocStatus] as `status.${DocStatus}` | undefined;
  return key ? translate(sharedValueWords, locale, key) : status;
}

/**
 * A short value in full words: a choice by its label, a rating as "4 (likely)", a date as a day written with the
 * Intl locale `intl`, a flag as Yes/No; the words (Yes/No, the rating's word) in `locale`.
 */
export function shortValueWords(value: string | number | boolean, spec: FieldSpec | undefined, intl?: string, locale: Locale = 'en'): string {
  if (typeof value === 'boolean') return translate(sharedValueWords, locale, value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') {
    const word = spec ? ratingWord(spec.name, value, locale) : undefined;
    return word ? translate(sharedValueWords, locale, 'value.ratingWithWord', { n: value, word }) : String(value);
  }
  if (spec?.kind === 'enum') return spec.values?.find((v) => v.value === value)?.label ?? value;
  if (spec?.kind === 'date') return formatDay(value, intl);
  return value;
}
