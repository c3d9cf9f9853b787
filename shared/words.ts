/**
 * Counted nouns in plain English ("1 day", "2 days"): one rule for every
 * message the domain and the editor write, so "(1 days ago)" cannot come back.
 */

/** The plural of an English noun or label: "threat" → "threats", "activity" → "activities"; one already ending in "s" stays. */
export function pluralOf(noun: string): string {
  if (/s$/i.test(noun)) return noun;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** "1 threat", "3 threats", "0 threats"; give `many` for irregular nouns ("person", "people"). */
export function plural(n: number, one: string, many: string = pluralOf(one)): string {
  return `${n} ${n === 1 ? one : many}`;
}
