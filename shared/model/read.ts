/**
 * The one reader of a stored document body into the plain model. The body
 * is stored twice in the same node layout (see `nodes.ts`): as Y.XmlElements
 * in the Y.Doc and as ProseMirror nodes in the editor. Each store provides a
 * small `BodySource` adapter, and this module does all the reading, so both
 * give the same model and the same problems for the same content.
 *
 * One policy for content that does not fit: it is reported as a
 * `ContentProblem` and left out of the model, and the rest is kept. Nothing
 * here throws on odd content, and the stored content is never changed.
 *
 * The editor reads on every keystroke; a source whose nodes never change
 * (ProseMirror's) says so with `immutable`, and the reader then caches what
 * it read from each section, block and rich block node, so a keystroke
 * re-reads only the nodes on its path.
 */
import { normalizeInlines, normalizeRichText } from './normalize.js';
import { BLOCK_ATTRS, NODE } from './nodes.js';
import { problem } from './problems.js';
import { type ContentProblem, type FieldValue, type Inline, isFieldScalar, MARKS, type RichBlock, type Section, type SectionItem, type TypedBlock } from './types.js';

/** A run of text with the names of the marks set on it (names the model does not know are ignored). */
export interface TextRun {
  text: string;
  marks: readonly string[];
}

/** How the reader sees the nodes of one store. */
export interface BodySource<N extends object> {
  /** The element's node type name, or undefined for a text node (or anything else that is not an element). */
  name(node: N): string | undefined;
  /** The element's attributes (none for a text node). */
  attrs(node: N): Readonly<Record<string, unknown>>;
  /** The child nodes, in order. */
  children(node: N): readonly N[];
  /** The runs of a text node (none for an element). */
  runs(node: N): readonly TextRun[];
  /** The text a raw block element holds. */
  rawText(node: N): string;
  /** True when a node never changes once made, so what is read from it may be cached by node. */
  readonly immutable: boolean;
}

/** Something read, with the problems found while reading it. */
export interface Read<T> {
  value: T;
  problems: ContentProblem[];
}

/** Where a rich block sits: its section, and its block and field when inside one. */
export type Where = Omit<ContentProblem, 'message'>;

/** The reading functions for one store's nodes. */
export interface BodyReader<N extends object> {
  /** The sections of a body's top-level nodes, in normal form; anything outside a section is reported. */
  body(children: readonly N[]): Read<Section[]>;
  /** A typed block element of section `section`, or undefined (reported) when it has no type or id. */
  block(node: N, section: string): Read<TypedBlock | undefined>;
  /** A paragraph, list or raw element as it is stored (not normalised), or undefined (reported) for anything else. */
  rich(node: N, where: Where): Read<RichBlock | undefined>;
}

/** The reader for a store's nodes; create it once per source (its caches live with it). */
export function bodyReader<N extends object>(source: BodySource<N>): BodyReader<N> {
  const sectionCache = new WeakMap<N, Read<Section>>();
  // Keyed by node, checked by section id: a block or paragraph moved unchanged to another section is read again for its new location.
  const blockCache = new WeakMap<N, Read<TypedBlock | undefined> & { section: string }>();
  const richCache = new WeakMap<N, Read<RichBlock[]> & { section: string }>();

  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

  function body(children: readonly N[]): Read<Section[]> {
    const problems: ContentProblem[] = [];
    const sections: Section[] = [];
    for (const child of children) {
      if (source.name(child) !== NODE.section) {
        problems.push(problem.outsideSection());
        continue;
      }
      const read = sectionCached(child);
      sections.push(read.value);
      for (const p of read.problems) problems.push(p);
    }
    return { value: sections, problems };
  }

  function sectionCached(node: N): Read<Section> {
    if (!source.immutable) return readSection(node);
    let read = sectionCache.get(node);
    if (!read) sectionCache.set(node, (read = readSection(node)));
    return read;
  }

  function readSection(node: N): Read<Section> {
    const problems: ContentProblem[] = [];
    const attrs = source.attrs(node);
    const id = str(attrs.sid) ?? '';
    const title = str(attrs.title) ?? '';
    if (!id) problems.push(problem.sectionWithoutId(title));
    const content: SectionItem[] = [];
    for (const child of source.children(node)) {
      const read = source.name(child) === NODE.block ? blockCached(child, id) : richCached(child, id);
      for (const p of read.problems) problems.push(p);
      if (Array.isArray(read.value)) for (const r of read.value) content.push(r);
      else if (read.value) content.push(read.value);
    }
    return { value: { id, title, content }, problems };
  }

  function blockCached(node: N, section: string): Read<TypedBlock | undefined> {
    const hit = source.immutable ? blockCache.get(node) : undefined;
    if (hit && hit.section === section) return hit;
    const read = { ...block(node, section), section };
    if (source.immutable) blockCache.set(node, read);
    return read;
  }

  /**
   * A rich block of a section in normal form (none when it says nothing).
   * Normal form treats each rich block on its own, so normalising them one
   * by one equals normalising the whole run.
   */
  function richCached(node: N, section: string): Read<RichBlock[]> {
    const hit = source.immutable ? richCache.get(node) : undefined;
    if (hit && hit.section === section) return hit;
    const r = rich(node, { section });
    const read = { value: r.value ? normalizeRichText([r.value]) : [], problems: r.problems, section };
    if (source.immutable) richCache.set(node, read);
    return read;
  }

  function block(node: N, section: string): Read<TypedBlock | undefined> {
    const problems: ContentProblem[] = [];
    const attrs = source.attrs(node);
    const type = str(attrs[BLOCK_ATTRS.type]);
    const id = str(attrs[BLOCK_ATTRS.id]);
    if (!type || !id) {
      problems.push(problem.blockWithoutIdentity(section, type ? 'id' : 'type'));
      return { value: undefined, problems };
    }
    const fields: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(attrs)) {
      if (k === BLOCK_ATTRS.type || k === BLOCK_ATTRS.id || v === null || v === undefined || v === '') continue;
      if (isFieldScalar(v)) fields[k] = v;
      else problems.push(problem.fieldOfWrongKind(section, id, k));
    }
    const shortSeen = new Set<string>();
    for (const child of source.children(node)) {
      const kind = source.name(child);
      if (kind === NODE.shortField) {
        readShort(child, section, id, fields, shortSeen, problems);
        continue;
      }
      if (kind !== NODE.field) {
        problems.push(problem.contentOutsideFields(section, id));
        continue;
      }
      const name = str(source.attrs(child).name);
      if (!name) {
        problems.push(problem.fieldWithoutName(section, id));
        continue;
      }
      const parts: RichBlock[] = [];
      for (const c of source.children(child)) {
        const r = rich(c, { section, block: id, field: name });
        for (const p of r.problems) problems.push(p);
        if (r.value) parts.push(r.value);
      }
      const value = normalizeRichText(parts);
      const before = Object.hasOwn(fields, name) ? fields[name] : undefined;
      // Rich text wins over a short text of the same name (only a hostile client writes both), which is reported, not lost.
      if (typeof before === 'string' && shortSeen.has(name) && value.length) problems.push(problem.duplicateShortField(section, id, name, before));
      // Defined, not assigned: a field named "__proto__" (a user's own table row) must stay a field.
      if (value.length) Object.defineProperty(fields, name, { value: Array.isArray(before) ? normalizeRichText([...before, ...value]) : value, enumerable: true, writable: true, configurable: true });
    }
    return { value: { t: 'block', type, id, fields }, problems };
  }

  /**
   * A short text field held in a `short_field` child: it wins over an
   * attribute of the same name (the attribute is the form documents had
   * before, cleared on first edit), and an empty one means an empty field.
   * A second child of the same name (two people's first edits at once), or
   * one named like a rich text field of the block, is reported with its
   * text, never silently dropped.
   */
  function readShort(child: N, section: string, id: string, fields: Record<string, FieldValue>, seen: Set<string>, problems: ContentProblem[]): void {
    const name = str(source.attrs(child).name);
    if (!name) {
      problems.push(problem.fieldWithoutName(section, id));
      return;
    }
    // A field named like the block's type or id attribute would overwrite it when the model is written back (layout.ts).
    if (name === BLOCK_ATTRS.type || name === BLOCK_ATTRS.id) {
      problems.push(problem.reservedFieldName(section, id, name));
      return;
    }
    let text = '';
    for (const c of source.children(child)) if (source.name(c) === undefined) for (const run of source.runs(c)) text += run.text;
    if (seen.has(name) || (Object.hasOwn(fields, name) && Array.isArray(fields[name]))) {
      if (text) problems.push(problem.duplicateShortField(section, id, name, text));
      return;
    }
    seen.add(name);
    if (text) Object.defineProperty(fields, name, { value: text, enumerable: true, writable: true, configurable: true });
    else delete fields[name];
  }

  function rich(node: N, where: Where): Read<RichBlock | undefined> {
    const name = source.name(node);
    switch (name) {
      case NODE.paragraph:
        return { value: { t: 'p', content: inlines(node) }, problems: [] };
      case NODE.bulletList: {
        const items: Inline[][] = [];
        for (const li of source.children(node)) if (source.name(li) === NODE.listItem) items.push(inlines(li));
        return { value: { t: 'ul', items }, problems: [] };
      }
      case NODE.raw:
        return { value: { t: 'raw', markdown: source.rawText(node) }, problems: [] };
    }
    return { value: undefined, problems: [problem.unexpectedContent(where, name === undefined ? 'text' : `"${name}"`)] };
  }

  function inlines(node: N): Inline[] {
    const out: Inline[] = [];
    for (const c of source.children(node)) {
      const name = source.name(c);
      if (name === undefined) {
        for (const run of source.runs(c)) {
          const marks = MARKS.filter((m) => run.marks.includes(m));
          out.push(marks.length ? { t: 'text', text: run.text, marks } : { t: 'text', text: run.text });
        }
      } else if (name === NODE.crosslink) {
        const attrs = source.attrs(c);
        const docId = str(attrs.docId);
        const blockId = str(attrs.blockId);
        if (docId && blockId) out.push({ t: 'link', docId, blockId });
      }
    }
    return normalizeInlines(out);
  }

  return { body, block, rich };
}
