/**
 * Content a user adds in source mode that the template does not define —
 * text before the first section, a section heading of their own, a row of
 * their own in a block's table — is kept in the model, so the structured
 * view still opens the file: it round-trips through the file, the Y.Doc and
 * the editor, and validation warns about it (never an error).
 */
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { parseMarkdown, toMarkdown } from '../../../shared/markdown/index.js';
import { type DocModel, PREAMBLE_SECTION_ID, PREAMBLE_SECTION_TITLE, type TypedBlock } from '../../../shared/model/types.js';
import { buildSchema } from '../../../shared/prosemirror/prosemirror-schema.js';
import { docToModel, modelToDoc } from '../../../shared/prosemirror/convert.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { validate } from '../../../shared/validate/index.js';
import { toModel, writeModel } from '../../../shared/ydoc/layout.js';
import { mergeModel } from '../../../shared/ydoc/merge.js';

const templates = TemplateSet.builtin();
const matrix = templates.get('threat-matrix');

const FRONTMATTER = ['---', 'poc-id: tm-north', 'poc-type: threat-matrix', 'poc-template: threat-matrix@1', 'title: Sector North', 'status: draft', 'created: 2026-03-02', '---'];

/** A threat matrix file with the given body lines (frontmatter on lines 1–8, body from line 9). */
function file(...body: string[]): string {
  return [...FRONTMATTER, '', ...body].join('\n') + '\n';
}

function read(text: string): DocModel {
  const r = parseMarkdown(text, templates, 'test.md');
  if (!r.ok) throw new Error(`line ${r.error.line}: ${r.error.message}`);
  return r.model;
}

const THREAT = ['> [!poc-threat] T-1 · Raids on Kalo market', '>', '> | Field      | Value |', '> | ---------- | ----- |', '> | Likelihood | 4     |', '> | Source     | UNHCR |', '', '^t-1'];

/** One file holding all three kinds of content the template does not define. */
const ODD = file(
  '# Sector North',
  '',
  'Draft prepared by the JOC; see the annex for sources.',
  '',
  '## 1 · Threat overview',
  '',
  'Attacks rose.',
  '',
  '## X · Notes from the field',
  '',
  '- Market closed on Tuesday',
  '',
  '## 2 · Threats to civilians',
  '',
  ...THREAT,
);

/** The model through the Y.Doc: written into a fresh Y.Doc and read back. */
function throughYDoc(model: DocModel): { model: DocModel; problems: unknown[] } {
  const ydoc = new Y.Doc();
  writeModel(ydoc, model);
  return toModel(ydoc, templates);
}

describe('text before the first section', () => {
  test('is kept, after the title line, in the preamble section', () => {
    const m = read(ODD);
    expect(m.sections[0]).toEqual({
      id: PREAMBLE_SECTION_ID,
      title: PREAMBLE_SECTION_TITLE,
      content: [{ t: 'p', content: [{ t: 'text', text: 'Draft prepared by the JOC; see the annex for sources.' }] }],
    });
  });

  test('is written back before the first section, byte for byte', () => {
    expect(toMarkdown(read(ODD), matrix)).toBe(ODD);
  });

  test('Markdown the model does not express is kept verbatim as raw', () => {
    const m = read(file('# Sector North', '', '| Zone | Incidents |', '| :-- | --: |', '| North | 12 |', '', '## 1 · Threat overview'));
    expect(m.sections[0].content).toEqual([{ t: 'raw', markdown: '| Zone | Incidents |\n| :-- | --: |\n| North | 12 |' }]);
  });

  test('is kept when the file has no title line, and the title line is added when written', () => {
    const text = file('Stray words.', '', '## 1 · Threat overview');
    const m = read(text);
    expect(m.sections.map((s) => s.id)).toEqual([PREAMBLE_SECTION_ID, '1']);
    expect(toMarkdown(m, matrix)).toBe(file('# Sector North', '', 'Stray words.', '', '## 1 · Threat overview'));
    expect(read(toMarkdown(m, matrix))).toEqual(m);
  });

  test('a typed block before the first section is read as a block of the preamble', () => {
    const m = read(file('# Sector North', '', ...THREAT, '', '## 1 · Threat overview'));
    expect(m.sections[0].id).toBe(PREAMBLE_SECTION_ID);
    expect(m.sections[0].content[0]).toMatchObject({ t: 'block', type: 'threat', id: 'T-1' });
    expect(read(toMarkdown(m, matrix))).toEqual(m);
  });

  test('a file holding nothing but text and no section is still read', () => {
    const m = read(file('# Sector North', '', 'Only a note so far.'));
    expect(m.sections).toEqual([{ id: PREAMBLE_SECTION_ID, title: PREAMBLE_SECTION_TITLE, content: [{ t: 'p', content: [{ t: 'text', text: 'Only a note so far.' }] }] }]);
  });

  test('a preamble section placed after others in the model is written first, and read back first', () => {
    const m = read(ODD);
    const moved: DocModel = { ...m, sections: [...m.sections.slice(1), m.sections[0]] };
    expect(toMarkdown(moved, matrix)).toBe(ODD);
  });

  test('an empty preamble section writes nothing', () => {
    const m = read(ODD);
    const emptied: DocModel = { ...m, sections: [{ ...m.sections[0], content: [] }, ...m.sections.slice(1)] };
    expect(toMarkdown(emptied, matrix)).toBe(ODD.replace('Draft prepared by the JOC; see the annex for sources.\n\n', ''));
  });
});

describe('a section heading the template does not define', () => {
  test('is kept as a section with its id and title, in its place in the file', () => {
    const m = read(ODD);
    expect(m.sections.map((s) => s.id)).toEqual([PREAMBLE_SECTION_ID, '1', 'X', '2']);
    expect(m.sections[2]).toEqual({ id: 'X', title: 'Notes from the field', content: [{ t: 'ul', items: [[{ t: 'text', text: 'Market closed on Tuesday' }]] }] });
  });

  test('written at a deeper level, it comes back as a top-level heading with the same content', () => {
    const text = file('# Sector North', '', '## 1 · Threat overview', '', '#### X · Notes', '', 'Words.');
    const m = read(text);
    const written = toMarkdown(m, matrix);
    expect(written).toContain('\n## X · Notes\n');
    expect(read(written)).toEqual(m);
  });

  test('given twice, it is still an error on the second heading', () => {
    const r = parseMarkdown(file('## X · Notes', '', '## X · Notes'), templates);
    expect(r).toMatchObject({ ok: false, error: { line: 12 } });
  });
});

describe('a field the template does not define, in a block\'s table', () => {
  test('is kept under its name, as one paragraph of the cell\'s text', () => {
    const block = read(ODD).sections[3].content[0] as TypedBlock;
    expect(block.fields).toEqual({ threat: 'Raids on Kalo market', likelihood: 4, Source: [{ t: 'p', content: [{ t: 'text', text: 'UNHCR' }] }] });
  });

  test('is written back as a row of the table, after the template\'s fields', () => {
    const block = read(ODD).sections[3].content[0] as TypedBlock;
    const withImpact: TypedBlock = { ...block, fields: { ...block.fields, impact: 2 } };
    const m = read(ODD);
    m.sections[3].content[0] = withImpact;
    expect(toMarkdown(m, matrix)).toContain('> | Likelihood | 4     |\n> | Impact     | 2     |\n> | Source     | UNHCR |');
  });

  test('a header row other than "Field | Value" is read as a field, never dropped', () => {
    const m = read(file('## 2 · Threats to civilians', '', '> [!poc-threat] T-1', '>', '> | Mood | tense |', '> | --- | --- |', '> | Likelihood | 4 |'));
    expect((m.sections[0].content[0] as TypedBlock).fields).toEqual({ Mood: [{ t: 'p', content: [{ t: 'text', text: 'tense' }] }], likelihood: 4 });
  });

  test('a name that is special in JavaScript is an ordinary field', () => {
    const m = read(file('## 2 · Threats to civilians', '', '> [!poc-threat] T-1', '>', '> | Field | Value |', '> | --- | --- |', '> | \\_\\_proto\\_\\_ | x |'));
    const fields = (m.sections[0].content[0] as TypedBlock).fields;
    expect(Object.keys(fields)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(read(toMarkdown(m, matrix))).toEqual(m);
    expect(Object.keys((throughYDoc(m).model.sections[0].content[0] as TypedBlock).fields)).toEqual(['__proto__']);
    expect(Object.keys((docToModel(modelToDoc(m, buildSchema(templates)), m.meta).model.sections[0].content[0] as TypedBlock).fields)).toEqual(['__proto__']);
  });

  test('one without a name (a remote client can store one) is left out, so the file can still be read', () => {
    const m = read(ODD);
    const block = m.sections[3].content[0] as TypedBlock;
    m.sections[3].content[0] = { ...block, fields: { ...block.fields, '': false } };
    const r = parseMarkdown(toMarkdown(m, matrix), templates, 'note.md');
    expect(r.ok && r.model).toEqual(read(ODD));
  });

  test('one with formatting (written by the editor) goes under a bold label instead of the table', () => {
    const m = read(ODD);
    const block = m.sections[3].content[0] as TypedBlock;
    m.sections[3].content[0] = { ...block, fields: { ...block.fields, Source: [{ t: 'p', content: [{ t: 'text', text: 'UNHCR', marks: ['strong'] }] }] } };
    const written = toMarkdown(m, matrix);
    expect(written).not.toContain('| Source');
    expect(written).toContain('> **Source**\n>\n> **UNHCR**');
  });
});

describe('kept content travels with the document', () => {
  test('through the Y.Doc, unchanged and without problems', () => {
    const m = read(ODD);
    expect(throughYDoc(m)).toEqual({ model: m, problems: [] });
  });

  test('through the Y.Doc and back to the file, byte for byte', () => {
    expect(toMarkdown(throughYDoc(read(ODD)).model, matrix)).toBe(ODD);
  });

  test('through the editor\'s ProseMirror document, unchanged and without problems', () => {
    const m = read(ODD);
    expect(docToModel(modelToDoc(m, buildSchema(templates)), m.meta)).toEqual({ model: m, problems: [] });
  });

  test('text added before the first section in the file is merged into the Y.Doc at the top', () => {
    const base = read(ODD.replace('Draft prepared by the JOC; see the annex for sources.\n\n', ''));
    const ydoc = new Y.Doc();
    writeModel(ydoc, base);
    const incoming = read(ODD);
    const report = mergeModel(ydoc, incoming, { base });
    expect(report.conflicts).toEqual([]);
    expect(toModel(ydoc, templates).model).toEqual(incoming);
  });
});

describe('validation', () => {
  const diagnostics = validate(read(ODD), matrix, { today: '2026-03-02' });

  test('warns about the text before the first section and the section of its own, as sections the template does not define', () => {
    const unknown = diagnostics.filter((d) => d.code === 'unknown-section');
    expect(unknown.map((d) => [d.severity, d.location.section])).toEqual([
      ['warning', PREAMBLE_SECTION_ID],
      ['warning', 'X'],
    ]);
    expect(unknown[0].message).toMatch(/text before the first section heading belongs to no section.*Move it into a section, or delete it/);
    expect(unknown[1].message).toMatch(/Section X "Notes from the field" is not part of .*Move its content into a template section, or delete it/);
  });

  test('warns about the field of its own, naming the block and the field', () => {
    const unknown = diagnostics.filter((d) => d.code === 'unknown-field');
    expect(unknown).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '2', block: 'T-1', field: 'Source' } })]);
    expect(unknown[0].message).toMatch(/T-1.*"Source"/);
  });

  test('reports none of them as an error', () => {
    const errors = diagnostics.filter((d) => d.severity === 'error' && ['content-problem', 'unknown-section', 'unknown-field'].includes(d.code));
    expect(errors).toEqual([]);
  });
});
