// A document and its translations are pictured once, as the original, and a translation never hides another document
// (shared/picture/translations.ts).
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../shared/model/types.js';
import { translationOf, translationsAmong } from '../../../shared/picture/translations.js';

/** A bare document `id`, in `lang` when given, translating `of` when given. */
function doc(id: string, lang?: 'fr', of?: string): { model: DocModel } {
  return { model: { meta: { id, type: 'threat-matrix', templateVersion: 3, title: id, status: 'draft', created: '2026-01-01', fields: {}, ...(lang ? { lang } : {}), ...(of ? { properties: { 'translation-of': of } } : {}) }, sections: [] } };
}
const ids = (docs: ReadonlyArray<{ model: DocModel }>) => docs.map((d) => d.model.meta.id);
/** The documents of `docs` whose threats a picture counts: all but the translations of another among them. */
function withoutTranslations<T extends { model: DocModel }>(docs: readonly T[]): T[] {
  const translations = translationsAmong(docs);
  return docs.filter((d) => !translations.has(d));
}

describe('documents and their translations in a picture', () => {
  const docs = [doc('tm-north'), doc('tm-nord', 'fr', 'tm-north'), doc('tm-south'), doc('tm-sud', 'fr', 'tm-south'), doc('ap')];

  it('keeps the originals, and every document that has no translation', () => {
    expect(ids(withoutTranslations(docs))).toEqual(['tm-north', 'tm-south', 'ap']);
  });

  it('a translation whose original the reader cannot see stays', () => {
    expect(ids(withoutTranslations([doc('tm-nord', 'fr', 'tm-north')]))).toEqual(['tm-nord']);
  });

  it('attack: a document claiming a real matrix as its original, listed first, in French or English, does not take that matrix out', () => {
    expect(ids(withoutTranslations([doc('tm-decoy', 'fr', 'tm-north'), doc('tm-north')]))).toEqual(['tm-north']);
    expect(ids(withoutTranslations([doc('tm-decoy-en', undefined, 'tm-north'), doc('tm-north')]))).toEqual(['tm-north']);
  });

  it('attack: two documents naming each other both stay, so neither can hide the other', () => {
    expect(ids(withoutTranslations([doc('tm-a', undefined, 'tm-b'), doc('tm-b', 'fr', 'tm-a')]))).toEqual(['tm-a', 'tm-b']);
  });

  it('a chain of translations drops only those whose original is there', () => {
    expect(ids(withoutTranslations([doc('tm-1'), doc('tm-2', 'fr', 'tm-1'), doc('tm-3', 'fr', 'tm-2')]))).toEqual(['tm-1']);
  });

  it('a document naming itself, or nothing, as its original is no translation', () => {
    expect(translationOf(doc('tm-north', undefined, 'tm-north').model)).toBeUndefined();
    expect(translationOf(doc('tm-north').model)).toBeUndefined();
    expect(translationOf(doc('tm-nord', 'fr', 'tm-north').model)).toBe('tm-north');
  });
});
