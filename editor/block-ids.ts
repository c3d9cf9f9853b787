/**
 * Block id upkeep: after any change (a paste, two people adding a row at
 * once, a remote client), blocks whose id repeats an earlier one get the
 * next free id of their prefix, and blocks that lost their id get a new
 * one. The repair depends only on the document, so every client computes
 * the same one and concurrent repairs converge on the same ids.
 */
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';
import { duplicateIdRepairs, nextBlockId } from '../shared/model/ids.js';
import { BLOCK_ATTRS } from '../shared/model/nodes.js';
import { blocks } from './commands.js';

export const blockIdsKey = new PluginKey('poc-block-ids');

/** The repair transaction for a document's block ids, or null when every block has a unique id. `prefixOf` gives the id prefix of a block type. */
export function repairBlockIds(tr: Transaction, prefixOf: (type: string) => string | undefined): Transaction | null {
  const list = blocks(tr.doc);
  const ids = list.map((b) => b.bid);
  let changed = false;
  // Blocks without an id first, so the duplicate repair below sees them as taken.
  const taken = new Set(ids);
  list.forEach((b, i) => {
    if (b.bid) return;
    const prefix = prefixOf(b.type);
    if (!prefix) return;
    const id = nextBlockId(taken, prefix);
    taken.add(id);
    ids[i] = id;
    tr.setNodeAttribute(b.pos, BLOCK_ATTRS.id, id);
    changed = true;
  });
  for (const [index, id] of duplicateIdRepairs(ids)) {
    tr.setNodeAttribute(list[index].pos, BLOCK_ATTRS.id, id);
    changed = true;
  }
  return changed ? tr : null;
}

/** The plugin that keeps block ids unique. A repair caused by a remote change is not added to this user's undo history. */
export function blockIdsPlugin(prefixOf: (type: string) => string | undefined): Plugin {
  return new Plugin({
    key: blockIdsKey,
    appendTransaction(trs, _old, state) {
      if (!trs.some((t) => t.docChanged)) return null;
      const tr = repairBlockIds(state.tr, prefixOf);
      if (!tr) return null;
      const remote = trs.some((t) => (t.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin);
      if (remote) tr.setMeta('addToHistory', false);
      return tr;
    },
  });
}
