/**
 * Editing commands on the structured document: finding sections and
 * blocks, inserting a typed block where the template allows it, setting a
 * short field (a node attribute, so it syncs through y-prosemirror like any
 * other change), adding a missing rich-text field, moving and deleting
 * blocks, and inserting cross-links. Pure ProseMirror: no DOM, so they are
 * unit-tested on plain `EditorState`s.
 */
import type { Node as PMNode, ResolvedPos, Schema } from 'prosemirror-model';
import { type Command, type EditorState, TextSelection } from 'prosemirror-state';
import { nextBlockId } from '../shared/model/ids.js';
import type { Template } from '../shared/template/load.js';
import type { BlockTypeSpec } from '../shared/template/template-schema.js';
import { BLOCK_ATTRS, isShortTextKind, NODE } from '../shared/model/nodes.js';
import { blockSpecOf, isShortKind } from './blocks.js';
import { setShortText, shortFieldNode, shortFieldOf } from './short-text.js';

/** Transaction meta key under which `insertBlock` records the id of the block it created. */
export const INSERTED_BLOCK = 'poc-inserted-block';

/** A top-level section and where it starts. */
export interface SectionAt {
  node: PMNode;
  pos: number;
  sid: string;
}

/** A typed block directly inside a section, with where it starts. */
export interface BlockAt {
  node: PMNode;
  pos: number;
  bid: string;
  type: string;
  section: SectionAt;
}

/** Every top-level section, in document order. */
export function sections(doc: PMNode): SectionAt[] {
  const out: SectionAt[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === NODE.section) out.push({ node, pos: offset, sid: String(node.attrs.sid ?? '') });
  });
  return out;
}

/** The first section with this id. */
export function findSection(doc: PMNode, sid: string): SectionAt | undefined {
  return sections(doc).find((s) => s.sid === sid);
}

/** Every typed block directly inside a section, in document order (the blocks the model knows). */
export function blocks(doc: PMNode): BlockAt[] {
  const out: BlockAt[] = [];
  for (const section of sections(doc)) {
    section.node.forEach((node, offset) => {
      if (node.type.name === NODE.block)
        out.push({ node, pos: section.pos + 1 + offset, bid: String(node.attrs[BLOCK_ATTRS.id] ?? ''), type: String(node.attrs[BLOCK_ATTRS.type] ?? ''), section });
    });
  }
  return out;
}

/** The first block with this id. */
export function findBlock(doc: PMNode, bid: string): BlockAt | undefined {
  return blocks(doc).find((b) => b.bid === bid);
}

/** The top-level section holding a position, with the index of the section child the position is in (-1 when directly in the section). */
export function sectionOf($pos: ResolvedPos): (SectionAt & { childIndex: number; childPos: number }) | undefined {
  if ($pos.depth < 1) return undefined;
  const node = $pos.node(1);
  if (node.type.name !== NODE.section) return undefined;
  const pos = $pos.before(1);
  if ($pos.depth < 2) return { node, pos, sid: String(node.attrs.sid ?? ''), childIndex: -1, childPos: -1 };
  return { node, pos, sid: String(node.attrs.sid ?? ''), childIndex: $pos.index(1), childPos: $pos.before(2) };
}

/** The section-level block holding a position, if any. */
export function blockOf($pos: ResolvedPos): { node: PMNode; pos: number } | undefined {
  if ($pos.depth < 2) return undefined;
  const node = $pos.node(2);
  return node.type.name === NODE.block ? { node, pos: $pos.before(2) } : undefined;
}

/** The block types a section of the template allows, in the template's order. */
export function allowedBlockTypes(template: Template, sid: string): BlockTypeSpec[] {
  const section = template.sections.find((s) => s.id === sid);
  return (section?.blocks ?? []).flatMap((r) => template.blockTypes.filter((b) => b.type === r.type));
}

/**
 * A new block of a type: its id, and an empty paragraph in each required
 * rich-text field so there is somewhere to type (optional ones are added
 * when wanted, which keeps a new row short).
 */
export function createBlock(schema: Schema, spec: BlockTypeSpec, id: string, attrs: Record<string, unknown> = {}): PMNode {
  const fields = spec.fields
    .filter((f) => !isShortKind(f.kind) && f.required)
    .map((f) => schema.nodes[NODE.field].create({ name: f.name }, schema.nodes[NODE.paragraph].create()));
  // Short text starts in its own child (after the rich fields, so the cursor still lands in the first of those); other values are attributes.
  const plain: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    const kind = spec.fields.find((f) => f.name === k)?.kind;
    if (typeof v === 'string' && kind && isShortTextKind(kind)) fields.push(shortFieldNode({ schema }, k, v));
    else plain[k] = v;
  }
  return schema.nodes[NODE.block].create({ ...plain, [BLOCK_ATTRS.type]: spec.type, [BLOCK_ATTRS.id]: id }, fields);
}

/** The id a new block of this type gets: its prefix and one more than the highest number in use. */
export function nextIdFor(doc: PMNode, spec: BlockTypeSpec): string {
  return nextBlockId(
    blocks(doc).map((b) => b.bid),
    spec.idPrefix,
  );
}

function isEmptyParagraph(node: PMNode): boolean {
  return node.type.name === NODE.paragraph && node.content.size === 0;
}

/** Where to put a new block of `type`: after the cursor's block or paragraph if its section allows the type, else at the end of the first section that does. */
function insertionPoint(state: EditorState, template: Template, type: string, opts: InsertOptions): { pos: number; replace?: number } | undefined {
  const allows = (sid: string) => allowedBlockTypes(template, sid).some((b) => b.type === type);
  const atEnd = (s: SectionAt) => {
    const last = s.node.lastChild;
    const end = s.pos + s.node.nodeSize - 1;
    return last && isEmptyParagraph(last) ? { pos: end - last.nodeSize, replace: last.nodeSize } : { pos: end };
  };
  if (opts.after !== undefined) {
    const node = state.doc.nodeAt(opts.after);
    return node ? { pos: opts.after + node.nodeSize } : undefined;
  }
  if (opts.section !== undefined) {
    const s = findSection(state.doc, opts.section);
    return s && allows(s.sid) ? atEnd(s) : undefined;
  }
  const here = sectionOf(state.selection.$from);
  if (here && allows(here.sid)) {
    if (here.childIndex < 0) return atEnd(here);
    const child = here.node.child(here.childIndex);
    if (isEmptyParagraph(child)) return { pos: here.childPos, replace: child.nodeSize };
    return { pos: here.childPos + child.nodeSize };
  }
  const target = sections(state.doc).find((s) => allows(s.sid));
  return target ? atEnd(target) : undefined;
}

export interface InsertOptions {
  /** Insert at the end of this section. */
  section?: string;
  /** Insert right after the node that starts at this position (a block: "new row"). */
  after?: number;
  /** Attributes to start the block with (e.g. the party of a consultation). */
  attrs?: Record<string, unknown>;
}

/**
 * Inserts a new block of `type` (see `insertionPoint`), puts the cursor in
 * its first rich-text field and records its id under `INSERTED_BLOCK`.
 * Not applicable when the template has no such type or no section allows it.
 */
export function insertBlock(template: Template, type: string, opts: InsertOptions = {}): Command {
  return (state, dispatch) => {
    const spec = blockSpecOf(template, type);
    if (!spec) return false;
    const at = insertionPoint(state, template, type, opts);
    if (!at) return false;
    if (dispatch) {
      const id = nextIdFor(state.doc, spec);
      const node = createBlock(state.schema, spec, id, opts.attrs);
      const tr = at.replace ? state.tr.replaceWith(at.pos, at.pos + at.replace, node) : state.tr.insert(at.pos, node);
      // block > field > paragraph: the cursor goes into the first rich-text field, if the block has one.
      if (node.firstChild?.type.name === NODE.field) tr.setSelection(TextSelection.create(tr.doc, at.pos + 3));
      dispatch(tr.setMeta(INSERTED_BLOCK, id).scrollIntoView());
    }
    return true;
  };
}

/**
 * Sets a short field of the block at `pos`; an empty string or null clears it
 * (an absent field means empty). A field the block holds as short text (a
 * `short_field` child) is changed by the smallest text edit (`setShortText`).
 */
export function setBlockField(pos: number, name: string, value: string | number | boolean | null): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (node?.type.name === NODE.block && shortFieldOf(node, name)) return setShortText(pos, name, value === null || value === false ? '' : String(value))(state, dispatch);
    if (!node || node.type.name !== NODE.block || !(name in node.attrs)) return false;
    const v = value === '' || value === false ? null : value;
    if (node.attrs[name] === v) return false;
    if (dispatch) dispatch(state.tr.setNodeAttribute(pos, name, v));
    return true;
  };
}

/** Adds a rich-text field the block at `pos` lacks, in the template's field order, and puts the cursor in it. */
export function addContentField(template: Template, pos: number, name: string): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== NODE.block) return false;
    const spec = blockSpecOf(template, String(node.attrs[BLOCK_ATTRS.type]));
    const order = (spec?.fields ?? []).filter((f) => !isShortKind(f.kind)).map((f) => f.name);
    if (!order.includes(name)) return false;
    let exists = false;
    let insertAt = pos + node.nodeSize - 1;
    let found = false;
    node.forEach((child, offset) => {
      const n = String(child.attrs.name ?? '');
      if (child.type.name === NODE.field && n === name) exists = true;
      if (!found && child.type.name === NODE.field && order.indexOf(n) > order.indexOf(name)) {
        insertAt = pos + 1 + offset;
        found = true;
      }
    });
    if (exists) return false;
    if (dispatch) {
      const field = state.schema.nodes[NODE.field].create({ name }, state.schema.nodes[NODE.paragraph].create());
      const tr = state.tr.insert(insertAt, field);
      tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 2)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Deletes the block at `pos`. */
export function deleteBlock(pos: number): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== NODE.block) return false;
    if (dispatch) dispatch(state.tr.delete(pos, pos + node.nodeSize));
    return true;
  };
}

/** Moves the block at `pos` one place up (-1) or down (+1) within its section. */
export function moveBlock(pos: number, dir: -1 | 1): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== NODE.block) return false;
    const $pos = state.doc.resolve(pos);
    const index = $pos.index();
    const parent = $pos.parent;
    const otherIndex = index + dir;
    if (otherIndex < 0 || otherIndex >= parent.childCount) return false;
    if (dispatch) {
      const other = parent.child(otherIndex);
      const tr = state.tr;
      if (dir === 1) {
        tr.delete(pos, pos + node.nodeSize);
        tr.insert(pos + other.nodeSize, node);
      } else {
        const otherPos = pos - other.nodeSize;
        tr.delete(pos, pos + node.nodeSize);
        tr.insert(otherPos, node);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Gives an empty section a paragraph to type in (or moves into its last paragraph), and puts the cursor there. */
export function startWritingIn(sid: string): Command {
  return (state, dispatch) => {
    const s = findSection(state.doc, sid);
    if (!s) return false;
    if (dispatch) {
      const last = s.node.lastChild;
      const end = s.pos + s.node.nodeSize - 1;
      if (last && last.isTextblock) {
        dispatch(state.tr.setSelection(TextSelection.create(state.doc, end - 1)).scrollIntoView());
      } else {
        const tr = state.tr.insert(end, state.schema.nodes[NODE.paragraph].create());
        dispatch(tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView());
      }
    }
    return true;
  };
}

/** Inserts a paragraph right after the block at `pos` and moves the cursor into it (to write text after a block). */
export function paragraphAfter(pos: number): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node) return false;
    if (dispatch) {
      const at = pos + node.nodeSize;
      const tr = state.tr.insert(at, state.schema.nodes[NODE.paragraph].create());
      dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView());
    }
    return true;
  };
}

/** Inserts a cross-link chip at the cursor, replacing the selection; not applicable outside text. */
export function insertCrossLink(docId: string, blockId: string, replace?: { from: number; to: number }): Command {
  return (state, dispatch) => {
    const from = replace?.from ?? state.selection.from;
    const to = replace?.to ?? state.selection.to;
    const $from = state.doc.resolve(from);
    if (!$from.parent.inlineContent || !docId || !blockId) return false;
    if (dispatch) {
      const link = state.schema.nodes[NODE.crosslink].create({ docId, blockId });
      const tr = state.tr.replaceWith(from, to, link);
      const after = from + link.nodeSize;
      // A space after the chip gives the caret somewhere to be (browsers struggle next to a non-editable chip).
      const $after = tr.doc.resolve(after);
      const next = $after.parent.textBetween($after.parentOffset, Math.min($after.parentOffset + 1, $after.parent.content.size), undefined, '\ufffc');
      if (next !== ' ') tr.insertText(' ', after);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
    }
    return true;
  };
}

/** Turns the paragraph holding the cursor into a bullet list item (keeping its text). */
export const toBulletList: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const para = $from.parent;
  if (para.type.name !== NODE.paragraph || $from.depth < 1) return false;
  if (dispatch) {
    const { nodes } = state.schema;
    const start = $from.before();
    const list = nodes[NODE.bulletList].create(null, nodes[NODE.listItem].create(null, para.content));
    const tr = state.tr.replaceWith(start, start + para.nodeSize, list);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, start + 2 + $from.parentOffset)));
  }
  return true;
};

/** Enter in the empty last item of a list ends the list: the item becomes a paragraph after it. */
export const exitEmptyListItem: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== NODE.listItem || $from.parent.content.size > 0) return false;
  const list = $from.node(-1);
  if ($from.index(-1) !== list.childCount - 1) return false;
  if (dispatch) {
    const listPos = $from.before(-1);
    const itemPos = $from.before();
    const itemSize = $from.parent.nodeSize;
    const para = state.schema.nodes[NODE.paragraph].create();
    const tr = state.tr;
    if (list.childCount === 1) {
      tr.replaceWith(listPos, listPos + list.nodeSize, para);
      tr.setSelection(TextSelection.create(tr.doc, listPos + 1));
    } else {
      const listEnd = listPos + list.nodeSize;
      tr.insert(listEnd, para);
      tr.delete(itemPos, itemPos + itemSize);
      tr.setSelection(TextSelection.create(tr.doc, listEnd - itemSize + 1));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Adds a template section the document lacks, in template order (after the nearest earlier section present), with the cursor in it. */
export function insertSection(template: Template, sid: string): Command {
  return (state, dispatch) => {
    const order = template.sections.map((s) => s.id);
    const at = order.indexOf(sid);
    if (at < 0 || findSection(state.doc, sid)) return false;
    if (dispatch) {
      const present = sections(state.doc);
      const earlier = present.filter((s) => {
        const i = order.indexOf(s.sid);
        return i >= 0 && i < at;
      });
      const before = earlier[earlier.length - 1];
      const pos = before ? before.pos + before.node.nodeSize : (present.find((s) => order.indexOf(s.sid) > at)?.pos ?? state.doc.content.size);
      const spec = template.sections[at];
      const tr = state.tr.insert(pos, state.schema.nodes[NODE.section].create({ sid, title: spec.title }));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
