/**
 * The template a document is shown with: its texts (section titles, field
 * and choice labels, guidance, block type and sign-off labels) in the
 * document's own language (shared/model/document-locale.ts), whatever the
 * interface's. Localized once per template and language and kept, so the
 * editor gets the same object at every refresh (views compare templates by
 * identity to know when to redraw) and no render localizes again.
 */
import type { Locale } from '../shared/i18n/locale.js';
import { documentLocale } from '../shared/model/document-locale.js';
import type { Template } from '../shared/template/load.js';
import { localizeTemplate } from '../shared/template/localize.js';

const localized = new WeakMap<Template, Map<Locale, Template>>();

/** `template` in the language of the document whose metadata is `meta` (the same object for the same template and language). */
export function templateForDocument(template: Template, meta: { lang?: unknown }): Template {
  const locale = documentLocale(meta);
  let byLocale = localized.get(template);
  if (!byLocale) localized.set(template, (byLocale = new Map<Locale, Template>()));
  let t = byLocale.get(locale);
  if (!t) byLocale.set(locale, (t = localizeTemplate(template, locale)));
  return t;
}
