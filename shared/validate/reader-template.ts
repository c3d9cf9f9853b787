/**
 * The template in the reader's language, for validation's messages: its
 * titles, labels and choices' labels in that language, its names, ids and
 * values unchanged (shared/template/localize.ts), so rules run on it exactly
 * as on the English one and only their words change. Localized once per
 * template and language, not per run: the live validator indexes a template
 * once per template object, and its memos hold while that object stays.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import type { Template } from '../template/load.js';
import { localizeTemplate } from '../template/localize.js';

const localized = new WeakMap<Template, Map<Locale, Template>>();

/** `template` in `locale` (the same object for English), the same object on every call for one template and language. */
export function readerTemplate(template: Template, locale: Locale = DEFAULT_LOCALE): Template {
  if (locale === DEFAULT_LOCALE) return template;
  let byLocale = localized.get(template);
  if (!byLocale) localized.set(template, (byLocale = new Map<Locale, Template>()));
  let t = byLocale.get(locale);
  if (!t) byLocale.set(locale, (t = localizeTemplate(template, locale)));
  return t;
}
