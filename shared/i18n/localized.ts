/**
 * Words whose reader is not known yet: a refusal made deep in the server (or
 * a message made by the API client) is worded only when it is sent, in the
 * language of the request that will read it. A `Localized` is that message,
 * waiting for its locale; its English is what logs and audits keep.
 */
import { type ArgsFor, type Catalogue, type KeyOf, translate } from './catalogue.js';
import type { Locale } from './locale.js';

/** A message to be worded in its reader's language. */
export type Localized = (locale: Locale) => string;

/** The message `key` of `catalogue` with `params`, worded when its reader's language is known. */
export function localized<C extends Catalogue, K extends KeyOf<C>>(catalogue: C, key: K, ...args: ArgsFor<C, K>): Localized {
  return (locale) => translate(catalogue, locale, key, ...args);
}

/** Text that reads the same in every language (a reason made elsewhere in English, passed on as it is). */
export function verbatim(text: string): Localized {
  return () => text;
}

/** Like `localized`, with parameters that are worded in the reader's language too (a reason inside a sentence: `(l) => [{ reason: why(l) }]`). */
export function localizedWith<C extends Catalogue, K extends KeyOf<C>>(catalogue: C, key: K, args: (locale: Locale) => ArgsFor<C, K>): Localized {
  return (locale) => translate(catalogue, locale, key, ...args(locale));
}
