/**
 * The words a 1–5 rating reads as ("3" is "possible" for a likelihood), for
 * the editor's rating picker and the changes a reviewer reads alike, in the
 * reader's language (shared/i18n/messages/shared-values.ts).
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedValueWords } from '../i18n/messages/shared-values.js';

const RATING_KEYS = {
  likelihood: ['rating.likelihood.1', 'rating.likelihood.2', 'rating.likelihood.3', 'rating.likelihood.4', 'rating.likelihood.5'],
  impact: ['rating.impact.1', 'rating.impact.2', 'rating.impact.3', 'rating.impact.4', 'rating.impact.5'],
} as const;

/** Per rating field name, the English word for each step from 1 to 5. */
export const RATING_WORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(RATING_KEYS).map(([name, keys]) => [name, keys.map((k) => translate(sharedValueWords, 'en', k))]),
);

/** The word for rating `n` of the field `name` in `locale` ("possible"), or undefined when the field has no words or `n` is not 1–5. */
export function ratingWord(name: string, n: number, locale: Locale = 'en'): string | undefined {
  const keys = name === 'likelihood' || name === 'impact' ? RATING_KEYS[name] : undefined;
  const key = keys && Number.isInteger(n) ? keys[n - 1] : undefined;
  return key ? translate(sharedValueWords, locale, key) : undefined;
}
