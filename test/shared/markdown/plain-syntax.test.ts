/**
 * The plain reader (plain-syntax.ts) is a shortcut, never a second dialect:
 * wherever it answers, its tree is micromark's, node for node and position
 * for position; and it answers for the Markdown the mirror writes, which is
 * what makes reading a large matrix fast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toMarkdown } from '../../../shared/markdown/index.js';
import { parsePlainMdast } from '../../../shared/markdown/plain-syntax.js';
import { parseMdast, parseMdastChunked } from '../../../shared/markdown/syntax.js';
import { splitFrontmatter } from '../../../shared/markdown/frontmatter.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { arbitraryDocModel, largeDocModel } from '../../support/generate.js';

const templates = TemplateSet.builtin();
const VAULT = join(__dirname, '../../../demo-vault');

/** The body of a mirror file (what the reader parses), after its frontmatter. */
function body(md: string): string {
  const split = splitFrontmatter(md);
  return split ? md.slice(split.bodyOffset) : md;
}

/** Checks every piece of `text`: the plain tree, where there is one, equals micromark's. Returns how many pieces it read. */
function checkPieces(text: string): { pieces: number; plain: number } {
  const pieces = parseMdastChunked(text);
  let plain = 0;
  for (const { text: piece } of pieces) {
    const tree = parsePlainMdast(piece);
    if (!tree) continue;
    plain++;
    expect(tree).toStrictEqual(parseMdast(piece));
  }
  return { pieces: pieces.length, plain };
}

describe('the same tree as micromark', () => {
  test('on every file of the demo vault', () => {
    const files = readdirSync(VAULT).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    let plain = 0;
    for (const f of files) plain += checkPieces(body(readFileSync(join(VAULT, f), 'utf8'))).plain;
    expect(plain).toBeGreaterThan(0);
  });

  test('on every French copy of the demo vault, every piece of which it reads (labels starting with É or À included)', () => {
    const dir = join(VAULT, 'Français');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const { pieces, plain } = checkPieces(body(readFileSync(join(dir, f), 'utf8')));
      expect({ f, plain }).toEqual({ f, plain: pieces });
    }
  });

  test.each(templates.all().map((t) => [t.id, t] as const))('on a large generated %s, every piece of which it reads', (_, template) => {
    const md = toMarkdown(largeDocModel(template, { blocks: 60, words: 3000 }), template);
    const { pieces, plain } = checkPieces(body(md));
    expect(plain).toBe(pieces);
  });

  test.each(templates.all().map((t) => [t.id, t] as const))('on generated %s documents full of Markdown syntax', (_, template) => {
    fc.assert(
      fc.property(arbitraryDocModel(template), (m) => {
        checkPieces(body(toMarkdown(m, template)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('what it reads, and what it leaves to micromark', () => {
  const reads = [
    '> [!poc-threat] T-1 · Shelter\n>\n> | Field | Value |\n> | --- | --- |\n> | Loc | Office  x |\n> | E |  |\n>\n> **Populations at risk**\n>\n> Forces. **Dial cor** Auth. See [[#^t-1|T-1]].\n\n^t-1\n',
    // A list inside a callout ends after the blank quote lines that follow it; at the top level, at its last item.
    '> **Label**\n>\n> - Convoy base.\n> - Deploy;\n>\n> **Mission**\n',
    '> x\n>\n> - a\n> - b\n\n^t\n',
    '- a\n- b\n\npara\n\n* c\n\n\n',
    '# Title\n\n## 1 · Threat overview\n\nSome *emphasis*, `code`, **strong**: [[a#^b]] and 😀 **x** y!\n',
    '[[x]] first\n\n^abc\n\n[!note] callout-like text\n',
    '> **Éléments liés**\n>\n> Voir la **Réponse**. **À risque** et *élan*: *Ça*\n',
  ];
  test.each(reads)('reads %j as micromark does', (md) => {
    const tree = parsePlainMdast(md);
    expect(tree).toBeDefined();
    expect(tree).toStrictEqual(parseMdast(md));
  });

  const leaves = [
    'line one\nline two', // a paragraph over two lines
    '> quote\nlazy continuation',
    'a\tb',
    'hard break  \nnext',
    '[un]: https://un.org',
    '1. ordered',
    '- [ ] task',
    '- a\n\n- b', // one loose list
    '```\ncode\n```',
    '    indented code',
    '<div>html</div>',
    'a **b**c',
    'snake_case',
    '![[embed.png]]',
    '[link](https://un.org)',
    '&amp;',
    '~~gone~~',
    '| a | b |\n| :-- | --- |\n| 1 | 2 |',
    '| a | b |\n| --- | --- |\n| 1 |',
    '| a | b |\n| --- | --- |\n| [[x]] | 2 |',
    '## closing #',
    '> > nested',
    '> - a\n>\n>\n> b', // two blank quote lines after a list make it loose
    '>  indented in a quote',
  ];
  test.each(leaves)('leaves %j to micromark', (md) => {
    expect(parsePlainMdast(md)).toBeUndefined();
  });
});
