/**
 * Documents that are translations of one another, counted once in a
 * picture. A translation names the document it translates in its
 * `translation-of` property (the original's id): a note property, as
 * Obsidian shows it, outside what is signed (a translation is a reading aid,
 * not a change of content), written by scripts/demo/french.ts for the French
 * demo documents. Someone who can read both, an administrator or anyone
 * granted every document, would otherwise see each threat ranked twice.
 *
 * Of a document and its translations, the picture ranks the original's threats and lists its findings, in every
 * reader's language; a translation's own sign-offs (it is signed on its own) are still listed. The property is
 * written by whoever edits the translation, so it must never hide another document: were the picture to keep a
 * French reader's translation instead of its original, the editor of any document could name a real threat matrix
 * as its "original" and take that matrix's threats out of the SRSG's picture. Naming an original can only take the
 * naming document's own threats out, which its editors could do by emptying it anyway. A translation whose original the reader
 * cannot see is theirs alone and stays; two documents naming each other both stay.
 */
import type { DocModel } from '../model/types.js';

/** The note property a translation names its original with (its document id). */
export const TRANSLATION_OF = 'translation-of';

/** The id of the document `model` translates, or undefined when it is no translation (or names itself). */
export function translationOf(model: DocModel): string | undefined {
  const named = model.meta.properties?.[TRANSLATION_OF];
  return typeof named === 'string' && named !== '' && named !== model.meta.id ? named : undefined;
}

/** The documents of `docs` that translate another among them (never an original, whatever a translation claims). */
export function translationsAmong<T extends { model: DocModel }>(docs: readonly T[]): Set<T> {
  const byId = new Map(docs.map((d) => [d.model.meta.id, d]));
  return new Set(
    docs.filter((d) => {
      const original = translationOf(d.model);
      const named = original === undefined ? undefined : byId.get(original);
      // Not one when the original is out of sight, or when the two name each other (neither is the original then).
      return named !== undefined && translationOf(named.model) !== d.model.meta.id;
    }),
  );
}
