/**
 * A malformed mirror file gives one error with the line to look at and what
 * to change — never part of a document.
 */
import { describe, expect, test } from 'vitest';
import { formatMarkdownError, parseMarkdown } from '../../../shared/markdown/index.js';
import { TemplateSet } from '../../../shared/template/set.js';

const templates = TemplateSet.builtin();

const FRONTMATTER = ['---', 'poc-id: tm-north', 'poc-type: threat-matrix', 'poc-template: threat-matrix@1', 'title: Sector North', 'status: draft', 'created: 2026-03-02', '---'];

/** A threat matrix file with the given body lines (frontmatter on lines 1–8, body from line 9). */
function file(...body: string[]): string {
  return [...FRONTMATTER, ...body].join('\n') + '\n';
}

const THREAT = ['> [!poc-threat] T-1 · Raids on Kalo market', '>', '> | Field | Value |', '> | --- | --- |', '> | Likelihood | 4 |', '>', '> **Populations at risk**', '>', '> Traders.', '', '^t-1'];

/** Parses and returns the error; fails the test if parsing succeeds. */
function errorOf(text: string, file?: string) {
  const r = parseMarkdown(text, templates, file);
  if (r.ok) throw new Error('expected an error, got a model');
  expect('model' in r).toBe(false);
  return r.error;
}

test('the well-formed base file parses (so each case below fails for its own reason)', () => {
  const r = parseMarkdown(file('# Sector North', '', '## 2 · Threats to civilians', '', ...THREAT), templates);
  expect(r.ok).toBe(true);
});

describe('frontmatter', () => {
  test('a file without frontmatter is not a POC document (line 1)', () => {
    const e = errorOf('# Notes\n\nJust a note.\n');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/no frontmatter/);
  });

  test('frontmatter that is never closed is reported on line 1', () => {
    const e = errorOf('---\npoc-id: x\n\n# Title\n');
    expect(e).toMatchObject({ line: 1 });
    expect(e.message).toMatch(/never closed/);
  });

  test('invalid YAML is reported on its line of the file', () => {
    const text = file().replace('status: draft', 'status: draft\nstatus: approved');
    const e = errorOf(text);
    expect(e.line).toBe(7);
    expect(e.message).toMatch(/not valid YAML.*unique/);
  });

  test('an unknown poc-type names the known types, on its line', () => {
    const e = errorOf(file().replace('poc-type: threat-matrix', 'poc-type: threat-list'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/Unknown document type "threat-list".*threat-matrix/);
  });

  test('a poc-template naming another type is an error on its line', () => {
    const e = errorOf(file().replace('poc-template: threat-matrix@1', 'poc-template: strategy@1'));
    expect(e.line).toBe(4);
  });

  test('a poc-template without a version is an error on its line', () => {
    const e = errorOf(file().replace('poc-template: threat-matrix@1', 'poc-template: threat-matrix'));
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/threat-matrix@\d+/);
  });

  test('a missing poc-id is an error', () => {
    const e = errorOf(file().replace('poc-id: tm-north\n', ''));
    expect(e.message).toMatch(/no "poc-id"/);
  });

  test('an unknown status lists the allowed ones, on its line', () => {
    const e = errorOf(file().replace('status: draft', 'status: final'));
    expect(e.line).toBe(6);
    expect(e.message).toMatch(/draft, in-review, approved, archived/);
  });

  test('a document field holding a list is an error on its line, not silently dropped', () => {
    const e = errorOf(file().replace('created: 2026-03-02', 'created: 2026-03-02\noffice: [Kalo, Maru]'));
    expect(e.line).toBe(8);
    expect(e.message).toMatch(/"office" holds a list/);
  });

  test('a poc- property holding a list is an error on its line, since poc- keys are POC fields', () => {
    const e = errorOf(file().replace('created: 2026-03-02', 'created: 2026-03-02\npoc-sector: [north]'));
    expect(e.line).toBe(8);
    expect(e.message).toMatch(/"poc-sector" holds a list/);
  });

  test('a poc- property whose name cannot be kept as a field is an error on its line', () => {
    const e = errorOf(file().replace('created: 2026-03-02', 'created: 2026-03-02\npoc-My Note: hello'));
    expect(e.line).toBe(8);
    expect(e.message).toMatch(/"poc-My Note"/);
  });

  test('a list property that is never closed is invalid YAML, reported with its line', () => {
    const e = errorOf(file().replace('created: 2026-03-02', 'created: 2026-03-02\ntags: [poc, north\naliases: North'));
    expect(e.line).toBeGreaterThanOrEqual(8);
    expect(e.line).toBeLessThanOrEqual(9);
    expect(e.message).toMatch(/not valid YAML/);
  });

  test('a property whose value has no plain form (.inf) is an error on its line', () => {
    const e = errorOf(file().replace('created: 2026-03-02', 'created: 2026-03-02\ntags: [a]\nscore: .inf'));
    expect(e.line).toBe(9);
    expect(e.message).toMatch(/"score" holds a value that has no plain form/);
  });

  test('a property given twice is an error on its second line', () => {
    const e = errorOf(file().replace('created: 2026-03-02', 'created: 2026-03-02\ntags: [a]\ntags: [b]'));
    expect(e.line).toBe(9);
  });
});

describe('body', () => {
  test('a title heading that differs from the title property is an error on the heading', () => {
    const e = errorOf(file('# Sector South', '', '## 1 · Threat overview'));
    expect(e.line).toBe(9);
    expect(e.message).toMatch(/differs from the title property/);
  });

  test('a section given twice is an error on the second heading', () => {
    const e = errorOf(file('## 1 · Threat overview', '', 'Text.', '', '## 1 · Threat overview'));
    expect(e.line).toBe(13);
    expect(e.message).toMatch(/appears twice \(also on line 9\)/);
  });
});

describe('typed blocks', () => {
  const inSection = (...lines: string[]) => file('## 2 · Threats to civilians', '', ...lines);

  test('an unknown block type names the template block types, on the callout line', () => {
    const e = errorOf(inSection('> [!poc-rumour] R-1 · Talk at the market'));
    expect(e.line).toBe(11);
    expect(e.message).toMatch(/Unknown block type "poc-rumour".*poc-threat/);
  });

  test('a block without an id is an error on its callout line', () => {
    const e = errorOf(inSection('> [!poc-threat]', '>', '> | Field | Value |', '> | --- | --- |', '> | Likelihood | 4 |'));
    expect(e.line).toBe(11);
    expect(e.message).toMatch(/has no id/);
  });

  test('a block id line naming another block is an error on that line', () => {
    const lines = [...THREAT];
    lines[lines.length - 1] = '^t-2';
    const e = errorOf(inSection(...lines));
    expect(e.line).toBe(21);
    expect(e.message).toMatch(/Change it to "\^t-1"/);
  });

  test('a table row with a value but no field name is an error on its row', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | --- | --- |', '> | Likelihood | 4 |', '> |  | tense |'));
    expect(e.line).toBe(16);
    expect(e.message).toMatch(/a value but no field name.*Likelihood/);
  });

  test('a field the template does not define, given twice, is an error on the second row', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | --- | --- |', '> | Mood | tense |', '> | Mood | calm |'));
    expect(e.line).toBe(16);
    expect(e.message).toMatch(/"Mood" of T-1 is given twice \(also on line 15\)/);
  });

  test('a long field in the table is an error telling where it goes', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | --- | --- |', '> | Populations at risk | traders |'));
    expect(e.line).toBe(15);
    expect(e.message).toMatch(/\*\*Populations at risk\*\*/);
  });

  test('a field given twice is an error on the second one', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1', '>', '> **Mission resources**', '>', '> One patrol.', '>', '> **Mission resources**', '>', '> Two patrols.'));
    expect(e.line).toBe(17);
    expect(e.message).toMatch(/given twice \(also on line 13\)/);
  });

  test('text in a block outside any field (a broken callout) is an error on its line', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1 · Raids', '>', '> Some words with no label.'));
    expect(e.line).toBe(13);
    expect(e.message).toMatch(/not under a field/);
  });

  test('content on the line after the callout title is an error on the callout', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1 · Raids', '> **Mission resources**'));
    expect(e.line).toBe(11);
    expect(e.message).toMatch(/empty ">" line/);
  });

  test('a short field written under a bold label is an error on the label', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1', '>', '> **Likelihood**', '>', '> 4'));
    expect(e.line).toBe(13);
    expect(e.message).toMatch(/short field/);
  });

  test('text after the id that is not " · title" is an error', () => {
    const e = errorOf(inSection('> [!poc-threat] T-1 Raids on the market'));
    expect(e.message).toMatch(/write " · "/);
  });

  test('a title on a block type without a title field is an error, not dropped', () => {
    const text = file('## 3 · Consultation').replace('poc-type: threat-matrix', 'poc-type: operations-brief').replace('poc-template: threat-matrix@1', 'poc-template: operations-brief@1');
    const body = text.replace('## 3 · Consultation', '## II.d · Consultation\n\n> [!poc-consultation] CON-1 · With UNHQ');
    const e = errorOf(body);
    expect(e.message).toMatch(/has no title/);
  });
});

test('errors carry the file name when one is given, and format as file:line: message', () => {
  const e = errorOf(file('## 1 · Threat overview', '', '## 1 · Threat overview'), 'vault/tm-north.md');
  expect(e.file).toBe('vault/tm-north.md');
  expect(formatMarkdownError(e)).toMatch(/^vault\/tm-north\.md:11: Section 1 appears twice/);
});

test('a CRLF file reports the same lines', () => {
  const e = errorOf(file('## 1 · Threat overview', '', '## 1 · Threat overview').replace(/\n/g, '\r\n'));
  expect(e.line).toBe(11);
});
