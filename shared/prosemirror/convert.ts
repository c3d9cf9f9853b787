/**
 * Conversions between a ProseMirror document and the plain model. The
 * editor validates on every keystroke, so `docToModel` caches the model of
 * each section and block node: ProseMirror nodes are immutable and shared
 * between states, so an unchanged node yields the cached result and a
 * keystroke re-reads only the nodes on its path.
 */
import type { Mark as PMMark, Node as PMNode, Schema } from 'prosemirror-model';
import type { ContentProblem, DocModel, FieldValue, Inline, Mark, Meta, RichBlock, Section, SectionItem, TypedBlock } from '../model/types.js';
import { isFieldScalar, MARKS } from '../model/types.js';
import { normalizeInlines, normalizeRichText } from '../model/normalize.js';
import { problem } from '../model/problems.js';
import { BLOCK_ATTRS, NODE } from '../model/nodes.js';

interface Read<T> {
  value: T;
  problems: ContentProblem[];
}

const sectionCache = new WeakMap<PMNode, Read<Section>>();

/**
 * The plain model of a ProseMirror document (normal form), with the
 * problems found in content that does not fit. Equal to `toModel` of the
 * Y.Doc the editor is bound to.
 */
export function docToModel(doc: PMNode, meta: Meta): { model: DocModel; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const sections: Section[] = [];
  doc.forEach((child) => {
    if (child.type.name !== NODE.section) {
      problems.push(problem.outsideSection());
      return;
    }
    let read = sectionCache.get(child);
    if (!read) {
      read = readSection(child);
      sectionCache.set(child, read);
    }
    sections.push(read.value);
    problems.push(...read.problems);
  });
  return { model: { meta, sections }, problems };
}

function readSection(node: PMNode): Read<Section> {
  const problems: ContentProblem[] = [];
  const id = String(node.attrs.sid ?? '');
  const title = String(node.attrs.title ?? '');
  if (!id) problems.push(problem.sectionWithoutId(title));
  const content: SectionItem[] = [];
  node.forEach((child) => {
    const read = child.type.name === NODE.block ? readBlockCached(child, id) : readRichCached(child, id);
    for (const p of read.problems) problems.push(p);
    if (Array.isArray(read.value)) for (const r of read.value) content.push(r);
    else if (read.value) content.push(read.value);
  });
  return { value: { id, title, content }, problems };
}

const richCache = new WeakMap<PMNode, Read<RichBlock[]> & { section: string }>();

/**
 * A paragraph, list or raw node of a section in normal form (none when it
 * says nothing), cached per node: a keystroke re-reads one paragraph, not
 * every paragraph of its section. Normal form treats each rich block on its
 * own, so normalising them one by one equals normalising the whole run.
 */
function readRichCached(node: PMNode, section: string): Read<RichBlock[]> {
  const hit = richCache.get(node);
  if (hit && hit.section === section) return hit;
  const problems: ContentProblem[] = [];
  const r = readRich(node, { section }, problems);
  const read = { value: r ? normalizeRichText([r]) : [], problems, section };
  richCache.set(node, read);
  return read;
}

const blockCache = new WeakMap<PMNode, Read<TypedBlock | undefined> & { section: string }>();

function readBlockCached(node: PMNode, section: string): Read<TypedBlock | undefined> {
  const hit = blockCache.get(node);
  if (hit && hit.section === section) return hit;
  const read = { ...readBlock(node, section), section };
  blockCache.set(node, read);
  return read;
}

function readBlock(node: PMNode, section: string): Read<TypedBlock | undefined> {
  const problems: ContentProblem[] = [];
  const attrs = node.attrs as Record<string, unknown>;
  const type = typeof attrs[BLOCK_ATTRS.type] === 'string' ? (attrs[BLOCK_ATTRS.type] as string) : '';
  const id = typeof attrs[BLOCK_ATTRS.id] === 'string' ? (attrs[BLOCK_ATTRS.id] as string) : '';
  if (!type || !id) {
    problems.push(problem.blockWithoutIdentity(section, type ? 'id' : 'type'));
    return { value: undefined, problems };
  }
  const fields: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (k === BLOCK_ATTRS.type || k === BLOCK_ATTRS.id || v === null || v === undefined || v === '') continue;
    if (isFieldScalar(v)) fields[k] = v;
  }
  node.forEach((child) => {
    if (child.type.name !== NODE.field || !child.attrs.name) {
      problems.push(problem.contentOutsideFields(section, id));
      return;
    }
    const name = String(child.attrs.name);
    const parts: RichBlock[] = [];
    child.forEach((c) => {
      const r = readRich(c, { section, block: id, field: name }, problems);
      if (r) parts.push(r);
    });
    const value = normalizeRichText(parts);
    const before = Object.hasOwn(fields, name) ? fields[name] : undefined;
    // Defined, not assigned: a field named "__proto__" (a user's own table row) must stay a field.
    if (value.length) Object.defineProperty(fields, name, { value: Array.isArray(before) ? normalizeRichText([...before, ...value]) : value, enumerable: true, writable: true, configurable: true });
  });
  return { value: { t: 'block', type, id, fields }, problems };
}

function readRich(node: PMNode, where: Omit<ContentProblem, 'message'>, problems: ContentProblem[]): RichBlock | undefined {
  switch (node.type.name) {
    case NODE.paragraph:
      return { t: 'p', content: readInlines(node) };
    case NODE.bulletList: {
      const items: Inline[][] = [];
      node.forEach((li) => {
        if (li.type.name === NODE.listItem) items.push(readInlines(li));
      });
      return { t: 'ul', items };
    }
    case NODE.raw:
      return { t: 'raw', markdown: node.textContent };
  }
  problems.push(problem.unexpectedContent(where, `"${node.type.name}"`));
  return undefined;
}

function readInlines(node: PMNode): Inline[] {
  const out: Inline[] = [];
  node.forEach((c) => {
    if (c.isText) {
      const names = new Set(c.marks.map((m: PMMark) => m.type.name));
      const marks = MARKS.filter((m: Mark) => names.has(m));
      out.push(marks.length ? { t: 'text', text: c.text!, marks } : { t: 'text', text: c.text! });
    } else if (c.type.name === NODE.crosslink && c.attrs.docId && c.attrs.blockId) {
      out.push({ t: 'link', docId: String(c.attrs.docId), blockId: String(c.attrs.blockId) });
    }
  });
  return normalizeInlines(out);
}

// ---------------------------------------------------------------- writing

/** A ProseMirror document holding the model's sections (metadata lives outside the body). */
export function modelToDoc(model: DocModel, schema: Schema): PMNode {
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
    for (const [k, v] of Object.entries(b.fields)) {
      if (Array.isArray(v)) children.push(n[NODE.field].create({ name: k }, v.map(rich)));
      else attrs[k] = v;
    }
    return n[NODE.block].create(attrs, children);
  };
  return n.doc.create(
    null,
    model.sections.map((s) => n[NODE.section].create({ sid: s.id, title: s.title }, s.content.map((i) => (i.t === 'block' ? block(i) : rich(i))))),
  );
}
