/**
 * The node layout of a POC document body, shared by the Y.Doc layout, the
 * ProseMirror schema, the model reader and the merge: y-prosemirror stores
 * ProseMirror nodes as Y.XmlElements named after their node type, so one set
 * of names serves both.
 */

/** Node type names shared by the Y.Doc layout and the ProseMirror schema. */
export const NODE = {
  section: 'section',
  paragraph: 'paragraph',
  bulletList: 'bullet_list',
  listItem: 'list_item',
  raw: 'raw',
  block: 'block',
  field: 'field',
  crosslink: 'crosslink',
} as const;

/** Attribute names on block elements that are not fields. */
export const BLOCK_ATTRS = { type: 'type', id: 'bid' } as const;
