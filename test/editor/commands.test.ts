import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { TypedBlock } from '../../shared/model/types.js';
import {
  addContentField,
  allowedBlockTypes,
  blocks,
  deleteBlock,
  exitEmptyListItem,
  findBlock,
  findSection,
  INSERTED_BLOCK,
  insertBlock,
  insertCrossLink,
  insertSection,
  moveBlock,
  setBlockField,
  startWritingIn,
  toBulletList,
} from '../../editor/commands.js';
import { ModelBuilder, p } from '../support/build-model.js';
import { cursorIn, matrix, modelOf, run, stateOf, template } from './helpers.js';

const tm = template('threat-matrix');

function blockIn(model: ReturnType<typeof modelOf>, id: string): TypedBlock | undefined {
  for (const s of model.sections) for (const i of s.content) if (i.t === 'block' && i.id === id) return i;
  return undefined;
}

describe('insertBlock', () => {
  it('gives a new threat the next id after the highest in use', () => {
    const model = matrix().build();
    let inserted: unknown;
    const state = stateOf(model);
    insertBlock(tm, 'threat')(state, (tr) => (inserted = tr.getMeta(INSERTED_BLOCK)));
    expect(inserted).toBe('T-5');
  });

  it('puts the block right after the block holding the cursor', () => {
    const model = matrix().build();
    const state = cursorIn(stateOf(model), 'Villagers.');
    const next = run(state, insertBlock(tm, 'threat'));
    expect(blocks(next.doc).map((b) => b.bid)).toEqual(['T-1', 'T-5', 'T-4']);
  });

  it('replaces the empty paragraph the cursor is in', () => {
    const model = ModelBuilder.of('threat-matrix', 'tm-unit').section('2', p()).build();
    const state = stateOf(model);
    const at = findSection(state.doc, '2')!.pos + 2;
    const next = run(state.apply(state.tr.setSelection(TextSelection.create(state.doc, at))), insertBlock(tm, 'threat'));
    const section = findSection(next.doc, '2')!.node;
    expect(section.childCount).toBe(1);
    expect(section.firstChild!.type.name).toBe('block');
  });

  it("goes to the end of the first section that allows the type when the cursor's section does not", () => {
    const model = matrix().build();
    const state = cursorIn(stateOf(model), 'Overview text.');
    const next = run(state, insertBlock(tm, 'threat'));
    const ids = blocks(next.doc).map((b) => [b.bid, b.section.sid]);
    expect(ids).toEqual([
      ['T-1', '2'],
      ['T-4', '2'],
      ['T-5', '2'],
    ]);
  });

  it('is refused when no section of the template allows the type', () => {
    const state = stateOf(matrix().build());
    expect(insertBlock(tm, 'action')(state)).toBe(false);
    expect(insertBlock(tm, 'threat', { section: '3' })(state)).toBe(false);
  });

  it('creates the required rich-text fields, with the cursor in the first one, and leaves optional ones out', () => {
    const state = stateOf(ModelBuilder.of('threat-matrix', 'tm-unit').section('2').build());
    const next = run(state, insertBlock(tm, 'threat', { section: '2' }));
    const block = findBlock(next.doc, 'T-1')!.node;
    const names: string[] = [];
    block.forEach((f) => names.push(String(f.attrs.name)));
    expect(names).toEqual(['populations']);
    expect(next.selection.$from.parent.type.name).toBe('paragraph');
    expect(next.selection.$from.node(-1).attrs.name).toBe('populations');
  });

  it('can start a consultation with its party already chosen', () => {
    const ob = template('operations-brief');
    const state = stateOf(ModelBuilder.of('operations-brief', 'ob-unit').section('II.d').build());
    const next = run(state, insertBlock(ob, 'consultation', { section: 'II.d', attrs: { party: 'unhq' } }));
    expect(findBlock(next.doc, 'CON-1')!.node.attrs.party).toBe('unhq');
  });
});

describe('allowedBlockTypes', () => {
  it("lists the block types a section's rules name, and none for a text-only section", () => {
    expect(allowedBlockTypes(tm, '2').map((b) => b.type)).toEqual(['threat']);
    expect(allowedBlockTypes(tm, '1')).toEqual([]);
  });
});

describe('setBlockField', () => {
  it('writes a short field as a node attribute that the model reads as the field', () => {
    const model = matrix().build();
    const state = stateOf(model);
    const pos = findBlock(state.doc, 'T-4')!.pos;
    const next = run(state, setBlockField(pos, 'likelihood', 5));
    expect(blockIn(modelOf(next, model), 'T-4')!.fields.likelihood).toBe(5);
  });

  it('clears a field when given an empty value, so the model has no such field', () => {
    const model = matrix().build();
    const state = stateOf(model);
    const next = run(state, setBlockField(findBlock(state.doc, 'T-4')!.pos, 'threat', ''));
    expect(blockIn(modelOf(next, model), 'T-4')!.fields).not.toHaveProperty('threat');
  });

  it('does not apply to a name that is not a field of any template', () => {
    const state = stateOf(matrix().build());
    expect(setBlockField(findBlock(state.doc, 'T-4')!.pos, 'notAField', 'x')(state)).toBe(false);
  });
});

describe('addContentField', () => {
  it("adds a missing rich-text field in the template's field order", () => {
    const model = matrix().build();
    const state = stateOf(model);
    const pos = findBlock(state.doc, 'T-1')!.pos;
    const withResponse = run(state, addContentField(tm, pos, 'response'));
    const withBoth = run(withResponse, addContentField(tm, pos, 'otherActors'));
    const names: string[] = [];
    findBlock(withBoth.doc, 'T-1')!.node.forEach((f) => names.push(String(f.attrs.name)));
    expect(names).toEqual(['populations', 'otherActors', 'response']);
  });

  it('does nothing for a field the block already has', () => {
    const state = stateOf(matrix().build());
    expect(addContentField(tm, findBlock(state.doc, 'T-1')!.pos, 'populations')(state)).toBe(false);
  });
});

describe('moving and deleting blocks', () => {
  it('moves a block down past its neighbour, and back up', () => {
    const state = stateOf(matrix().build());
    const down = run(state, moveBlock(findBlock(state.doc, 'T-1')!.pos, 1));
    expect(blocks(down.doc).map((b) => b.bid)).toEqual(['T-4', 'T-1']);
    const up = run(down, moveBlock(findBlock(down.doc, 'T-1')!.pos, -1));
    expect(blocks(up.doc).map((b) => b.bid)).toEqual(['T-1', 'T-4']);
  });

  it('cannot move the first block up', () => {
    const state = stateOf(matrix().build());
    expect(moveBlock(findBlock(state.doc, 'T-1')!.pos, -1)(state)).toBe(false);
  });

  it('deletes a block', () => {
    const state = stateOf(matrix().build());
    const next = run(state, deleteBlock(findBlock(state.doc, 'T-1')!.pos));
    expect(blocks(next.doc).map((b) => b.bid)).toEqual(['T-4']);
  });
});

describe('writing text', () => {
  it('gives an empty section a paragraph with the cursor in it', () => {
    const state = stateOf(matrix().build());
    const next = run(state, startWritingIn('3'));
    expect(findSection(next.doc, '3')!.node.firstChild!.type.name).toBe('paragraph');
    expect(next.selection.$from.node(1).attrs.sid).toBe('3');
  });

  it('turns a paragraph into a bullet list, and Enter in its empty last item ends the list', () => {
    const model = matrix().build();
    const listed = run(cursorIn(stateOf(model), 'Overview text.'), toBulletList);
    expect(modelOf(listed, model).sections[0].content).toEqual([{ t: 'ul', items: [[{ t: 'text', text: 'Overview text.' }]] }]);
    const split = listed.apply(listed.tr.split(listed.selection.from));
    const ended = run(split, exitEmptyListItem);
    const section = findSection(ended.doc, '1')!.node;
    expect([section.child(0).type.name, section.child(1).type.name]).toEqual(['bullet_list', 'paragraph']);
    expect(ended.selection.$from.parent.type.name).toBe('paragraph');
  });

  it('inserts a cross-link chip in place of the typed trigger', () => {
    const model = ModelBuilder.of('threat-matrix', 'tm-unit').text('1', 'See [[arm').build();
    const state = cursorIn(stateOf(model), 'See [[arm');
    const to = state.selection.from;
    const next = run(state, insertCrossLink('ap-1', 'A-3', { from: to - 5, to }));
    expect(modelOf(next, model).sections[0].content).toEqual([
      {
        t: 'p',
        content: [
          { t: 'text', text: 'See ' },
          { t: 'link', docId: 'ap-1', blockId: 'A-3' },
        ],
      },
    ]);
    // A space follows the chip so the caret has somewhere to go; the cursor is after it.
    expect(next.selection.$from.parent.textBetween(0, next.selection.$from.parentOffset, undefined, '@')).toBe('See @ ');
  });

  it('does not insert a cross-link outside text', () => {
    const state = stateOf(matrix().build());
    const sectionStart = findSection(state.doc, '3')!.pos + 1;
    expect(insertCrossLink('ap-1', 'A-3', { from: sectionStart, to: sectionStart })(state)).toBe(false);
  });
});

describe('insertSection', () => {
  it('adds a missing template section back in template order', () => {
    const model = ModelBuilder.of('threat-matrix', 'tm-unit').section('1').section('3').build();
    const next = run(stateOf(model), insertSection(tm, '2'));
    const ids: string[] = [];
    next.doc.forEach((s) => ids.push(String(s.attrs.sid)));
    expect(ids).toEqual(['1', '2', '3']);
    expect(next.doc.child(1).attrs.title).toBe('Threats to civilians');
  });

  it('puts a missing first section before the others', () => {
    const next = run(stateOf(ModelBuilder.of('threat-matrix', 'tm-unit').section('2').build()), insertSection(tm, '1'));
    expect(next.doc.firstChild!.attrs.sid).toBe('1');
  });

  it('does not add a section that is present or not in the template', () => {
    const state = stateOf(matrix().build());
    expect(insertSection(tm, '2')(state)).toBe(false);
    expect(insertSection(tm, 'Z')(state)).toBe(false);
  });
});
