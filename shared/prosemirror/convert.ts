/**
 * Conversions between a ProseMirror document and the plain model. Reading
 * goes through the one model reader (shared/model/read.ts), which the Y.Doc
 * uses too. The editor validates on every keystroke, so the reader caches
 * the model of each section and block node: ProseMirror nodes are immutable
 * and shared between states, so an unchanged node yields the cached result
 * and a keystroke re-reads only the nodes on its path.
 */
import type { Mark as PMMark, Node as PMNode, Schema } from 'prosemirror-model';
import type { ContentProblem, DocModel, Inline, Meta, RichBlock, TypedBlock } from '../model/types.js';
import { type BodySource, bodyReader } from '../model/read.js';
import { BLOCK_ATTRS, NODE } from '../model/nodes.js';
import type { Template } from '../template/load.js';
import { shortTextRule } from '../ydoc/short-text.js';

const NO_ATTRS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The editor's document as a `BodySource` for the model reader: ProseMirror nodes are immutable and shared between states, so reads are cached by node. */
const pmSource: BodySource<PMNode> = {
  name: (node) => (node.isText ? undefined : node.type.name),
  attrs: (node) => (node.isText ? NO_ATTRS : node.attrs),
  children: (node) => node.children,
  runs: (node) => (node.isText ? [{ text: node.text!, marks: node.marks.map((m: PMMark) => m.type.name) }] : []),
  rawText: (node) => node.textContent,
  immutable: true,
};

const pmReader = bodyReader(pmSource);

/**
 * The plain model of a ProseMirror document (normal form), with the
 * problems found in content that does not fit. Equal to `toModel` of the
 * Y.Doc the editor is bound to: both go through the one model reader.
 */
export function docToModel(doc: PMNode, meta: Meta): { model: DocModel; problems: ContentProblem[] } {
  const body = pmReader.body(doc.children);
  return { model: { meta, sections: body.value }, problems: body.problems };
}

// ---------------------------------------------------------------- writing

/**
 * A ProseMirror document holding the model's sections (metadata lives outside
 * the body). With the template, short text fields become `short_field`
 * children, as `writeModel` writes them; without it, block attributes (the
 * older form, read the same).
 */
export function modelToDoc(model: DocModel, schema: Schema, template?: Template): PMNode {
  const isShortText = template ? shortTextRule(template) : undefined;
  const n = schema.nodes;
  const inlines = (content: readonly Inline[]): PMNode[] =>
    content.map((i) =>
      i.t === 'link' ? n[NODE.crosslink].create({ docId: i.docId, blockId: i.blockId }) : schema.text(i.text, (i.marks ?? []).map((m) => schema.marks[m].create())),
    );
  const rich = (b: RichBlock): PMNode =>
    b.t === 'p'
      ? n[NODE.paragraph].create(null, inlines(b.content))
      : b.t === 'ul'
        ? n[NODE.bulletList].create(null, b.items.map((i) => n[NODE.listItem].create(null, inlines(i))))
        : n[NODE.raw].create(null, b.markdown ? schema.text(b.markdown) : null);
  const block = (b: TypedBlock): PMNode => {
    const attrs: Record<string, unknown> = { [BLOCK_ATTRS.type]: b.type, [BLOCK_ATTRS.id]: b.id };
    const children: PMNode[] = [];
    const shorts: PMNode[] = [];
    for (const [k, v] of Object.entries(b.fields)) {
      if (Array.isArray(v)) children.push(n[NODE.field].create({ name: k }, v.map(rich)));
      else if (typeof v === 'string' && isShortText?.(b.type, k)) shorts.push(n[NODE.shortField].create({ name: k }, v ? schema.text(v) : null));
      else attrs[k] = v;
    }
    return n[NODE.block].create(attrs, [...children, ...shorts]);
  };
  return n.doc.create(
    null,
    model.sections.map((s) => n[NODE.section].create({ sid: s.id, title: s.title }, s.content.map((i) => (i.t === 'block' ? block(i) : rich(i))))),
  );
}
