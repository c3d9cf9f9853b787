/**
 * The Y.Doc body as a `BodySource` for the model reader: y-prosemirror
 * stores each ProseMirror node as a Y.XmlElement named after its type, and
 * text as Y.XmlText whose formatting attributes are its marks.
 */
import * as Y from 'yjs';
import { type BodySource, bodyReader, type TextRun } from '../model/read.js';

/** A node of the Y.Doc body. */
export type YNode = Y.XmlElement | Y.XmlText | Y.XmlHook;

const NO_ATTRS: Readonly<Record<string, unknown>> = Object.freeze({});

const ySource: BodySource<YNode> = {
  name: (node) => (node instanceof Y.XmlElement ? node.nodeName : undefined),
  attrs: (node) => (node instanceof Y.XmlElement ? node.getAttributes() : NO_ATTRS),
  children: (node) => (node instanceof Y.XmlElement ? node.toArray() : []),
  runs: (node) => {
    if (!(node instanceof Y.XmlText)) return [];
    const runs: TextRun[] = [];
    for (const op of node.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
      // Embeds are not text; y-prosemirror writes none into our nodes.
      if (typeof op.insert !== 'string') continue;
      // A mark is set when its formatting attribute holds a value (y-prosemirror stores the mark's attrs there).
      const attrs = op.attributes ?? {};
      runs.push({ text: op.insert, marks: Object.keys(attrs).filter((k) => attrs[k] != null) });
    }
    return runs;
  },
  rawText: (node) => (node instanceof Y.XmlElement ? node.toArray().map((t) => (t instanceof Y.XmlText ? (t.toString() as string) : '')).join('') : ''),
  // Y types change in place, so nothing read from them may be cached by node.
  immutable: false,
};

/** The model reader over Y.Doc body nodes. @internal */
export const yReader = bodyReader(ySource);
