/**
 * Counted nouns in plain English ("1 day", "2 days"): one rule for every
 * message the domain and the editor write, so "(1 days ago)" cannot come back;
 * and text shortened at a word ("Armed groups raid…").
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

/**
 * `text` cut to at most `max` characters at a word boundary, with "…" when something was cut
 * (a single word longer than `max` is cut inside it, as nothing else fits); the full text is
 * for a tooltip or an accessible name beside it.
 */
export function shorten(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, Math.max(1, max - 1));
  // The cut ends a word when the next character is a space; else it goes back to the last space, if that keeps enough.
  const space = /\s/.test(t.charAt(cut.length)) ? cut.length : cut.lastIndexOf(' ');
  const head = space > max / 3 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.—–-]+$/u, '')}…`;
}
