/**
 * A field's value as a reviewer reads it in a list of changes: a choice by
 * its label, a rating by its word, a date as a date, yes/no, long text
 * shortened at a word. Pure, so the server or the CLI can write the same
 * words as the browser.
 */
import type { FieldValue, RichText } from '../model/types.js';
import { richTextToPlain } from '../model/normalize.js';
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedValueWords } from '../i18n/messages/shared-values.js';
import { ratingWord } from '../template/rating-words.js';
import type { FieldSpec } from '../template/template-schema.js';
import { shorten } from '../words.js';

/** How long a text value may be in a change before it is shortened with "…". */
export const MAX_VALUE_WORDS = 80;

/** What an empty value reads as in English (emptyValue gives it in another language). */
export const EMPTY_VALUE = '(empty)';

/** How days and people are written; the browser passes the person's locale, the default is "3 Mar 2026". */
export interface ValueWords {
  /** A YYYY-MM-DD day in words. */
  day?: (day: string) => string;
  /** A person field's value (as typed) as the name to show. */
  person?: (value: string) => string;
  /** The language of the words (Yes/No, a rating's word, "(empty)"); English by default. */
  locale?: Locale;
}

/** What an empty value reads as in `locale`. */
export function emptyValue(locale: Locale = 'en'): string {
  return translate(sharedValueWords, locale, 'value.empty');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD day as "3 Mar 2026" (the same in every locale); other text comes back unchanged. */
export function plainDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : day;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Plain text of rich text on one line (paragraphs and list items joined by " / "). */
function richLine(v: RichText): string {
  return richTextToPlain(v)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' / ');
}

/** `value` of a field (described by `spec` when the template knows it) in words, at most MAX_VALUE_WORDS characters. */
export function valueInWords(value: FieldValue | undefined, spec: FieldSpec | undefined, words: ValueWords = {}): string {
  const locale = words.locale ?? 'en';
  if (value === undefined || value === '' || (Array.isArray(value) && !richLine(value))) return emptyValue(locale);
  if (typeof value === 'boolean') return translate(sharedValueWords, locale, value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') {
    const word = spec ? ratingWord(spec.name, value, locale) : undefined;
    return word ? capital(word) : spec?.kind === 'rating' ? translate(sharedValueWords, locale, 'value.ratingOutOf5', { n: value }) : String(value);
  }
  if (Array.isArray(value)) return shorten(richLine(value), MAX_VALUE_WORDS);
  switch (spec?.kind) {
    case 'enum':
      return spec.values?.find((v) => v.value === value)?.label ?? value;
    case 'date':
      return (words.day ?? plainDay)(value);
    case 'person':
      return shorten(words.person ? words.person(value) : value, MAX_VALUE_WORDS);
    default:
      return shorten(value, MAX_VALUE_WORDS);
  }
}
