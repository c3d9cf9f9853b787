/**
 * The message catalogue's shape and the one function that turns a message
 * into words. A catalogue is a set of messages in English with the same
 * messages in every other language; TypeScript refuses a translation that is
 * missing, or whose placeholders differ from the English ones, so "no missing
 * key" and "no lost {name}" hold before any test runs (the catalogue test
 * checks the same at run time, for catalogues built from data).
 *
 * A message is one of:
 * - a sentence with named placeholders: "Saved {doc}." Whole sentences only:
 *   word order differs between languages, so pieces are never glued together;
 * - a plural: `{ one: "{count} threat", other: "{count} threats" }`, chosen by
 *   `Intl.PluralRules` (French counts 0 and 1 as singular, English only 1);
 * - a choice on a parameter's value, for grammatical gender and the like:
 *   `{ select: "gender", f: "approuvée", m: "approuvé", other: "approuvé" }`.
 *
 * Why not i18next: this is ~150 lines with no dependency, its keys and
 * parameters are checked by the compiler at every call, and its plurals use
 * the same CLDR rules (Intl.PluralRules) i18next uses.
 */
import { DEFAULT_LOCALE, intlLocale, LOCALES, type Locale } from './locale.js';

/** A plural message: one form per CLDR plural category used; `other` is required, `{count}` is the number. */
export interface PluralMessage {
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  zero?: string;
  other: string;
}

/** A message chosen by the value of the parameter named by `select` (e.g. a noun's gender); `other` when no case matches. */
export interface SelectMessage {
  select: string;
  other: string;
  [value: string]: string;
}

/** One message in one language. */
export type Message = string | PluralMessage | SelectMessage;

/** The placeholder names of a sentence: "Saved {doc} at {time}" → "doc" | "time". */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | PlaceholdersOf<R> : never;

/** The parameters a message takes: its placeholders, `count` for a plural, the selecting parameter for a choice. */
export type ParamsOf<M> = M extends string
  ? PlaceholdersOf<M>
  : M extends { select: infer S extends string }
    ? S | { [K in Exclude<keyof M, 'select'>]: M[K] extends string ? PlaceholdersOf<M[K]> : never }[Exclude<keyof M, 'select'>]
    : M extends PluralMessage
      ? 'count' | { [K in keyof M]: M[K] extends string ? PlaceholdersOf<M[K]> : never }[keyof M]
      : never;

/** A value put into a message: numbers are written in the reader's locale ("1 234" in French). */
export type ParamValue = string | number;

/** English messages, keyed by a stable dotted name ("signIn.title"). */
export type Messages = Record<string, Message>;

/** A translation is refused (as this type) when its parameters are not exactly the English message's. */
type SameParams<E, T> = [ParamsOf<E>] extends [ParamsOf<T>] ? ([ParamsOf<T>] extends [ParamsOf<E>] ? T : { error: 'the translation must use the same {placeholders} as English'; english: E }) : { error: 'the translation must use the same {placeholders} as English'; english: E };

/** A named catalogue: the English messages and each other language's. */
export interface Catalogue<E extends Messages = Messages> {
  readonly name: string;
  readonly messages: { readonly [L in Locale]: { readonly [K in keyof E]: Message } };
}

/**
 * Declares a catalogue: `name` (the room it serves, for the test's reports), its English messages and every
 * other language's. The compiler checks each translation has every key, no other, and the same parameters.
 */
export function defineCatalogue<const E extends Messages, const F extends { [K in keyof E]: Message }>(
  name: string,
  en: E,
  others: { fr: F & { [K in keyof E]: SameParams<E[K], F[K]> } } & { [K in Exclude<keyof F, keyof E>]: never },
): Catalogue<E> {
  return { name, messages: { en, fr: others.fr as unknown as E } } as Catalogue<E>;
}

/** The keys of a catalogue. */
export type KeyOf<C> = C extends Catalogue<infer E> ? keyof E & string : never;

/** The parameters of key `K` of catalogue `C`, as an object (`never` when it takes none). */
export type ParamsFor<C, K> = C extends Catalogue<infer E> ? (K extends keyof E ? ParamsOf<E[K]> : never) : never;

/** The arguments after the key: none for a message without parameters, else an object of them. */
export type ArgsFor<C, K> = [ParamsFor<C, K>] extends [never] ? [] : [params: { [P in ParamsFor<C, K> & string]: ParamValue }];

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(intlLocale(locale))));
  return r.select(n);
}

/** A number as the locale writes it ("1,234" in English, "1 234" in French). */
export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(intlLocale(locale))));
  return f.format(n);
}

/** The sentence of `message` for `params`: the plural form or the case chosen, then its placeholders filled. */
export function render(message: Message, params: Record<string, ParamValue> | undefined, locale: Locale): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else if ('select' in message && typeof message.select === 'string') {
    const value = String(params?.[message.select] ?? '');
    text = (value !== 'select' && message[value]) || message.other;
  } else {
    const count = Number(params?.count ?? 0);
    const plural = message as PluralMessage;
    // An exact zero form wins where a language gives one ("no threats"), as ICU's =0 does.
    text = (count === 0 && plural.zero) || plural[pluralCategory(locale, count)] || plural.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, locale) : v;
  });
}

/** The words of key `key` of `catalogue` in `locale` (English when the language lacks it, which the compiler prevents). */
export function translate<C extends Catalogue, K extends KeyOf<C>>(catalogue: C, locale: Locale, key: K, ...args: ArgsFor<C, K>): string {
  const m = catalogue.messages[locale]?.[key] ?? catalogue.messages[DEFAULT_LOCALE][key];
  if (m === undefined) throw new Error(`No message "${key}" in the ${catalogue.name} catalogue`);
  return render(m, args[0] as Record<string, ParamValue> | undefined, locale);
}

/** A function giving the words of `catalogue`'s keys in one locale: `const t = wordsOf(web, 'fr'); t('signIn.title')`. */
export function wordsOf<C extends Catalogue>(catalogue: C, locale: Locale): <K extends KeyOf<C>>(key: K, ...args: ArgsFor<C, K>) => string {
  return (key, ...args) => translate(catalogue, locale, key, ...args);
}

/** Every language a catalogue must be complete in (all of LOCALES). */
export const CATALOGUE_LOCALES: readonly Locale[] = LOCALES;
