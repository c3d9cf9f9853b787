/**
 * The ProseMirror schema of POC documents, generated from the templates.
 *
 * It is deliberately permissive: y-prosemirror deletes, for every client,
 * content that the local schema rejects, so a strict schema would turn one
 * odd client or an older plugin version into data loss. Every container
 * accepts any flow content; what the template requires is enforced by
 * validation, never here. Node and attribute names match the Y.Doc layout
 * (shared/ydoc/layout.ts).
 */
import { type AttributeSpec, type MarkSpec, type NodeSpec, Schema } from 'prosemirror-model';
import { CONTENT_FIELD_KINDS } from '../template/template-schema.js';
import type { TemplateSet } from '../template/set.js';
import { BLOCK_ATTRS, NODE } from '../model/nodes.js';

/** Content expression of every container: anything a client may send, in any order. */
const FLOW = `(${NODE.section} | ${NODE.paragraph} | ${NODE.bulletList} | ${NODE.raw} | ${NODE.block})*`;

/** Names of every short field declared by any template in the set, sorted: block attributes (short text too, as documents written before `short_field` held it). */
export function shortFieldNames(templates: TemplateSet): string[] {
  const names = new Set<string>();
  for (const t of templates.all())
    for (const b of t.blockTypes) for (const f of b.fields) if (!CONTENT_FIELD_KINDS.includes(f.kind)) names.add(f.name);
  return [...names].sort();
}

const schemaCache = new WeakMap<TemplateSet, Map<string, Schema>>();

/**
 * The ProseMirror schema for a template set (cached per set and extra names). `extraBlockAttrs` names block
 * attributes a document holds that no template declares (a file or a script wrote them): ProseMirror drops an
 * attribute its schema lacks, and y-prosemirror then deletes it from the Y.Doc on the next edit of the block, while the
 * server still reads it into the model, so the editor's content hash would differ from the server's and sign-offs be
 * refused. Declared, they are kept and hashed alike everywhere (see `undeclaredBlockAttributes`). The editor reads them
 * when it mounts: one a peer adds while it is open is still dropped there until the document is opened again.
 */
export function buildSchema(templates: TemplateSet, extraBlockAttrs: readonly string[] = []): Schema {
  const extra = [...new Set(extraBlockAttrs)].sort();
  const key = extra.join('\n');
  let perSet = schemaCache.get(templates);
  if (!perSet) schemaCache.set(templates, (perSet = new Map<string, Schema>()));
  const cached = perSet.get(key);
  if (cached) return cached;
  const blockAttrs: Record<string, AttributeSpec> = {
    [BLOCK_ATTRS.type]: { default: '' },
    [BLOCK_ATTRS.id]: { default: '' },
  };
  for (const n of [...shortFieldNames(templates), ...extra]) blockAttrs[n] ??= { default: null };

  const nodes: Record<string, NodeSpec> = {
    doc: { content: FLOW },
    [NODE.section]: {
      content: FLOW,
      attrs: { sid: { default: '' }, title: { default: '' } },
      defining: true,
      isolating: true,
      toDOM: (n) => ['section', { class: 'poc-section', 'data-sid': String(n.attrs.sid) }, 0],
      parseDOM: [{ tag: 'section.poc-section', getAttrs: (d) => ({ sid: (d).getAttribute('data-sid') ?? '' }) }],
    },
    [NODE.paragraph]: {
      content: 'inline*',
      toDOM: () => ['p', 0],
      parseDOM: [{ tag: 'p' }],
    },
    [NODE.bulletList]: {
      content: `${NODE.listItem}*`,
      toDOM: () => ['ul', 0],
      parseDOM: [{ tag: 'ul' }],
    },
    [NODE.listItem]: {
      content: 'inline*',
      defining: true,
      toDOM: () => ['li', 0],
      parseDOM: [{ tag: 'li' }],
    },
    [NODE.raw]: {
      content: 'text*',
      marks: '',
      code: true,
      defining: true,
      toDOM: () => ['pre', { class: 'poc-raw' }, ['code', 0]],
      parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
    },
    [NODE.block]: {
      content: FLOW.replace(')*', ` | ${NODE.field} | ${NODE.shortField})*`),
      attrs: blockAttrs,
      isolating: true,
      toDOM: (n) => ['div', { class: 'poc-block', 'data-type': String(n.attrs[BLOCK_ATTRS.type]), 'data-bid': String(n.attrs[BLOCK_ATTRS.id]) }, 0],
      parseDOM: [
        {
          tag: 'div.poc-block',
          getAttrs: (d) => ({ [BLOCK_ATTRS.type]: (d).getAttribute('data-type') ?? '', [BLOCK_ATTRS.id]: (d).getAttribute('data-bid') ?? '' }),
        },
      ],
    },
    [NODE.field]: {
      content: FLOW,
      attrs: { name: { default: '' } },
      isolating: true,
      toDOM: (n) => ['div', { class: 'poc-field', 'data-name': String(n.attrs.name) }, 0],
      parseDOM: [{ tag: 'div.poc-field', getAttrs: (d) => ({ name: (d).getAttribute('data-name') ?? '' }) }],
    },
    // A short text field (see SHORT_TEXT_KINDS): its text syncs through y-prosemirror like any text, but
    // people edit it in an <input> of the block's chrome, so the node itself is hidden and the caret never enters it.
    [NODE.shortField]: {
      content: 'text*',
      marks: '',
      attrs: { name: { default: '' } },
      atom: true,
      selectable: false,
      toDOM: (n) => ['span', { class: 'poc-short-field', 'data-name': String(n.attrs.name), hidden: 'hidden' }, 0],
      // Whitespace kept as typed: a pasted block's short text must not lose its spaces.
      parseDOM: [{ tag: 'span.poc-short-field', preserveWhitespace: 'full', getAttrs: (d) => ({ name: (d).getAttribute('data-name') ?? '' }) }],
    },
    text: { group: 'inline' },
    [NODE.crosslink]: {
      group: 'inline',
      inline: true,
      atom: true,
      attrs: { docId: { default: '' }, blockId: { default: '' } },
      toDOM: (n) => ['span', { class: 'poc-crosslink', 'data-doc': String(n.attrs.docId), 'data-block': String(n.attrs.blockId) }, String(n.attrs.blockId)],
      parseDOM: [
        {
          tag: 'span.poc-crosslink',
          getAttrs: (d) => ({ docId: (d).getAttribute('data-doc') ?? '', blockId: (d).getAttribute('data-block') ?? '' }),
        },
      ],
    },
  };
  const marks: Record<string, MarkSpec> = {
    strong: { toDOM: () => ['strong', 0], parseDOM: [{ tag: 'strong' }, { tag: 'b' }] },
    em: { toDOM: () => ['em', 0], parseDOM: [{ tag: 'em' }, { tag: 'i' }] },
    code: { toDOM: () => ['code', 0], parseDOM: [{ tag: 'code' }] },
  };
  const schema = new Schema({ nodes, marks });
  perSet.set(key, schema);
  return schema;
}
