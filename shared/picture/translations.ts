/**
 * Documents that are translations of one another, counted once in a
 * picture. A translation names the document it translates in its
 * `translation-of` property (the original's id): a note property, as
 * Obsidian shows it, outside what is signed (a translation is a reading aid,
 * not a change of content), written by scripts/demo/french.ts for the French
 * demo documents. Someone who can read both, an administrator or anyone
 * granted every document, would otherwise see each threat ranked twice.
 *
 * Of a document and its translations, the picture keeps the one in the
 * reader's language, else the original: an English reader's picture is the
 * English documents', a French reader's the French ones' (which link among
 * themselves, so their "what links here" rules agree). A translation whose
 * original the reader cannot see is theirs alone and stays.
 */
import type { Locale } from '../i18n/locale.js';
import { documentLocale } from '../model/document-locale.js';
import type { DocModel } from '../model/types.js';

/** The note property a translation names its original with (its document id). */
export const TRANSLATION_OF = 'translation-of';

/** The id of the document `model` translates, or undefined when it is no translation (or names itself). */
export function translationOf(model: DocModel): string | undefined {
  const named = model.meta.properties?.[TRANSLATION_OF];
  return typeof named === 'string' && named !== '' && named !== model.meta.id ? named : undefined;
}

/** `docs` with each document and its translations among them kept once, in `locale` when one is, else the original; order kept. */
export function oneLanguageEach<T extends { model: DocModel }>(docs: readonly T[], locale: Locale): T[] {
  const ids = new Set(docs.map((d) => d.model.meta.id));
  // Each document's group is its original's id when that original is among `docs`, else its own.
  const groupOf = (d: T) => {
    const original = translationOf(d.model);
    return original !== undefined && ids.has(original) ? original : d.model.meta.id;
  };
  const groups = new Map<string, T[]>();
  for (const d of docs) groups.set(groupOf(d), [...(groups.get(groupOf(d)) ?? []), d]);
  const kept = new Set<T>();
  for (const [id, members] of groups) {
    const chosen = members.find((d) => documentLocale(d.model.meta) === locale) ?? members.find((d) => d.model.meta.id === id) ?? members[0];
    kept.add(chosen);
  }
  return docs.filter((d) => kept.has(d));
}
