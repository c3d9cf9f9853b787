import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_SOURCES } from '../../../shared/template/builtin.js';
import { formatTemplateError, loadTemplate } from '../../../shared/template/load.js';
import { DOC_TYPES } from '../../../shared/template/schema.js';
import { TemplateSet } from '../../../shared/template/set.js';

describe('built-in templates', () => {
  it.each(DOC_TYPES)('the %s template loads without errors', (type) => {
    const r = loadTemplate(BUILTIN_TEMPLATE_SOURCES[type], `templates/${type}.yaml`);
    expect(r.ok ? [] : r.errors.map(formatTemplateError)).toEqual([]);
  });

  it('TemplateSet.builtin() holds one template per document type, in canonical order', () => {
    expect(TemplateSet.builtin().all().map((t) => t.id)).toEqual([...DOC_TYPES]);
  });
});
