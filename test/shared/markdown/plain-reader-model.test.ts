/**
 * Reading a mirror file gives the same model, notes and errors with the
 * plain reader (plain-syntax.ts) as with micromark alone: on the demo vault
 * and on a generated large threat matrix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import type * as Markdown from '../../../shared/markdown/index.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { largeDocModel } from '../../support/generate.js';

const VAULT = join(__dirname, '../../../demo-vault');

/** The plain reader standing aside: every piece goes to micromark. */
const notMine = vi.fn(() => undefined);

/** The Markdown module, fresh, with the plain reader either in place or standing aside. */
async function markdownModule(plain: boolean): Promise<typeof Markdown> {
  vi.resetModules();
  if (plain) vi.doUnmock('../../../shared/markdown/plain-syntax.js');
  else vi.doMock('../../../shared/markdown/plain-syntax.js', () => ({ parsePlainMdast: notMine }));
  return import('../../../shared/markdown/index.js');
}

test('the same results with and without the plain reader', async () => {
  const templates = TemplateSet.builtin();
  const matrix = templates.get('threat-matrix');
  const withPlain = await markdownModule(true);
  const files = readdirSync(VAULT)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f, text: readFileSync(join(VAULT, f), 'utf8') }));
  files.push({ name: 'large matrix', text: withPlain.toMarkdown(largeDocModel(matrix, { blocks: 200, words: 2000 }), matrix) });
  const read = (m: typeof Markdown) => files.map((f) => m.parseMarkdown(f.text, templates, f.name));
  const fast = read(withPlain);
  const slow = read(await markdownModule(false));
  expect(notMine).toHaveBeenCalled();
  expect(fast.filter((r) => r.ok).length).toBeGreaterThan(5);
  expect(fast).toStrictEqual(slow);
  vi.doUnmock('../../../shared/markdown/plain-syntax.js');
});
