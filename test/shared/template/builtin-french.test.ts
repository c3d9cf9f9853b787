/**
 * The built-in templates speak French as fully as English: a French
 * document shows no English text, and a Markdown file can tell its fields
 * apart in French as in English.
 */
import { describe, expect, it } from 'vitest';
import { localizeTemplate, templateLocales, untranslatedTexts } from '../../../shared/template/localize.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';

const templates = TemplateSet.builtin();

describe.each(DOC_TYPES)('the built-in %s template in French', (type) => {
  const en = templates.get(type);
  const fr = localizeTemplate(en, 'fr');

  it('has every text in French: none falls back to English', () => {
    expect(untranslatedTexts(en, 'fr')).toEqual([]);
    expect(templateLocales(en)).toEqual(['en', 'fr']);
  });

  it('has a French title that is not the English one', () => {
    expect(fr.title).not.toBe(en.title);
  });

  it('keeps names, ids, values and rules as in English', () => {
    const shape = (t: typeof en) => JSON.stringify(t, (k, v: unknown) => (['title', 'source', 'label', 'guidance', 'description'].includes(k) ? undefined : v));
    expect(shape(fr)).toBe(shape(en));
  });

  it('has French field labels unique within each block, and choice labels unique within each field', () => {
    for (const b of fr.blockTypes) {
      const labels = b.fields.map((f) => f.label.toLowerCase());
      expect(new Set(labels).size, `${b.type}: ${labels.join(', ')}`).toBe(labels.length);
      for (const f of b.fields) {
        const values = (f.values ?? []).map((v) => v.label.toLowerCase());
        expect(new Set(values).size, `${b.type}.${f.name}`).toBe(values.length);
      }
    }
  });
});
