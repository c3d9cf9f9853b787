/**
 * The language a document is written in: its `poc-lang` (Markdown) or the
 * `lang` of its metadata, English when it says none (every document written
 * before languages existed). It chooses the words of the template the
 * document shows (section titles, labels), never the rules it follows.
 */
import { DEFAULT_LOCALE, type Locale, supportedLocale } from '../i18n/locale.js';

/** The document's language, English when it records none or one the product does not speak. */
export function documentLocale(meta: { lang?: unknown }): Locale {
  return (typeof meta.lang === 'string' && supportedLocale(meta.lang)) || DEFAULT_LOCALE;
}
