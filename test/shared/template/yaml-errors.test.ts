// YAML syntax errors in a template are said in words a tailor can act on: the line, what is wrong, how to fix it.
import { expect, test } from 'vitest';
import { loadTemplate } from '../../../shared/template/load.js';
import { explainYamlError } from '../../../shared/template/yaml-errors.js';

const HEAD = 'id: threat-matrix\nversion: 2\ntitle: T\nsource: S\ndescription: D\nsections:\n  - id: "1"\n    title: X\n';

function firstError(text: string) {
  const r = loadTemplate(text, 'threat-matrix.yaml');
  if (r.ok) throw new Error('expected an error');
  return r.errors[0];
}

test('a colon followed by a space in guidance text says to put the text in quotes, on its line', () => {
  const e = firstError(`${HEAD}    guidance: Note: the market is closed on Fridays\n`);
  expect(e.line).toBe(9);
  expect(e.message).toMatch(/put the text in quotes when it contains a colon followed by a space/i);
  expect(e.message).toContain('In "guidance: Note: the market is closed on Fridays"');
});

test("the parser's own words are kept at the end, for anyone searching for them", () => {
  expect(firstError(`${HEAD}    guidance: Note: x\n`).message).toMatch(/\(The YAML reader says: Nested mappings are not allowed in compact mappings\.\)$/);
});

test('a name given twice says to keep one', () => {
  expect(firstError(`${HEAD}    title: Y\n`).message).toMatch(/given twice at the same level\. Keep one/);
});

test('a tab used for indentation says to indent with spaces', () => {
  expect(firstError(`${HEAD}\tguidance: x\n`).message).toMatch(/indented with a tab\. Indent with spaces only/);
});

test('a quote never closed says to add the closing quote', () => {
  expect(firstError(`${HEAD}    guidance: "open\n`).message).toMatch(/never closed\. Add the closing quote/);
});

test('an error of a kind not explained still says where to look', () => {
  expect(explainYamlError('SOMETHING_NEW', 'Odd thing\nmore')).toMatch(/^YAML syntax: The YAML here cannot be read\. Check the quotes, colons and indentation.*\(The YAML reader says: Odd thing\.\)$/);
});
