/**
 * The parser configuration: wiki links as real syntax, no literal
 * autolinks, and parsing large files in pieces with the same result as
 * parsing them whole.
 */
import type { RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseMdast, parseMdastChunked } from '../../../shared/markdown/syntax.js';
import { parseWikiTarget } from '../../../shared/markdown/wikilink.js';

const strip = (n: RootContent) => JSON.parse(JSON.stringify(n, (k, v) => (k === 'position' ? undefined : v)));

describe('wiki links', () => {
  test('a wiki link is one node holding its inside verbatim', () => {
    const p = parseMdast('a [[tm-1#^t-3|T-3]] b').children[0];
    expect(strip(p)).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'a ' },
        { type: 'wikiLink', value: 'tm-1#^t-3|T-3', embed: false },
        { type: 'text', value: ' b' },
      ],
    });
  });

  test('an embed is marked as one', () => {
    expect(strip(parseMdast('![[map.png]]').children[0])).toEqual({ type: 'paragraph', children: [{ type: 'wikiLink', value: 'map.png', embed: true }] });
  });

  test('escaped, empty, nested or unclosed brackets are not wiki links', () => {
    for (const md of ['\\[[x]]', '[[]]', '[[a[b]]', '[[a]b]]', '[[open']) {
      const p = parseMdast(md).children[0] as { children: Array<{ type: string }> };
      expect(p.children.some((c) => c.type === 'wikiLink')).toBe(false);
    }
  });

  test('the inside splits into file, block anchor or heading, and alias', () => {
    expect(parseWikiTarget('tm-1#^t-3|T-3')).toEqual({ target: 'tm-1', anchor: 't-3', alias: 'T-3' });
    expect(parseWikiTarget('#^t-3')).toEqual({ target: '', anchor: 't-3' });
    expect(parseWikiTarget('Notes#Heading')).toEqual({ target: 'Notes', heading: 'Heading' });
    expect(parseWikiTarget('a#^b\\|B')).toEqual({ target: 'a', anchor: 'b', alias: 'B' });
  });
});

test('a bare URL is text, not a link', () => {
  expect(strip(parseMdast('see https://un.org or www.un.org').children[0])).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'see https://un.org or www.un.org' }] });
});

test('GFM tables, task lists and strikethrough are recognised', () => {
  const types = parseMdast('| a |\n| - |\n| 1 |\n\n- [ ] task\n\n~~gone~~').children.map((n) => n.type);
  expect(types).toEqual(['table', 'list', 'paragraph']);
  const p = parseMdast('~~gone~~').children[0] as { children: Array<{ type: string }> };
  expect(p.children[0].type).toBe('delete');
});

test('GFM task-list checkboxes and footnotes are recognised', () => {
  const list = parseMdast('- [x] done\n- [ ] open').children[0] as { children: Array<{ checked: boolean | null }> };
  expect(list.children.map((i) => i.checked)).toEqual([true, false]);
  const types = parseMdast('Said so.[^1]\n\n[^1]: The mayor.').children.map((n) => n.type);
  expect(types).toEqual(['paragraph', 'footnoteDefinition']);
  const p = parseMdast('Said so.[^1]\n\n[^1]: The mayor.').children[0] as { children: Array<{ type: string }> };
  expect(p.children.map((c) => c.type)).toEqual(['text', 'footnoteReference']);
});

describe('parsing in pieces', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `> [!poc-threat] T-${i} · Row ${i}\n>\n> **Mission resources**\n>\n> ${'Patrols and escorts. '.repeat(20)}\n\n^t-${i}`).join('\n\n');

  /** Top-level nodes as (type, first line, last line) in the whole text. */
  function outline(text: string) {
    return parseMdastChunked(text).flatMap((c) =>
      c.tree.children.map((n) => [n.type, n.position!.start.line + c.lineOffset, n.position!.end.line + c.lineOffset] as const),
    );
  }
  function wholeOutline(text: string) {
    return parseMdast(text).children.map((n) => [n.type, n.position!.start.line, n.position!.end.line] as const);
  }

  test('a large file is parsed in several pieces', () => {
    expect(parseMdastChunked(filler(60)).length).toBeGreaterThan(1);
  });

  test('pieces give the same nodes, at the same lines, as one parse', () => {
    const text = `## 2 · Threats\n\n${filler(60)}\n`;
    expect(outline(text)).toEqual(wholeOutline(text));
  });

  // Longer than a piece, and full of lines where a piece could end.
  const cutLike = Array.from({ length: 60 }, (_, i) => `\n## 3 · Fake ${i}\n\n> [!poc-threat] T-${i} · not a block\n\n${'words '.repeat(60)}`).join('\n');

  test('a fenced code block holding cut-like lines is not cut', () => {
    const text = `${filler(5)}\n\n\`\`\`\n${cutLike}\n\`\`\`\n\n${filler(30)}\n`;
    expect(outline(text)).toEqual(wholeOutline(text));
    expect(outline(text).filter(([type]) => type === 'code')).toHaveLength(1);
  });

  test('an HTML comment holding cut-like lines is not cut', () => {
    const text = `${filler(5)}\n\n<!--\n${cutLike}\n-->\n\n${filler(30)}\n`;
    expect(outline(text)).toEqual(wholeOutline(text));
    expect(outline(text).filter(([type]) => type === 'html')).toHaveLength(1);
  });

  test('a link definition anywhere makes the whole file one piece, so references resolve', () => {
    const text = `${filler(30)}\n\nSee [UN].\n\n${filler(30)}\n\n[un]: https://un.org\n`;
    const chunks = parseMdastChunked(text);
    expect(chunks).toHaveLength(1);
    const para = chunks[0].tree.children.find((n) => n.type === 'paragraph' && JSON.stringify(n).includes('linkReference'));
    expect(para).toBeDefined();
  });
});
