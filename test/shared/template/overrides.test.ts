/**
 * A mission's tailored copy of a template replaces the built-in one of its
 * type, and is checked exactly as the built-in templates are.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_SOURCES } from '../../../shared/template/builtin.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';

const FILE = 'vault/poc-templates/threat-matrix.yaml';

/** The version of the built-in threat matrix. */
const BUILTIN_VERSION = TemplateSet.builtin().get('threat-matrix').version;

/** The built-in threat matrix, tailored: one version up, with an extra document field. */
const TAILORED = BUILTIN_TEMPLATE_SOURCES['threat-matrix']
  .replace(/^version: \d+$/m, `version: ${BUILTIN_VERSION + 1}`)
  .replace(/^fields:\n/m, 'fields:\n  - name: sector\n    label: Sector\n    kind: text\n');

describe('tailored templates', () => {
  it('replace the built-in template of their type', () => {
    const r = TemplateSet.builtin().withOverrides([{ file: FILE, text: TAILORED }]);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const t = r.set.get('threat-matrix');
    expect(t.version).toBe(BUILTIN_VERSION + 1);
    expect(t.origin).toBe(FILE);
    expect(t.fields.map((f) => f.name)).toContain('sector');
  });

  it('leave the other types built in', () => {
    const r = TemplateSet.builtin().withOverrides([{ file: FILE, text: TAILORED }]);
    if (!r.ok) throw new Error('tailored copy refused');
    const others = r.set.all().filter((t) => t.id !== 'threat-matrix');
    expect(others).toHaveLength(DOC_TYPES.length - 1);
    expect(others.every((t) => t.origin === `built-in:${t.id}`)).toBe(true);
  });

  it('leave the built-in set itself unchanged', () => {
    TemplateSet.builtin().withOverrides([{ file: FILE, text: TAILORED }]);
    expect(TemplateSet.builtin().get('threat-matrix').version).toBe(BUILTIN_VERSION);
  });

  it('are refused with the file, line and path of each problem, like the built-in ones', () => {
    const broken = TAILORED.replace('      - { type: threat, min: 1 }', '      - { type: threats, min: 1 }');
    const line = broken.split('\n').findIndex((l) => l.includes('type: threats')) + 1;
    const r = TemplateSet.builtin().withOverrides([{ file: FILE, text: broken }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: FILE, line, path: 'sections[1].blocks[0].type' });
  });

  it('are refused whole when any one of several files is broken', () => {
    const brokenStrategy = BUILTIN_TEMPLATE_SOURCES.strategy.replace('kind: date', 'kind: day');
    const r = TemplateSet.builtin().withOverrides([
      { file: FILE, text: TAILORED },
      { file: 'vault/poc-templates/strategy.yaml', text: brokenStrategy },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.file)).toEqual(['vault/poc-templates/strategy.yaml']);
  });
});
