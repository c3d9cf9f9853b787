/**
 * A template in one language. Templates carry their texts (titles, labels,
 * choices' labels, guidance) in English and may carry them in other
 * languages; names, ids and choice values never change with the language,
 * so documents in any language validate with the same rules and link to
 * each other. Everything that shows a template's words to a person asks
 * for the template in a language here: the document's language for the
 * document itself (the editor, the Markdown mirror, exports), the reader's
 * for messages about it (validation).
 */
import type { Locale } from '../i18n/locale.js';
import type { Template } from './load.js';

/** `template` with its texts in `locale` where it has them, in English where it does not; the same object for English. */
export function localizeTemplate(template: Template, locale: Locale): Template {
  // Templates carry English only until their texts in other languages are loaded (issue 18, in progress).
  void locale;
  return template;
}
