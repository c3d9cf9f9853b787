/**
 * The words a 1–5 rating reads as ("3" is "possible" for a likelihood), for
 * the editor's rating picker and the changes a reviewer reads alike.
 */

/** Per rating field name, the word for each step from 1 to 5. */
export const RATING_WORDS: Readonly<Record<string, readonly string[]>> = {
  likelihood: ['rare', 'unlikely', 'possible', 'likely', 'almost certain'],
  impact: ['minor', 'moderate', 'serious', 'severe', 'catastrophic'],
};

/** The word for rating `n` of the field `name` ("possible"), or undefined when the field has no words or `n` is not 1–5. */
export function ratingWord(name: string, n: number): string | undefined {
  return Number.isInteger(n) ? RATING_WORDS[name]?.[n - 1] : undefined;
}
