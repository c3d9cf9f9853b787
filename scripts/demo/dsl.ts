/**
 * A small writing aid for the demo documents: prose is written as plain
 * strings with two marks — `**bold**` and `{{tm:T-3}}` for a cross-link to
 * block T-3 of the document whose key is `tm` (see mission.ts) — and
 * `buildDoc` lays the content out in the template's sections, turning
 * strings into the rich text a field of that kind holds. The result is a
 * document model in normal form, ready for `toMarkdown`.
 */
import { normalizeRichText } from '../../shared/model/normalize.js';
import type { BulletList, DocModel, DocStatus, FieldValue, Inline, LinkRef, Paragraph, RichBlock, RichText, SectionItem, TypedBlock } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import type { DocType } from '../../shared/template/template-schema.js';
import { DOCS, type DocKey } from './mission.js';

const TOKEN = /(\*\*[^*]+\*\*|\{\{[a-z]+:[A-Z0-9-]+\}\})/;

/** A cross-link to block `blockId` of the demo document `key`. */
export function ref(key: DocKey, blockId: string): LinkRef {
  return { t: 'link', docId: DOCS[key].id, blockId };
}

/** Inline content of a string written with `**bold**` and `{{key:ID}}` links. */
export function inline(s: string): Inline[] {
  const out: Inline[] = [];
  for (const part of s.split(TOKEN)) {
    if (!part) continue;
    const bold = /^\*\*([^*]+)\*\*$/.exec(part);
    const link = /^\{\{([a-z]+):([A-Z0-9-]+)\}\}$/.exec(part);
    if (bold) out.push({ t: 'text', text: bold[1], marks: ['strong'] });
    else if (link) {
      if (!(link[1] in DOCS)) throw new Error(`Unknown document key "${link[1]}" in "${s}"`);
      out.push(ref(link[1] as DocKey, link[2]));
    } else out.push({ t: 'text', text: part });
  }
  return out;
}

/** A paragraph. */
export function P(s: string): Paragraph {
  return { t: 'p', content: inline(s) };
}

/** A bullet list, one string per item. */
export function UL(...items: string[]): BulletList {
  return { t: 'ul', items: items.map(inline) };
}

/** Rich text from paragraphs (strings) and lists. */
export function R(...parts: Array<string | RichBlock>): RichText {
  return parts.map((x) => (typeof x === 'string' ? P(x) : x));
}

/** What a block field may be given as: short values as they are; rich text as a string (one paragraph), one list, a list of links, or built rich text. */
export type FieldInput = string | number | boolean | RichBlock | RichText | LinkRef[];

/** A typed block; field values are converted against the template in `buildDoc`. */
export interface BlockInput {
  t: 'block';
  type: string;
  id: string;
  fields: Record<string, FieldInput>;
}

/** A typed block of `type` with short id `id`. */
// NEW_BLOCK_TYPE_EDIT_REQUIRED: give the demo document of the new type's template (scripts/demo/<document type>.ts) at least one block of it with B(), then rebuild the demo vault.
export function B(type: string, id: string, fields: Record<string, FieldInput>): BlockInput {
  return { t: 'block', type, id, fields };
}

/** What a section's content may be written as: strings are paragraphs. */
export type ContentInput = string | RichBlock | BlockInput;

/** A whole demo document, before layout. */
export interface DocInput {
  key: DocKey;
  type: DocType;
  title: string;
  status: DocStatus;
  created: string;
  fields: Record<string, string | number | boolean>;
  /** Content by section id; sections not named stay empty. */
  sections: Record<string, ContentInput[]>;
}

function isLinks(v: FieldInput): v is LinkRef[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => (x as { t?: string }).t === 'link');
}

function fieldValue(template: Template, block: BlockInput, name: string, v: FieldInput): FieldValue {
  const spec = template.blockTypes.find((b) => b.type === block.type)?.fields.find((f) => f.name === name);
  if (!spec) throw new Error(`${template.id}: block ${block.id} (${block.type}) has no field "${name}"`);
  if (spec.kind === 'richtext' || spec.kind === 'link') {
    if (typeof v === 'string') return normalizeRichText([P(v)]);
    // Links in a link field are separated by commas, as a person would type them.
    if (isLinks(v)) return [{ t: 'p', content: v.flatMap((l, i): Inline[] => (i ? [{ t: 'text', text: ', ' }, l] : [l])) }];
    if (Array.isArray(v)) return normalizeRichText(v as RichText);
    if (typeof v === 'object') return normalizeRichText([v]);
    throw new Error(`${template.id}: ${block.id}.${name} is ${spec.kind} but was given ${typeof v}`);
  }
  if (spec.kind === 'rating' || spec.kind === 'boolean') return v as number | boolean;
  if (typeof v !== 'string') throw new Error(`${template.id}: ${block.id}.${name} is ${spec.kind} but was given ${typeof v}`);
  if (spec.kind === 'enum' && !spec.values?.some((x) => x.value === v)) throw new Error(`${template.id}: ${block.id}.${name} = "${v}" is not one of its values`);
  return v;
}

/** Lays a document out in its template's sections (all of them, in order) and returns the model in normal form. */
export function buildDoc(template: Template, doc: DocInput): DocModel {
  if (template.id !== doc.type) throw new Error(`${doc.key}: template ${template.id} for a ${doc.type}`);
  for (const id of Object.keys(doc.sections)) if (!template.sections.some((s) => s.id === id)) throw new Error(`${template.id}: no section "${id}"`);
  const sections = template.sections.map((spec) => {
    const content: SectionItem[] = [];
    let rich: RichBlock[] = [];
    const flush = () => {
      content.push(...normalizeRichText(rich));
      rich = [];
    };
    for (const item of doc.sections[spec.id] ?? []) {
      if (typeof item === 'string') rich.push(P(item));
      else if (item.t === 'block') {
        flush();
        const fields: TypedBlock['fields'] = {};
        for (const [name, v] of Object.entries(item.fields)) fields[name] = fieldValue(template, item, name, v);
        content.push({ t: 'block', type: item.type, id: item.id, fields });
      } else rich.push(item);
    }
    flush();
    return { id: spec.id, title: spec.title, content };
  });
  return {
    meta: { id: DOCS[doc.key].id, type: doc.type, templateVersion: template.version, title: doc.title, status: doc.status, created: doc.created, fields: doc.fields },
    sections,
  };
}
