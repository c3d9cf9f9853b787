/**
 * A language's typography applied to text people wrote with plain spaces
 * (a mission's tailored template, typed in any editor): in French, a
 * no-break space before : ; ? ! and inside « », so that a line never starts
 * with the punctuation or a lone guillemet. The catalogues carry these spaces
 * already (scripts/i18n/french-spaces.mjs, checked by the catalogue test).
 */
import type { Locale } from './locale.js';

/** `text` with the typography of `locale`: French spaces made no-break where a line must not break; other languages unchanged. */
export function withTypography(text: string, locale: Locale): string {
  if (locale !== 'fr') return text;
  // A sign glued to what follows ("?token=", ":8080") is part of an address, not punctuation: its space stays.
  return text.replace(/[ \u00a0\u202f]([:;?!](?![\w<])|»)/g, '\u00a0$1').replace(/«[ \u00a0\u202f]/g, '«\u00a0');
}
