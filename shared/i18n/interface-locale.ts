/**
 * The language of the interface in a host that shows one person one
 * language at a time (the web workspace, the Obsidian plugin): set once by
 * the host at start-up from the person's choice, then read by the editor and
 * the panels when they write words. The server and the CLI never use it: they
 * answer many people, each in their own language, and pass a locale along.
 */
import { type ArgsFor, type Catalogue, type KeyOf, translate } from './catalogue.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';

let current: Locale = DEFAULT_LOCALE;

/** Sets the interface language for everything written from now on (a host calls it before it draws anything). */
export function setInterfaceLocale(locale: Locale): void {
  current = locale;
}

/** The interface language the host set (English until it sets one). */
export function interfaceLocale(): Locale {
  return current;
}

/** Words of `catalogue` in the interface language at the time each is asked for: `const t = uiWords(editorWords)`. */
export function uiWords<C extends Catalogue>(catalogue: C): <K extends KeyOf<C>>(key: K, ...args: ArgsFor<C, K>) => string {
  return (key, ...args) => translate(catalogue, current, key, ...args);
}
