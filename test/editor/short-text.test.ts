/**
 * The editor's writing of short text fields: one transaction changing only
 * the characters that differ inside the field's `short_field` node, and a
 * field still held in an attribute moved into a node on its first edit.
 */
import { EditorState } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import type { DocModel, TypedBlock } from '../../shared/model/types.js';
import { modelToDoc } from '../../shared/prosemirror/convert.js';
import { NODE } from '../../shared/model/nodes.js';
import { createBlock, findBlock, setBlockField } from '../../editor/commands.js';
import { fieldValue, setShortText, shortFieldOf } from '../../editor/short-text.js';
import { matrix, modelOf, run, schema, stateOf, template } from './helpers.js';

const tm = template('threat-matrix');

/** The matrix as a current client writes it: short text in short_field nodes. */
function current(model: DocModel): EditorState {
  return EditorState.create({ schema, doc: modelToDoc(model, schema, tm) });
}

function threatOf(state: EditorState, like: DocModel, id: string): TypedBlock {
  for (const s of modelOf(state, like).sections) for (const i of s.content) if (i.t === 'block' && i.id === id) return i;
  throw new Error(`no block ${id}`);
}

describe('setShortText', () => {
  it('changes only the characters that differ, in one step inside the field', () => {
    const model = matrix().build();
    const state = current(model);
    const pos = findBlock(state.doc, 'T-1')!.pos;
    let tr: import('prosemirror-state').Transaction | undefined;
    setShortText(pos, 'threat', 'Raids on two villages')(state, (t) => (tr = t));
    expect(tr!.steps).toHaveLength(1);
    const step = tr!.steps[0] as ReplaceStep;
    expect(step).toBeInstanceOf(ReplaceStep);
    expect(step.slice.content.textBetween(0, step.slice.content.size)).toBe('two ');
    expect(threatOf(state.apply(tr!), model, 'T-1').fields.threat).toBe('Raids on two villages');
  });

  it('moves a field held in an attribute into a short_field node on its first edit, clearing the attribute', () => {
    const model = matrix().build();
    const state = stateOf(model); // the older form: short text in block attributes
    const pos = findBlock(state.doc, 'T-1')!.pos;
    expect(state.doc.nodeAt(pos)!.attrs.threat).toBe('Raids on villages');
    const next = run(state, setShortText(pos, 'threat', 'Raids on villages!'));
    const block = next.doc.nodeAt(pos)!;
    expect(block.attrs.threat).toBeNull();
    expect(shortFieldOf(block, 'threat')?.node.textContent).toBe('Raids on villages!');
    expect(threatOf(next, model, 'T-1').fields).toEqual({ ...threatOf(state, model, 'T-1').fields, threat: 'Raids on villages!' });
  });

  it('does not apply when the value is unchanged', () => {
    const state = current(matrix().build());
    expect(setShortText(findBlock(state.doc, 'T-1')!.pos, 'threat', 'Raids on villages')(state)).toBe(false);
  });
});

describe('short text in the rest of the editor', () => {
  it('setBlockField edits a short_field node in place rather than setting an attribute', () => {
    const model = matrix().build();
    const state = current(model);
    const pos = findBlock(state.doc, 'T-4')!.pos;
    const next = run(state, setBlockField(pos, 'threat', ''));
    expect(next.doc.nodeAt(pos)!.attrs.threat).toBeNull();
    expect(threatOf(next, model, 'T-4').fields.threat).toBeUndefined();
  });

  it('a block shows the short_field text over an attribute of the same name', () => {
    const state = current(matrix().build());
    const block = state.doc.nodeAt(findBlock(state.doc, 'T-1')!.pos)!;
    const withAttr = block.type.create({ ...block.attrs, threat: 'older value' }, block.content);
    expect(fieldValue(withAttr, 'threat')).toBe('Raids on villages');
    expect(fieldValue(withAttr, 'likelihood')).toBe(4);
  });

  it('a new block starts its short text in short_field nodes after its rich fields, and choices as attributes', () => {
    const spec = tm.blockTypes.find((b) => b.type === 'threat')!;
    const block = createBlock(schema, spec, 'T-9', { location: 'Kiri', tier: 'tier-1' });
    expect(block.attrs.location).toBeNull();
    expect(block.attrs.tier).toBe('tier-1');
    expect(block.lastChild?.type.name).toBe(NODE.shortField);
    expect(fieldValue(block, 'location')).toBe('Kiri');
  });
});
