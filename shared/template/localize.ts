/**
 * A template in one language. Templates carry their texts (titles, labels,
 * choices' labels, guidance) in English and may carry them in other
 * languages (template-texts.ts says how the YAML writes them); names, ids
 * and choice values never change with the language, so documents in any
 * language validate with the same rules and link to each other. Everything
 * that shows a template's words to a person asks for the template in a
 * language here: the document's language for the document itself (the
 * editor, the Markdown mirror, exports), the reader's for messages about it
 * (validation).
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.js';
import type { Template } from './load.js';
import { keptTexts, mapTexts, textKeysOf } from './template-texts.js';
import { withTypography } from '../i18n/typography.js';

// Per template object, its copies in other languages: the editor asks at every render.
const cache = new WeakMap<Template, Map<Locale, Template>>();

/** `template` with its texts in `locale` where it has them, in English where it does not; the same object for English. */
export function localizeTemplate(template: Template, locale: Locale): Template {
  if (locale === DEFAULT_LOCALE) return template;
  const texts = keptTexts(template)[locale];
  if (!texts?.size) return template;
  let copies = cache.get(template);
  if (!copies) cache.set(template, (copies = new Map<Locale, Template>()));
  let copy = copies.get(locale);
  if (!copy) copies.set(locale, (copy = mapTexts(template, (key, english) => { const t = texts.get(key); return t === undefined ? english : withTypography(t, locale); })));
  return copy;
}

/** `template` in every language the product speaks, English first: what a reader of a file written in any of them recognises. */
export function inEveryLanguage(template: Template): Template[] {
  return LOCALES.map((l) => localizeTemplate(template, l));
}

/** The keys of the texts of `template` that have no `locale` text, so show in English ("sections/A/title"); none for English. */
export function untranslatedTexts(template: Template, locale: Locale): string[] {
  if (locale === DEFAULT_LOCALE) return [];
  const texts = keptTexts(template)[locale];
  return textKeysOf(template).filter((key) => !texts?.has(key));
}

/** The languages `template` is complete in (every text written in it), English first, which it always is. */
export function templateLocales(template: Template): Locale[] {
  return LOCALES.filter((l) => untranslatedTexts(template, l).length === 0);
}

/** The languages `template` has any text in, English first: a document can be written in these, partly in English. */
export function templateLanguages(template: Template): Locale[] {
  const texts = keptTexts(template);
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || (texts[l]?.size ?? 0) > 0);
}
