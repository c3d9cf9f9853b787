// A document and its translations are pictured once, in the reader's language (shared/picture/translations.ts).
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../shared/model/types.js';
import { oneLanguageEach, translationOf } from '../../../shared/picture/translations.js';

/** A bare document `id`, in `lang` when given, translating `of` when given. */
function doc(id: string, lang?: 'fr', of?: string): { model: DocModel } {
  return { model: { meta: { id, type: 'threat-matrix', templateVersion: 3, title: id, status: 'draft', created: '2026-01-01', fields: {}, ...(lang ? { lang } : {}), ...(of ? { properties: { 'translation-of': of } } : {}) }, sections: [] } };
}
const ids = (docs: ReadonlyArray<{ model: DocModel }>) => docs.map((d) => d.model.meta.id);

describe('documents and their translations in a picture', () => {
  const docs = [doc('tm-north'), doc('tm-nord', 'fr', 'tm-north'), doc('tm-south'), doc('tm-sud', 'fr', 'tm-south'), doc('ap')];

  it('an English reader keeps the originals, and every document that has no translation', () => {
    expect(ids(oneLanguageEach(docs, 'en'))).toEqual(['tm-north', 'tm-south', 'ap']);
  });

  it('a French reader keeps the French translations instead of their originals, and every document that has none', () => {
    expect(ids(oneLanguageEach(docs, 'fr'))).toEqual(['tm-nord', 'tm-sud', 'ap']);
  });

  it('a translation whose original the reader cannot see stays, in any language', () => {
    expect(ids(oneLanguageEach([doc('tm-nord', 'fr', 'tm-north')], 'en'))).toEqual(['tm-nord']);
  });

  it('a document naming itself, or nothing, as its original is no translation', () => {
    expect(translationOf(doc('tm-north', undefined, 'tm-north').model)).toBeUndefined();
    expect(translationOf(doc('tm-north').model)).toBeUndefined();
    expect(translationOf(doc('tm-nord', 'fr', 'tm-north').model)).toBe('tm-north');
  });
});
