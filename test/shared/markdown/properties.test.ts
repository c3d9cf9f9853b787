/**
 * The note's own frontmatter properties (tags, aliases, cssclasses, another
 * plugin's keys): any YAML value is kept through a round trip, POC's keys
 * always win, and they are not part of the signed content.
 */
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../../shared/hash/canonical.js';
import { parseMarkdown, readFrontmatter, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';

const templates = TemplateSet.builtin();
const matrix = templates.get('threat-matrix');

const POC_KEYS = ['poc-id: tm-north', 'poc-type: threat-matrix', 'poc-template: threat-matrix@1', 'title: Sector North', 'status: draft', 'created: 2026-03-02'];
const BODY = ['# Sector North', '', '## 1 · Threat overview', ''];

/** A threat matrix file whose frontmatter is the POC keys followed by `extra` lines. */
function file(...extra: string[]): string {
  return ['---', ...POC_KEYS, ...extra, '---', '', ...BODY].join('\n');
}

function read(text: string): DocModel {
  const r = parseMarkdown(text, templates, 'note.md');
  if (!r.ok) throw new Error(`line ${r.error.line}: ${r.error.message}`);
  return r.model;
}

describe('reading', () => {
  test('Obsidian tags, aliases and cssclasses are read as the note\'s own properties, lists included', () => {
    const model = read(file('tags: [poc, sector/north]', 'aliases:', '  - North matrix', 'cssclasses:', '  - wide-tables'));
    expect(model.meta.properties).toEqual({ tags: ['poc', 'sector/north'], aliases: ['North matrix'], cssclasses: ['wide-tables'] });
  });

  test('a property with no value is kept as an empty property, not dropped', () => {
    expect(read(file('aliases:')).meta.properties).toEqual({ aliases: null });
  });

  test('nested groups, numbers and true/false keep their values', () => {
    const model = read(file('plugin-x:', '  score: 2.5', '  done: true', '  steps: [1, {a: null}]'));
    expect(model.meta.properties).toEqual({ 'plugin-x': { score: 2.5, done: true, steps: [1, { a: null }] } });
  });

  test('properties written before the POC keys are read too', () => {
    const text = ['---', 'tags: [poc]', ...POC_KEYS, '---', '', ...BODY].join('\n');
    expect(read(text).meta.properties).toEqual({ tags: ['poc'] });
  });

  test('a property named __proto__ is kept as a name like any other', () => {
    const model = read(file('__proto__: hello'));
    expect(Object.keys(model.meta.properties ?? {})).toEqual(['__proto__']);
    expect(toMarkdown(model, matrix)).toContain('\n__proto__: hello\n');
  });

  test('a note without properties of its own has no properties in its model', () => {
    expect(read(file()).meta).not.toHaveProperty('properties');
  });

  test('readFrontmatter still recognises a POC document whose properties hold lists', () => {
    expect(readFrontmatter(file('tags: [poc, north]'))).toMatchObject({ id: 'tm-north', type: 'threat-matrix' });
  });
});

describe('writing', () => {
  test('a file as Obsidian writes its properties is written back byte for byte', () => {
    const text = file('office: Sector North (Kalo)', 'tags:', '  - poc', '  - sector/north', 'aliases:', '  - North matrix', 'cssclasses:', '  - wide-tables', 'publish: false', 'reviewed-by:');
    expect(toMarkdown(read(text), matrix)).toBe(text);
  });

  test('a list written inline is written back as a block list with the same value', () => {
    const out = toMarkdown(read(file('tags: [poc, north]')), matrix);
    expect(out).toContain('\ntags:\n  - poc\n  - north\n');
    expect(read(out).meta.properties).toEqual({ tags: ['poc', 'north'] });
  });

  test('the note\'s own properties follow the POC keys and the document fields, in their own order', () => {
    const text = ['---', 'zeta: 1', ...POC_KEYS, 'alpha: 2', 'office: Kalo', '---', '', ...BODY].join('\n');
    const keys = toMarkdown(read(text), matrix)
      .split('---')[1]
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual(['poc-id', 'poc-type', 'poc-template', 'title', 'status', 'created', 'office', 'zeta', 'alpha']);
  });

  test('a property never overrides a POC key or a document field, and is not read back as one', () => {
    const model = read(file('office: Kalo'));
    const hostile: DocModel = { ...model, meta: { ...model.meta, properties: { 'poc-id': 'other', title: 'Hijacked', office: 'Elsewhere', 'poc-field-x': 1, tags: ['kept'] } } };
    const back = read(toMarkdown(hostile, matrix));
    expect(back.meta.id).toBe('tm-north');
    expect(back.meta.title).toBe('Sector North');
    expect(back.meta.fields).toEqual({ office: 'Kalo' });
    expect(back.meta.properties).toEqual({ tags: ['kept'] });
  });

  test('a property or document field without a name (a remote client may store one) is left out, so the file can still be read', () => {
    const model = read(file('office: Kalo', 'tags: [poc]'));
    const odd: DocModel = { ...model, meta: { ...model.meta, fields: { ...model.meta.fields, '': 'x' }, properties: { '': 0, tags: ['poc'] } } };
    const back = read(toMarkdown(odd, matrix));
    expect(back.meta.fields).toEqual({ office: 'Kalo' });
    expect(back.meta.properties).toEqual({ tags: ['poc'] });
  });
});

describe('signed content', () => {
  test('the note\'s own properties are not part of the content hash', () => {
    const plain = read(file('office: Kalo'));
    const tagged = read(file('office: Kalo', 'tags: [poc, north]', 'aliases: [North]'));
    expect(contentHash(tagged)).toBe(contentHash(plain));
  });

  test('a document field is still part of the content hash', () => {
    expect(contentHash(read(file('office: Maru')))).not.toBe(contentHash(read(file('office: Kalo'))));
  });
});
