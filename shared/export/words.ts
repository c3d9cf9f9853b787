/**
 * The export catalogue's words in an export's language, for the renderers
 * (server/export/docx.ts, html.ts), which know the language only as the
 * export model's `lang` tag.
 */
import { wordsOf } from '../i18n/catalogue.js';
import { DEFAULT_LOCALE, supportedLocale } from '../i18n/locale.js';
import { exportWords } from '../i18n/messages/export.js';

/** A function giving the export catalogue's words in one language. */
export type ExportWords = ReturnType<typeof wordsOf<typeof exportWords>>;

/** The export's words in the language `lang` (a BCP 47 tag, the model's `lang`), English for one the product does not speak. */
export function exportWordsOf(lang: string): ExportWords {
  return wordsOf(exportWords, supportedLocale(lang) ?? DEFAULT_LOCALE);
}
