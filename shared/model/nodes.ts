/**
 * The node layout of a POC document body, shared by the Y.Doc layout, the
 * ProseMirror schema, the model reader and the merge: y-prosemirror stores
 * ProseMirror nodes as Y.XmlElements named after their node type, so one set
 * of names serves both.
 */
import type { FieldKind } from '../template/template-schema.js';

/** Node type names shared by the Y.Doc layout and the ProseMirror schema. */
export const NODE = {
  section: 'section',
  paragraph: 'paragraph',
  bulletList: 'bullet_list',
  listItem: 'list_item',
  raw: 'raw',
  block: 'block',
  field: 'field',
  shortField: 'short_field',
  crosslink: 'crosslink',
} as const;

/**
 * Field kinds held as text in a `short_field` child of their block
 * (`short_field[name] > text`), so concurrent typing merges character by
 * character. Other short kinds (enum, rating, date, boolean) stay block
 * attributes: for a choice, the last writer winning is right. Documents
 * written before hold short text in attributes too; the reader takes both.
 */
export const SHORT_TEXT_KINDS: readonly FieldKind[] = ['text', 'person'];

/** True when a field of this kind is stored as a `short_field` child (see `SHORT_TEXT_KINDS`). */
export function isShortTextKind(kind: FieldKind): boolean {
  return SHORT_TEXT_KINDS.includes(kind);
}

/** Attribute names on block elements that are not fields. */
export const BLOCK_ATTRS = { type: 'type', id: 'bid' } as const;
