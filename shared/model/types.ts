/**
 * The plain document model: what validation, hashing, the Markdown mirror,
 * the server and the CLI work on. It is derived from the Y.Doc by
 * `toModel` and is immutable by convention. Every value is JSON.
 */
import * as z from '../zod.js';
import { DOC_TYPES } from '../template/template-schema.js';
import { LOCALES } from '../i18n/locale.js';

/** Inline marks, kept sorted in this order so that equal text has one form. */
export const MARKS = ['strong', 'em', 'code'] as const;
export type Mark = (typeof MARKS)[number];

export const TextRunSchema = z.object({
  t: z.literal('text'),
  text: z.string().check(z.minLength(1)),
  marks: z.optional(z.array(z.enum(MARKS))),
});
/** An inline cross-link to a typed block, possibly in another document. */
export const LinkRefSchema = z.object({
  t: z.literal('link'),
  docId: z.string().check(z.minLength(1)),
  blockId: z.string().check(z.minLength(1)),
});
export const InlineSchema = z.discriminatedUnion('t', [TextRunSchema, LinkRefSchema]);
export type TextRun = z.infer<typeof TextRunSchema>;
export type LinkRef = z.infer<typeof LinkRefSchema>;
export type Inline = z.infer<typeof InlineSchema>;

/** A paragraph of inline content. */
export const ParagraphSchema = z.object({ t: z.literal('p'), content: z.array(InlineSchema) });
/** A bullet list; each item is one line of inline content. */
export const BulletListSchema = z.object({ t: z.literal('ul'), items: z.array(z.array(InlineSchema)) });
/**
 * Markdown the editor does not model (a table, a code block, a heading a
 * user added by hand…), kept verbatim so nothing in a file is ever dropped.
 */
export const RawSchema = z.object({ t: z.literal('raw'), markdown: z.string() });
export const RichBlockSchema = z.discriminatedUnion('t', [ParagraphSchema, BulletListSchema, RawSchema]);
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type BulletList = z.infer<typeof BulletListSchema>;
export type RawMarkdown = z.infer<typeof RawSchema>;
export type RichBlock = z.infer<typeof RichBlockSchema>;
/** Rich text: a sequence of paragraphs, lists and verbatim Markdown. */
export type RichText = RichBlock[];
export const RichTextSchema = z.array(RichBlockSchema);

/**
 * A field value. Short kinds (text, enum, date, person) are strings, ratings
 * are numbers 1–5, flags are booleans; richtext and link fields are rich
 * text (a link field's rich text holds link inlines).
 */
export const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), RichTextSchema]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

/** A typed block (a threat, an action, an option…) with a stable short id such as "T-3". */
export const TypedBlockSchema = z.object({
  t: z.literal('block'),
  type: z.string().check(z.minLength(1)),
  id: z.string().check(z.minLength(1)),
  /** Only fields that hold a value appear; an absent key means empty. */
  fields: z.record(z.string(), FieldValueSchema),
});
export type TypedBlock = z.infer<typeof TypedBlockSchema>;

export const SectionItemSchema = z.discriminatedUnion('t', [ParagraphSchema, BulletListSchema, RawSchema, TypedBlockSchema]);
export type SectionItem = z.infer<typeof SectionItemSchema>;

/** A section of the document; `id` is the template's section id (e.g. "B.2"). */
export const SectionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  content: z.array(SectionItemSchema),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * The id of the section that holds what a Markdown mirror has before its
 * first section heading (after the frontmatter and the `# Title` line),
 * e.g. a note a user typed at the top in source mode. Kept as a section so
 * it travels through the Y.Doc, the editor and the merge like any other;
 * the mirror writes it back before the first section, without a heading.
 * No template and no section heading can use this id (theirs start with a
 * capital or a digit), so validation reports it as a section the template
 * does not define.
 */
export const PREAMBLE_SECTION_ID = 'preamble';
/** The title of the preamble section (never written to the file). */
export const PREAMBLE_SECTION_TITLE = 'Text before the first section';

/** A JSON value: what a YAML property of a note can hold once read (text, number, true/false, null, lists, maps). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Lists and maps nested deeper than this are not taken as properties (YAML aliases can even make loops). */
const MAX_JSON_DEPTH = 64;

/** Whether `v` can be a short field's value: text, true/false or a finite number (Infinity and NaN have no JSON form, so no content hash). */
export function isFieldScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** Whether `v` is a JSON value: finite numbers, plain objects and arrays, no cycles, at most 64 levels deep. */
export function isJsonValue(v: unknown, depth = 0): v is JsonValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object' || depth >= MAX_JSON_DEPTH) return false;
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => isJsonValue(x, depth + 1));
}

export const JsonValueSchema = z.custom<JsonValue>((v) => isJsonValue(v), { error: 'Expected a JSON value (text, number, true/false, null, list or map).' });

/**
 * Document metadata: identity, template, title, status, the template's
 * document-level fields, and the note's other properties.
 */
export const MetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.enum(DOC_TYPES),
  templateVersion: z.int().check(z.positive()),
  title: z.string(),
  status: z.enum(['draft', 'in-review', 'approved', 'archived']),
  /** ISO date (YYYY-MM-DD) the document was created. */
  created: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /**
   * The note's own frontmatter properties that POC does not own (tags,
   * aliases, cssclasses, another plugin's keys…), by their YAML key, in
   * file order. Kept so that nothing a user or plugin adds is lost, but not
   * planning content: validation ignores them and the content hash leaves
   * them out, so tagging a note does not make a sign-off stale. Absent when
   * the note has none.
   */
  properties: z.optional(z.record(z.string(), JsonValueSchema)),
  /**
   * The language the document is written in (`poc-lang` in Markdown): the words of its template it shows
   * (headings, labels), never its rules. Absent means English, as every document written before languages
   * existed. Not content: the content hash leaves it out (shared/hash/canonical.ts says why).
   */
  lang: z.optional(z.enum(LOCALES)),
});
export type Meta = z.infer<typeof MetaSchema>;
export type DocStatus = Meta['status'];

/** A whole POC document. */
export const DocModelSchema = z.object({
  meta: MetaSchema,
  sections: z.array(SectionSchema),
});
export type DocModel = z.infer<typeof DocModelSchema>;

/**
 * Something in stored content that does not fit the schema (written by a
 * remote client or an older version). It is reported by validation; the rest
 * of the document still loads.
 */
export interface ContentProblem {
  message: string;
  section?: string;
  block?: string;
  field?: string;
}
