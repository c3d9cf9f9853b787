// The page Chromium prints (server/export/html.ts): what people typed, and a tailored template's words, stay text.
import { expect, test } from 'vitest';
import { exportDocument } from '../../../shared/export/build.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { exportHtml } from '../../../server/export/html.js';
import { approvableMatrix } from '../../support/sign-off.js';

const template = TemplateSet.builtin().get('threat-matrix');
const page = (title: string, marking?: string) => {
  const model = approvableMatrix('tm-html', '2026-11-24');
  model.meta.title = title;
  const x = exportDocument(model, template, { now: '2026-11-24T10:00:00Z' });
  return exportHtml(marking === undefined ? x : { ...x, marking }, 'a4');
};

test('a title holding markup is written as text, never as an element', () => {
  const html = page('<script>alert(1)</script><img src=x onerror=alert(2)>');
  expect(html).not.toContain('<script>alert(1)');
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
});

test('a marking cannot close the stylesheet it is written into', () => {
  const html = page('Plain', 'Secret</style><script>alert(1)</script>"\\');
  const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
  expect(style).toContain('@top-center');
  expect(html.match(/<\/style>/g)).toHaveLength(1);
  expect(html).not.toContain('<script>');
});

test('the paper size and the landscape pages follow the size asked for', () => {
  const model = approvableMatrix('tm-html', '2026-11-24');
  const x = exportDocument(model, template, { now: '2026-11-24T10:00:00Z' });
  expect(exportHtml(x, 'letter')).toContain('@page { size: letter portrait;');
  expect(exportHtml(x, 'letter')).toContain('@page wide { size: letter landscape;');
  expect(exportHtml(x, 'a4')).toContain('@page { size: A4 portrait;');
});
