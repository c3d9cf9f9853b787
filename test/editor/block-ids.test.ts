import { describe, expect, it } from 'vitest';
import { ySyncPluginKey } from 'y-prosemirror';
import { blocks, findBlock } from '../../editor/commands.js';
import { blockIdsPlugin, repairBlockIds } from '../../editor/block-ids.js';
import { matrix, stateOf, template } from './helpers.js';

const prefixOf = (type: string) => template('threat-matrix').blockTypes.find((b) => b.type === type)?.idPrefix;

/** A state where T-1 was pasted again at the end of section 2. */
function withPastedCopy() {
  const state = stateOf(matrix().build(), [blockIdsPlugin(prefixOf)]);
  const t1 = findBlock(state.doc, 'T-1')!;
  const end = t1.section.pos + t1.section.node.nodeSize - 1;
  return { state, tr: state.tr.insert(end, t1.node) };
}

describe('block id repair', () => {
  it('gives a pasted duplicate the next free id of its prefix, and the first holder keeps its id', () => {
    const { state, tr } = withPastedCopy();
    const next = state.apply(tr);
    expect(blocks(next.doc).map((b) => b.bid)).toEqual(['T-1', 'T-4', 'T-5']);
  });

  it('gives a block that lost its id the next free one of its type', () => {
    const state = stateOf(matrix().build());
    const tr = state.tr.setNodeAttribute(findBlock(state.doc, 'T-4')!.pos, 'bid', '');
    repairBlockIds(tr, prefixOf);
    expect(blocks(tr.doc).map((b) => b.bid)).toEqual(['T-1', 'T-2']);
  });

  it('changes nothing when every id is unique', () => {
    const state = stateOf(matrix().build());
    expect(repairBlockIds(state.tr, prefixOf)).toBeNull();
  });

  it('depends only on the document, so every client computes the same repair', () => {
    const a = withPastedCopy();
    const b = withPastedCopy();
    expect(a.state.apply(a.tr).doc.toJSON()).toEqual(b.state.apply(b.tr).doc.toJSON());
  });

  it("keeps a repair caused by someone else's change out of this user's undo history", () => {
    const { state, tr } = withPastedCopy();
    const remote = state.applyTransaction(tr.setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(remote.transactions).toHaveLength(2);
    expect(remote.transactions[1].getMeta('addToHistory')).toBe(false);
    const local = withPastedCopy();
    const own = local.state.applyTransaction(local.tr);
    expect(own.transactions[1].getMeta('addToHistory')).toBeUndefined();
  });
});
