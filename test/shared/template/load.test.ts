/**
 * A malformed template is refused with errors that name the file, the line
 * and the path inside the template, so the person editing it can fix it.
 */
import { describe, expect, it } from 'vitest';
import { formatTemplateError, loadTemplate, loadTemplateOrThrow, TemplateLoadError, type TemplateError } from '../../../shared/template/load.js';

const FILE = 'mission/templates/action-plan.yaml';

/** A small valid template; tests break one line of it. */
const VALID = `id: action-plan
version: 2
title: Tailored action plan
source: POC Policy 2015, Annex B IV
description: A small template for tests.
fields:
  - name: strategy
    label: POC Strategy
    kind: link
    targets: [strategy]
blockTypes:
  - type: action
    label: Action
    idPrefix: A
    titleField: task
    fields:
      - name: task
        label: Task
        kind: text
        required: true
      - name: status
        label: Status
        kind: enum
        values:
          - { value: open, label: Open }
          - { value: done, label: Done }
      - name: serves
        label: Serves
        kind: link
        targets: [threat-matrix/threat]
sections:
  - id: "1"
    title: Planning
    required: true
    blocks:
      - { type: action, min: 1 }
`;

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line containing ${needle}`);
  return i + 1;
}

function errorsOf(text: string): TemplateError[] {
  const r = loadTemplate(text, FILE);
  if (r.ok) throw new Error('expected the template to be refused');
  return r.errors;
}

describe('loading a template', () => {
  it('accepts the valid fixture', () => {
    expect(loadTemplate(VALID, FILE).ok).toBe(true);
  });

  it('reports a YAML syntax error with the file and line', () => {
    // A key indented one space short of its neighbours.
    const text = VALID.replace('    idPrefix: A\n', '   idPrefix: A\n');
    const [e] = errorsOf(text);
    expect(e.file).toBe(FILE);
    expect(e.message).toMatch(/^YAML syntax/);
    expect(e.line).toBe(lineOf(text, 'idPrefix: A'));
  });

  it('reports an unknown field kind with its line and path', () => {
    const text = VALID.replace('        kind: text', '        kind: paragraph');
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ file: FILE, path: 'blockTypes[0].fields[0].kind', line: lineOf(text, 'kind: paragraph') });
  });

  it('reports an enum field without values', () => {
    const text = VALID.replace(/ {8}values:\n.*\n.*\n/, '');
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ file: FILE, path: 'blockTypes[0].fields[1].values', line: lineOf(text, 'name: status') });
    expect(e.message).toMatch(/enum field needs a "values" list/);
  });

  it('reports a field declared twice in a block, at the second one', () => {
    const text = VALID.replace('      - name: serves', '      - name: task');
    const errors = errorsOf(text);
    const dup = errors.find((e) => e.message.includes('declared twice'));
    expect(dup).toMatchObject({ file: FILE, path: 'blockTypes[0].fields[2].name', line: lineOf(text, 'label: Serves') - 1 });
  });

  it('reports a section that holds an undeclared block type', () => {
    const text = VALID.replace('{ type: action, min: 1 }', '{ type: task, min: 1 }');
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ file: FILE, path: 'sections[0].blocks[0].type', line: lineOf(text, 'type: task') });
    expect(e.message).toMatch(/"task" is not declared/);
  });

  it('reports a link target in another document type that does not exist', () => {
    const text = VALID.replace('threat-matrix/threat', 'threat-matrx/threat');
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ file: FILE, path: 'blockTypes[0].fields[2].targets[0]', line: lineOf(text, 'threat-matrx') });
    expect(e.message).toMatch(/not a document type/);
  });

  it('reports a document-level link that names something other than a document type', () => {
    const text = VALID.replace('targets: [strategy]', 'targets: [strategies]');
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ file: FILE, path: 'fields[0].targets[0]', line: lineOf(text, 'strategies') });
  });

  it('reports an area that is not a document-level field, or not one that can name an area', () => {
    const missing = `${VALID}area: office\n`;
    expect(errorsOf(missing)[0]).toMatchObject({ path: 'area', message: expect.stringMatching(/"office", which is not a document-level field \(fields: strategy\)/) });
    const link = `${VALID}area: strategy\n`;
    expect(errorsOf(link)[0]).toMatchObject({ path: 'area', message: expect.stringMatching(/a link field; the area must be a text or enum field/) });
  });

  it('formats an error as file:line: path: message', () => {
    const text = VALID.replace('        kind: text', '        kind: paragraph');
    const line = lineOf(text, 'kind: paragraph');
    expect(formatTemplateError(errorsOf(text)[0])).toMatch(new RegExp(`^${FILE}:${line}: blockTypes\\[0\\]\\.fields\\[0\\]\\.kind: `));
  });

  it('throws every problem at once from loadTemplateOrThrow, one line each', () => {
    const text = VALID.replace('{ type: action, min: 1 }', '{ type: task, min: 1 }').replace('targets: [strategy]', 'targets: [strategies]');
    let thrown: unknown;
    try {
      loadTemplateOrThrow(text, FILE);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TemplateLoadError);
    const lines = (thrown as TemplateLoadError).message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith(`${FILE}:`))).toBe(true);
  });
});

describe('a template whose YAML alias contains itself', () => {
  it('is refused with an error instead of looping forever', () => {
    const yaml = 'id: threat-matrix\nversion: 1\ntitle: T\nsource: S\ndescription: D\nsections: &s\n  - id: "1"\n    title: X\n    sections: *s\n';
    const r = loadTemplate(yaml, 'loop.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/alias .* refers back/);
  });
});
