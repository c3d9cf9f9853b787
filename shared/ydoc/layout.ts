/**
 * The Y.Doc layout of a POC document, and the conversions between a Y.Doc
 * and the plain model.
 *
 * One Y.Doc per document:
 * - `body` (Y.XmlFragment): the ProseMirror content, exactly as y-prosemirror
 *   stores it — element names are node type names, attributes are node
 *   attributes, text is Y.XmlText whose formatting attributes are marks.
 *   doc > section[sid,title] > (paragraph | bullet_list > list_item | raw |
 *   block[type,bid,<short fields>] > field[name] > rich text).
 *   Long field text lives in `field` children and short text (`text`
 *   and `person` fields) in `short_field[name] > text` children, so
 *   concurrent typing merges character by character; other short values
 *   (choices, ratings, dates, yes/no) are primitive attributes. Documents
 *   written before short_field hold short text in attributes: still read,
 *   and moved into a child on its first edit.
 * - `meta` (Y.Map): id, type, templateVersion, title, status, created, and
 *   `properties`: the note's own frontmatter properties (tags, aliases…) as
 *   one JSON text, so their file order survives and any key is safe (Yjs
 *   cannot store an object with a key named `constructor`); absent when
 *   none. Documents written before this kept an object, still read.
 *   `lang`: the document's language ("fr"), absent for English.
 * - `fields` (Y.Map): the template's document-level fields.
 *   The title and document-level text fields are Y.Text values in these
 *   maps (plain strings in older documents, replaced on first edit), so they
 *   merge like text too; readers take them through `toJSON()`.
 * - `signoffs` (Y.Map): sign-off records, written only by the server.
 * - `comments` (Y.Map): review threads and their replies (layout and pure
 *   read/write functions in comments.ts). Outside the content: the model
 *   readers, the content hash and the Markdown mirror never read it, so a
 *   comment never makes a sign-off stale; commenters may write this root only.
 *
 * Reading never throws on odd content a remote client wrote: what does not
 * fit the model is reported as a `ContentProblem` and skipped, and the Y.Doc
 * itself is left untouched.
 */
import * as Y from 'yjs';
import {
  type ContentProblem,
  type DocModel,
  type Inline,
  isFieldScalar,
  isJsonValue,
  type JsonValue,
  type Meta,
  MetaSchema,
  type RichBlock,
  type Section,
  type SectionItem,
  type TypedBlock,
} from '../model/types.js';
import { canonicalJson } from '../hash/canonical.js';
import { BLOCK_ATTRS, isShortTextKind, NODE } from '../model/nodes.js';
import type { Where } from '../model/read.js';
import { yReader, type YNode } from './source.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import type { Template } from '../template/load.js';
import type { TemplateSet } from '../template/set.js';
import type { SignoffRecord } from '../signoff/record.js';
import { setMapText, type ShortTextRule, shortFieldToY, shortTextRule } from './short-text.js';

export const BODY = 'body';
export const META = 'meta';
export const FIELDS = 'fields';
export const SIGNOFFS = 'signoffs';
/** The key in `meta` of the note's own frontmatter properties (`Meta.properties`). */
export const META_PROPERTIES = 'properties';

/**
 * A new document from a template: metadata set, every section present and empty. Section titles are the
 * template's English ones whatever `lang` says: a document's content is the same in every language (its
 * headings are shown in its language from the template), so that it hashes and signs the same.
 */
export function createDocument(template: Template, init: { id: string; title: string; created: string; lang?: Locale }): Y.Doc {
  const ydoc = new Y.Doc();
  writeModel(ydoc, {
    meta: { id: init.id, type: template.id, templateVersion: template.version, title: init.title, status: 'draft', created: init.created, fields: {}, ...(init.lang ? { lang: init.lang } : {}) },
    sections: template.sections.map((s) => ({ id: s.id, title: s.title, content: [] })),
  }, null, template);
  return ydoc;
}

/**
 * Replaces the document's metadata, fields and body with the model's, in one
 * transaction. Sign-offs are left alone. With the document's template, short
 * text fields are written as `short_field` children (so they merge like
 * text); without it, as attributes, the older form (still read, and moved on
 * first edit).
 */
export function writeModel(ydoc: Y.Doc, model: DocModel, origin: unknown = null, template?: Template): void {
  const rule = template ? shortTextRule(template) : undefined;
  ydoc.transact(() => {
    const meta = ydoc.getMap(META);
    const { fields, ...rest } = model.meta;
    for (const key of [...meta.keys()]) if ((rest as Record<string, unknown>)[key] === undefined) meta.delete(key);
    // Compared by value: the properties are an object, and setting an equal one again would still be an edit.
    for (const [k, v] of Object.entries(rest)) {
      if (v === undefined) continue;
      // The title is short text: shared text with the template (or when it already is), merged character by character.
      if (k === 'title' && typeof v === 'string' && (template || meta.get(k) instanceof Y.Text)) {
        setMapText(meta, k, v);
        continue;
      }
      const stored = k === META_PROPERTIES ? encodeProperties(v as Record<string, JsonValue>) : v;
      if (!sameJson(meta.get(k), stored)) meta.set(k, stored);
    }
    const yfields = ydoc.getMap(FIELDS);
    for (const key of [...yfields.keys()]) if (!(key in fields)) yfields.delete(key);
    for (const [k, v] of Object.entries(fields)) {
      const kind = template?.fields.find((f) => f.name === k)?.kind;
      if (typeof v === 'string' && ((kind && isShortTextKind(kind)) || yfields.get(k) instanceof Y.Text)) setMapText(yfields, k, v);
      else if (yfields.get(k) !== v) yfields.set(k, v);
    }
    const body = ydoc.getXmlFragment(BODY);
    if (body.length) body.delete(0, body.length);
    body.insert(0, model.sections.map((s) => sectionToY(s, rule)));
  }, origin);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && canonicalJson(a) === canonicalJson(b));
}

function sectionToY(section: Section, rule?: ShortTextRule): Y.XmlElement {
  const el = new Y.XmlElement(NODE.section);
  el.setAttribute('sid', section.id);
  el.setAttribute('title', section.title);
  el.insert(0, section.content.map((i) => itemToY(i, rule)));
  return el;
}

function itemToY(item: SectionItem, rule?: ShortTextRule): Y.XmlElement {
  return item.t === 'block' ? blockToY(item, rule) : richBlockToY(item);
}

function blockToY(block: TypedBlock, rule?: ShortTextRule): Y.XmlElement {
  const el = new Y.XmlElement(NODE.block);
  el.setAttribute(BLOCK_ATTRS.type, block.type);
  el.setAttribute(BLOCK_ATTRS.id, block.id);
  const children: Y.XmlElement[] = [];
  const shorts: Y.XmlElement[] = [];
  for (const [name, value] of Object.entries(block.fields)) {
    if (Array.isArray(value)) {
      const field = new Y.XmlElement(NODE.field);
      field.setAttribute('name', name);
      field.insert(0, value.map(richBlockToY));
      children.push(field);
    } else if (typeof value === 'string' && rule?.(block.type, name)) {
      shorts.push(shortFieldToY(name, value));
    } else {
      // Y.XmlElement attributes are typed as strings, but Yjs stores any JSON primitive.
      el.setAttribute(name, value as unknown as string);
    }
  }
  // Short text after the rich fields, as the editor adds it.
  el.insert(0, [...children, ...shorts]);
  return el;
}

function richBlockToY(b: RichBlock): Y.XmlElement {
  if (b.t === 'p') return inlineParent(NODE.paragraph, b.content);
  if (b.t === 'ul') {
    const el = new Y.XmlElement(NODE.bulletList);
    el.insert(0, b.items.map((i) => inlineParent(NODE.listItem, i)));
    return el;
  }
  const el = new Y.XmlElement(NODE.raw);
  const t = new Y.XmlText();
  t.insert(0, b.markdown);
  el.insert(0, [t]);
  return el;
}

/** An element holding inline content, laid out as y-prosemirror does: text runs in Y.XmlText, links as elements. */
function inlineParent(name: string, content: readonly Inline[]): Y.XmlElement {
  const el = new Y.XmlElement(name);
  const children: Array<Y.XmlText | Y.XmlElement> = [];
  let delta: Array<{ insert: string; attributes: Record<string, object> }> = [];
  const flushText = () => {
    if (!delta.length) return;
    const t = new Y.XmlText();
    t.applyDelta(delta); // queued until the element is integrated into a document
    children.push(t);
    delta = [];
  };
  for (const i of content) {
    if (i.t === 'link') {
      flushText();
      const link = new Y.XmlElement(NODE.crosslink);
      link.setAttribute('docId', i.docId);
      link.setAttribute('blockId', i.blockId);
      children.push(link);
    } else {
      // y-prosemirror stores a mark as a formatting attribute named after it, valued with the mark's attrs.
      const attributes: Record<string, object> = {};
      for (const m of i.marks ?? []) attributes[m] = {};
      delta.push({ insert: i.text, attributes });
    }
  }
  flushText();
  el.insert(0, children);
  return el;
}

// ---------------------------------------------------------------- reading

/** Thrown by `toModel` when a Y.Doc is not a POC document at all (no or unknown type). */
export class NotAPocDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAPocDocumentError';
  }
}

/**
 * The metadata and document-level fields of a Y.Doc, with its template, or
 * undefined when the metadata names no known document type. Odd values are
 * reported as problems and replaced by defaults.
 */
export function readMeta(ydoc: Y.Doc, templates: TemplateSet): { template: Template; meta: Meta; problems: ContentProblem[] } | undefined {
  const problems: ContentProblem[] = [];
  const metaMap = ydoc.getMap(META).toJSON() as Record<string, unknown>;
  const template = typeof metaMap.type === 'string' ? templates.find(metaMap.type) : undefined;
  if (!template) return undefined;
  const fields: Record<string, string | number | boolean> = {};
  const yfields = ydoc.getMap(FIELDS);
  for (const [k, v] of Object.entries(yfields.toJSON())) {
    // An emptied shared text is kept (so typing in it still merges) and reads as an absent field, as an emptied field always has.
    if (v === '' && yfields.get(k) instanceof Y.Text) continue;
    if (isFieldScalar(v)) fields[k] = v;
    else problems.push({ message: `Document field "${k}" holds a value of the wrong kind and was ignored.`, field: k });
  }
  const properties = readProperties(metaMap[META_PROPERTIES], problems);
  const lang = readLang(metaMap.lang, problems);
  const parsed = MetaSchema.safeParse({
    id: metaMap.id,
    type: metaMap.type,
    templateVersion: metaMap.templateVersion ?? template.version,
    title: metaMap.title ?? '',
    status: metaMap.status ?? 'draft',
    created: metaMap.created ?? '',
    fields,
    ...(properties ? { properties } : {}),
    ...(lang ? { lang } : {}),
  });
  // The properties as read, not zod's copy: zod drops a key named "__proto__", and a note may have one.
  if (parsed.success) return { template, meta: properties ? { ...parsed.data, properties } : parsed.data, problems };
  const issue = parsed.error?.issues[0];
  problems.push({ message: `The document's metadata is incomplete or malformed (${issue?.path.join('.')}: ${issue?.message}); defaults were used.` });
  return {
    template,
    problems,
    meta: {
      id: typeof metaMap.id === 'string' && metaMap.id ? metaMap.id : 'unknown',
      type: template.id,
      templateVersion: template.version,
      title: typeof metaMap.title === 'string' ? metaMap.title : '',
      // The status kept when it is one: odd metadata elsewhere (a title that is not text) must not hide an "approved" from the workflow.
      status: MetaSchema.shape.status.safeParse(metaMap.status).data ?? 'draft',
      created: typeof metaMap.created === 'string' ? metaMap.created : '',
      fields,
      ...(properties ? { properties } : {}),
      ...(lang ? { lang } : {}),
    },
  };
}

/** The document's language as stored, when it is one the product speaks; anything else is reported and read as English. */
function readLang(stored: unknown, problems: ContentProblem[]): Locale | undefined {
  if (stored === undefined || isLocale(stored)) return stored;
  problems.push({ message: `The document's language ${JSON.stringify(stored)} is not one the product speaks; it is shown in English.` });
  return undefined;
}

/** The stored form of the note's own properties: JSON text in the file's key order, keeping a negative zero. */
export function encodeProperties(properties: Readonly<Record<string, JsonValue>>): string {
  return jsonText(properties);
}

/** JSON text of a value; unlike JSON.stringify it writes -0 as "-0" (which JSON.parse reads back as -0), so `x: -0` in a file stays -0. */
function jsonText(v: JsonValue): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jsonText).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.keys(v).filter((k) => v[k] !== undefined).map((k) => `${JSON.stringify(k)}:${jsonText(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** The note's own properties as stored (JSON text, or an object in older documents) as an object, or `undefined` when absent or not an object. */
export function decodeProperties(raw: unknown): Record<string, unknown> | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The note's own properties stored in the metadata: a copy (the model must not share objects with the Y.Doc), without values that are not JSON. */
function readProperties(stored: unknown, problems: ContentProblem[]): Meta['properties'] {
  if (stored === undefined || stored === null) return undefined;
  const raw = decodeProperties(stored);
  if (raw === undefined) {
    problems.push({ message: `The document's properties (tags, aliases…) are not a group of named values and were ignored.`, field: 'properties' });
    return undefined;
  }
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (isJsonValue(v)) Object.defineProperty(out, k, { value: structuredClone(v), enumerable: true, writable: true, configurable: true });
    else problems.push({ message: `The document's property "${k}" holds a value of the wrong kind and was ignored.`, field: k });
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The plain model of a Y.Doc, in normal form, plus the problems found in
 * content that does not fit. Throws `NotAPocDocumentError` only when the
 * metadata does not name a known document type.
 */
export function toModel(ydoc: Y.Doc, templates: TemplateSet): { model: DocModel; problems: ContentProblem[] } {
  const read = readMeta(ydoc, templates);
  if (!read) {
    const type: unknown = ydoc.getMap(META).get('type');
    throw new NotAPocDocumentError(type ? `Unknown document type ${JSON.stringify(type)}.` : 'This document has no POC type in its metadata.');
  }
  const { meta, problems } = read;
  const body = yReader.body(ydoc.getXmlFragment(BODY).toArray());
  return { model: { meta, sections: body.value }, problems: [...problems, ...body.problems] };
}

// ---------------------------------------------------------------- sign-offs

/** The raw sign-off records stored in the document (unverified; check each with `verifySignoff`). */
export function readSignoffs(ydoc: Y.Doc): unknown[] {
  return [...ydoc.getMap<unknown>(SIGNOFFS).values()];
}

/** Stores a sign-off record in the document. Only the server calls this; clients' writes to the map are refused. */
export function addSignoff(ydoc: Y.Doc, record: SignoffRecord, origin: unknown = null): void {
  ydoc.transact(() => ydoc.getMap(SIGNOFFS).set(record.id, record), origin);
}

// ---------------------------------------------------------------- element codec

/**
 * Element-level conversions, for code that edits the body one element at a
 * time (the block-by-block merge in `merge.ts`) and must read and write
 * exactly as `toModel` and `writeModel` do. @internal
 */
export const elementCodec = {
  sectionToY,
  itemToY,
  richBlockToY,
  /** A typed block element as `toModel` reads it, or undefined when it has no type or id. */
  readBlock: (el: Y.XmlElement, section: string): TypedBlock | undefined => yReader.block(el, section).value,
  /** A paragraph, list or raw element as `toModel` reads it (before normal form), or undefined for anything else. */
  readRichBlock: (node: YNode, where: Where): RichBlock | undefined => yReader.rich(node, where).value,
} as const;
