/**
 * Copy, cut, paste and drag of typed blocks. The schema's HTML form of a
 * block carries only its type and id, so a block copied through it would
 * arrive without its short fields (likelihood, status, dates…). The
 * editor's clipboard writes every attribute of a block as JSON in a
 * data attribute and reads it back, keeping only attributes the schema
 * knows and values that are plain JSON primitives. (A pasted copy keeps
 * its id; the id repair then gives it the next free one.)
 */
import { type DOMOutputSpec, DOMParser as PMDOMParser, DOMSerializer, type Node as PMNode, type Schema } from 'prosemirror-model';
import { NODE } from '../shared/model/nodes.js';

const DATA = 'data-poc-attrs';

/** The clipboard serializer: the schema's, with a block's attributes added as JSON. */
export function clipboardSerializer(schema: Schema): DOMSerializer {
  const base = DOMSerializer.fromSchema(schema);
  const nodes = { ...base.nodes };
  const blockToDOM = nodes[NODE.block];
  nodes[NODE.block] = (node: PMNode): DOMOutputSpec => {
    const out = blockToDOM(node);
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node.attrs)) if (v !== null && v !== undefined) attrs[k] = v;
    // The schema writes a block as ["div", {attributes}, 0]; add ours to its attributes.
    if (!Array.isArray(out)) return out;
    const [tag, maybeAttrs, ...rest] = out as unknown[];
    if (typeof maybeAttrs === 'object' && maybeAttrs !== null && !Array.isArray(maybeAttrs) && !(typeof Node !== 'undefined' && maybeAttrs instanceof Node)) {
      return [tag, { ...(maybeAttrs as Record<string, string>), [DATA]: JSON.stringify(attrs) }, ...rest] as unknown as DOMOutputSpec;
    }
    return [tag, { [DATA]: JSON.stringify(attrs) }, maybeAttrs, ...rest] as unknown as DOMOutputSpec;
  };
  return new DOMSerializer(nodes, base.marks);
}

/** The clipboard parser: the schema's rules, with a rule for blocks carrying their attributes as JSON first. */
export function clipboardParser(schema: Schema): PMDOMParser {
  const base = PMDOMParser.fromSchema(schema);
  const known = schema.nodes[NODE.block].spec.attrs ?? {};
  return new PMDOMParser(schema, [
    {
      tag: `div.poc-block[${DATA}]`,
      node: NODE.block,
      getAttrs: (dom) => {
        let raw: unknown;
        try {
          raw = JSON.parse(dom.getAttribute(DATA) ?? '{}');
        } catch {
          return false;
        }
        if (typeof raw !== 'object' || raw === null) return false;
        const attrs: Record<string, string | number | boolean> = {};
        for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
          if (!(k in known)) continue;
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attrs[k] = v;
        }
        return attrs;
      },
    },
    ...base.rules,
  ]);
}
