/**
 * Block attributes a document holds that no template declares: a file or a
 * script can write a field the template lacks (or a mission's tailored
 * template dropped). The editor declares them in its schema
 * (`buildSchema(templates, extra)`), so it neither drops them nor hashes the
 * document differently from the server.
 */
import * as Y from 'yjs';
import { BLOCK_ATTRS, NODE } from '../model/nodes.js';
import { shortFieldNames } from '../prosemirror/prosemirror-schema.js';
import type { TemplateSet } from '../template/set.js';
import { BODY } from './layout.js';

/** The names of block attributes in `ydoc`'s body that no template of `templates` declares, sorted. */
export function undeclaredBlockAttributes(ydoc: Y.Doc, templates: TemplateSet): string[] {
  const known = new Set([...shortFieldNames(templates), BLOCK_ATTRS.type, BLOCK_ATTRS.id]);
  const found = new Set<string>();
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    if (node instanceof Y.XmlElement && node.nodeName === NODE.block) for (const name of Object.keys(node.getAttributes())) if (!known.has(name)) found.add(name);
    for (const child of node.toArray()) if (child instanceof Y.XmlElement) walk(child);
  };
  walk(ydoc.getXmlFragment(BODY));
  return [...found].sort();
}
