/**
 * A block id given twice (a copy-paste in source mode) never makes a mirror
 * unreadable: the later block is read under the next free id, and a note on
 * that block says what was renamed and why.
 */
import { expect, test } from 'vitest';
import { parseMarkdown } from '../../../shared/markdown/index.js';
import { BLOCK_ID_RENAMED } from '../../../shared/markdown/parse.js';
import { blocksOf } from '../../../shared/model/ids.js';
import { TemplateSet } from '../../../shared/template/set.js';

const templates = TemplateSet.builtin();

const FRONTMATTER = ['---', 'poc-id: tm-north', 'poc-type: threat-matrix', 'poc-template: threat-matrix@1', 'title: Sector North', 'status: draft', 'created: 2026-03-02', '---'];

/** A threat matrix whose section 2 holds the given lines (the section heading is line 9, its content starts on line 11). */
function file(...lines: string[]): string {
  return [...FRONTMATTER, '## 2 · Threats to civilians', '', ...lines].join('\n') + '\n';
}

/** A threat block of 11 lines followed by a blank line. */
function threat(id: string, title: string): string[] {
  return [`> [!poc-threat] ${id} · ${title}`, '>', '> | Field | Value |', '> | --- | --- |', '> | Likelihood | 4 |', '', `^${id.toLowerCase()}`, ''];
}

function parsed(text: string) {
  const r = parseMarkdown(text, templates, 'tm-north.md');
  if (!r.ok) throw new Error(`expected a model, got: ${r.error.message}`);
  return r;
}

test('a file with a repeated block id opens with both blocks, the later one under a new id', () => {
  const r = parsed(file(...threat('T-3', 'Raids on Kalo market'), ...threat('T-3', 'Cattle raids near Duma')));
  const blocks = blocksOf(r.model);
  expect(blocks.map((b) => [b.id, b.fields.threat])).toEqual([
    ['T-3', 'Raids on Kalo market'],
    ['T-4', 'Cattle raids near Duma'],
  ]);
});

test('the new id is free among every id of the file, including ids that come later', () => {
  const r = parsed(file(...threat('T-3', 'First'), ...threat('T-3', 'Copy'), ...threat('T-4', 'Later'), ...threat('T-7', 'Last')));
  expect(blocksOf(r.model).map((b) => b.id)).toEqual(['T-3', 'T-8', 'T-4', 'T-7']);
});

test('ids are compared as Obsidian compares them, so a lower-case id later in the file is not reused', () => {
  const r = parsed(file(...threat('T-1', 'First'), ...threat('t-1', 'Copy'), ...threat('t-2', 'Lower case')));
  expect(blocksOf(r.model).map((b) => b.id)).toEqual(['T-1', 'T-3', 't-2']);
  expect(r.notes[0].message).toMatch(/without regard to case/);
});

test('two repeats get two different new ids', () => {
  const r = parsed(file(...threat('T-1', 'A'), ...threat('T-1', 'B'), ...threat('T-1', 'C')));
  expect(blocksOf(r.model).map((b) => b.id)).toEqual(['T-1', 'T-2', 'T-3']);
  expect(r.notes).toHaveLength(2);
});

test('a note on the renamed block says what was renamed, why, and how to keep it', () => {
  const r = parsed(file(...threat('T-3', 'Raids on Kalo market'), ...threat('T-3', 'Cattle raids near Duma')));
  expect(r.notes).toHaveLength(1);
  const note = r.notes[0];
  expect(note).toMatchObject({ severity: 'warning', code: BLOCK_ID_RENAMED, location: { section: '2', block: 'T-4' } });
  expect(note.message).toMatch(/T-3 is already used on line 11, so it was read as T-4/);
  expect(note.message).toMatch(/change "T-3" to "T-4" on line 19 and its "\^" line to "\^t-4"/);
});

test('a file without repeated ids has no notes', () => {
  expect(parsed(file(...threat('T-1', 'A'), ...threat('T-2', 'B'))).notes).toEqual([]);
});
