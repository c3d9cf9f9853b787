// The "New document" dialog names each type with its own words (shared/i18n/messages/web-home.ts 'new.typeName'): they
// must be the built-in templates' titles in each language, or the dialog and the document it opens would disagree.
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalogue.js';
import { LOCALES } from '../../shared/i18n/locale.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { TemplateSet } from '../../shared/template/set.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';

describe('the type names of the New document dialog', () => {
  it('are the built-in templates\' titles, in English and in French', () => {
    const templates = TemplateSet.builtin();
    for (const locale of LOCALES) {
      const named = DOC_TYPES.map((type) => translate(webHome, locale, 'new.typeName', { type }));
      expect({ locale, named }).toEqual({ locale, named: DOC_TYPES.map((type) => localizeTemplate(templates.get(type), locale).title) });
    }
  });
});
