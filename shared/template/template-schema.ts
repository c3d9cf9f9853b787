/**
 * The template format: what a POC document type declares (sections, typed
 * blocks and their fields, consultation parties, sign-off roles, review
 * timing). Templates are YAML data written by mission staff, so every rule
 * here is a check with a message a non-programmer can act on.
 */
import * as z from '../zod.js';

/** The document types, used as ids in the CLI, frontmatter and API: the one list every other enumeration follows. */
export const DOC_TYPES = ['strategy', 'action-plan', 'threat-matrix', 'operations-brief', 'resources-matrix', 'threat-analysis', 'protection-matrix'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Kinds of value a field holds. Short kinds live in Yjs attributes; `richtext` and `link` live in child nodes. */
export const FIELD_KINDS = ['text', 'richtext', 'enum', 'rating', 'date', 'person', 'link', 'boolean'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Field kinds whose value is content (child nodes), not a primitive attribute. */
export const CONTENT_FIELD_KINDS: readonly FieldKind[] = ['richtext', 'link'];

const name = z
  .string()
  .check(z.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase letters and digits, starting with a lower-case letter (e.g. "leadComponent")'));
const slug = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes (e.g. "head-of-office")'));
/** A string that is not empty. */
const nonEmpty = z.string().check(z.minLength(1));

export const EnumValueSchema = z.object({
  value: slug,
  label: nonEmpty,
  guidance: z.optional(z.string()),
});
export type EnumValue = z.infer<typeof EnumValueSchema>;

/**
 * A link target: a block type of the same template ("option"), or of another
 * template written "<doc-type>/<block-type>" ("threat-matrix/threat").
 * Document-level link fields name a document type ("action-plan").
 */
const linkTarget = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?$/, 'must be a block type such as "option", a document type such as "action-plan", or "<document type>/<block type>" such as "threat-matrix/threat"'));

const RESERVED_FIELD_NAMES = new Set(['id', 'type', 'title']);

export const FieldSpecSchema = z
  .strictObject({
    name: name.check(z.refine((n) => !RESERVED_FIELD_NAMES.has(n), 'is reserved ("id", "type" and "title" are set by the editor)')),
    label: nonEmpty,
    kind: z.enum(FIELD_KINDS),
    required: z._default(z.boolean(), false),
    guidance: z.optional(z.string()),
    /** Allowed values, for `enum` fields. */
    values: z.optional(z.array(EnumValueSchema).check(z.minLength(1))),
    /**
     * For `link` fields: what the link may point to (anything when absent). In a
     * block, block types ("option", "threat-matrix/threat"); in the document
     * fields, document types ("action-plan").
     */
    targets: z.optional(z.array(linkTarget)),
    /**
     * For `rating` fields: the rating from which an item is a priority whatever its other ratings (the threat
     * matrix's impact 5: catastrophic threats are prioritised even when unlikely, POC Policy E.4.1 para. 48 and
     * footnote 42). Read by the risk rules (shared/validate/risk.ts).
     */
    priorityFrom: z.optional(z.int().check(z.gte(1), z.lte(5))),
  })
  .check(
    z.superRefine((f, ctx) => {
      if (f.kind === 'enum' && !f.values) ctx.addIssue({ code: 'custom', message: 'an enum field needs a "values" list', path: ['values'] });
      if (f.kind !== 'enum' && f.values) ctx.addIssue({ code: 'custom', message: `only enum fields take "values" (this one is ${f.kind})`, path: ['values'] });
      if (f.kind !== 'link' && f.targets) ctx.addIssue({ code: 'custom', message: 'only link fields take "targets"', path: ['targets'] });
      if (f.kind !== 'rating' && f.priorityFrom !== undefined)
        ctx.addIssue({ code: 'custom', message: `only rating fields take "priorityFrom" (this one is ${f.kind})`, path: ['priorityFrom'] });
    }),
  );
export type FieldSpec = z.infer<typeof FieldSpecSchema>;

export const BlockTypeSchema = z
  .strictObject({
    type: slug,
    label: nonEmpty,
    /** Prefix of the short block ids, e.g. "T" gives T-1, T-2… */
    idPrefix: z.string().check(z.regex(/^[A-Z][A-Z0-9]{0,5}$/, 'must be 1–6 capital letters or digits, starting with a letter (e.g. "T", "OPT")')),
    guidance: z.optional(z.string()),
    /** Name of the short text field shown as the block's title (in links, lists and the Markdown heading). */
    titleField: z.optional(name),
    fields: z.array(FieldSpecSchema).check(z.minLength(1)),
    /**
     * The columns of these rows as a printed table, by field name, in order (the threat matrix's are Annex B III's
     * seven). The Word and PDF exports draw the rows of a section as this table before each row in full; a block type
     * without it is printed row by row only.
     */
    table: z.optional(z.array(name).check(z.minLength(1))),
  })
  .check(
    z.superRefine((b, ctx) => {
      const seen = new Set<string>();
      b.fields.forEach((f, i) => {
        if (seen.has(f.name)) ctx.addIssue({ code: 'custom', message: `field "${f.name}" is declared twice`, path: ['fields', i, 'name'] });
        seen.add(f.name);
      });
      const labels = new Set<string>();
      b.fields.forEach((f, i) => {
        const l = f.label.toLowerCase();
        if (labels.has(l)) ctx.addIssue({ code: 'custom', message: `label "${f.label}" is used twice (labels must be unique in a block)`, path: ['fields', i, 'label'] });
        labels.add(l);
      });
      if (b.titleField) {
        const t = b.fields.find((f) => f.name === b.titleField);
        if (!t) ctx.addIssue({ code: 'custom', message: `titleField "${b.titleField}" is not one of the block's fields`, path: ['titleField'] });
        else if (t.kind !== 'text') ctx.addIssue({ code: 'custom', message: `titleField "${b.titleField}" must be a text field`, path: ['titleField'] });
      }
      b.table?.forEach((n, i) => {
        if (!seen.has(n)) ctx.addIssue({ code: 'custom', message: `table column "${n}" is not one of the block's fields (fields: ${[...seen].join(', ')})`, path: ['table', i] });
      });
    }),
  );
export type BlockTypeSpec = z.infer<typeof BlockTypeSchema>;

export const SectionBlockRuleSchema = z.strictObject({
  type: slug,
  /** Fewest blocks of this type the section must hold. */
  min: z._default(z.int().check(z.gte(0)), 0),
});

type SectionInput = {
  id: string;
  title: string;
  guidance?: string;
  required?: boolean;
  text?: boolean;
  tier?: string;
  blocks?: Array<z.input<typeof SectionBlockRuleSchema>>;
  sections?: SectionInput[];
};

export const SectionSpecSchema: z.ZodMiniType<SectionSpecTree, SectionInput> = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[A-Z0-9][A-Za-z0-9.-]*$/, 'must start with a capital letter or digit, e.g. "A", "B.2", "B.2.1"')),
    title: nonEmpty,
    guidance: z.optional(z.string()),
    required: z._default(z.boolean(), false),
    /** Whether ordinary rich text is expected here (a section may hold only blocks). */
    text: z._default(z.boolean(), true),
    /** The tier (a value of the strategy objective's `tier` field) whose objectives this section holds: the resources matrix's tier sections. */
    tier: z.optional(slug),
    blocks: z._default(z.array(SectionBlockRuleSchema), []),
    sections: z._default(z.array(SectionSpecSchema), []),
  }),
);
export interface SectionSpecTree {
  id: string;
  title: string;
  guidance?: string;
  required: boolean;
  text: boolean;
  tier?: string;
  blocks: Array<{ type: string; min: number }>;
  sections: SectionSpecTree[];
}

export const ConsultationPartySchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  guidance: z.optional(z.string()),
  /** Whether an outcome must be recorded before sign-off. */
  required: z._default(z.boolean(), true),
  /**
   * What the first consultation with this party must not come after: a document-level date field (the strategy's
   * UNHQ parameters discussion, before "draftingStarted"), or `signoff:<office>`, the day of that office's standing
   * sign-off (the operations brief's consultations, before the SRSG's decision, which is the SRSG's sign-off). Read
   * with `readBefore`; checked by shared/validate/consultation-timing.ts.
   */
  before: z.optional(z.string().check(z.minLength(1))),
});
export type ConsultationParty = z.infer<typeof ConsultationPartySchema>;

/** The prefix of a `before:` that names an office's sign-off rather than a date field. @internal */
const SIGNOFF_BEFORE = 'signoff:';

/** What a consultation party's `before:` names: the office whose sign-off day it is (`signoff:srsg`), or a document date field. */
export function readBefore(before: string): { signoff: string } | { field: string } {
  return before.startsWith(SIGNOFF_BEFORE) ? { signoff: before.slice(SIGNOFF_BEFORE.length) } : { field: before };
}

export const SignoffRoleSchema = z.strictObject({
  /** Office that signs (e.g. "head-of-mission"); users hold offices on the server. */
  role: slug,
  label: nonEmpty,
  guidance: z.optional(z.string()),
  /**
   * When this office signs: offices of a lower step approve first, offices of the same step in any order (the
   * strategy's Head of Mission and RC/HC both at step 1). Without steps, the list order is the order.
   */
  step: z.optional(z.int().check(z.positive())),
  /** Former names of this office: sign-offs recorded, and offices held, under an alias count as this office (the RC/HC's "unct"). */
  aliases: z.optional(z.array(slug)),
});
export type SignoffRole = z.infer<typeof SignoffRoleSchema>;

export const ReviewSchema = z.strictObject({
  /** Default review cadence; a document may choose another in its cadence field. */
  cadence: z.optional(z.enum(['weekly', 'monthly', 'quarterly', 'yearly'])),
  /** Days a draft may stay open before a warning (the strategy's three-month target is 90). */
  draftingDays: z.optional(z.int().check(z.positive())),
  /** Days the approved document is valid before it must be reviewed (the strategy's one year is 365). */
  validityDays: z.optional(z.int().check(z.positive())),
});
export type ReviewSpec = z.infer<typeof ReviewSchema>;

export const TemplateSchema = z.strictObject({
  id: z.enum(DOC_TYPES),
  version: z.int().check(z.positive()),
  title: nonEmpty,
  /** Policy reference, e.g. "Annex B III". */
  source: nonEmpty,
  description: nonEmpty,
  /** Document-level fields, kept in the document's metadata (e.g. office, review cadence, last review). */
  fields: z._default(z.array(FieldSpecSchema), []),
  blockTypes: z._default(z.array(BlockTypeSchema), []),
  sections: z.array(SectionSpecSchema).check(z.minLength(1)),
  consultation: z.optional(
    z.strictObject({
      /** Block type that records a consultation; it must have an enum field "party" and a richtext field "outcome". */
      blockType: slug,
      /** Section where consultation blocks go. */
      section: z.string(),
      parties: z.array(ConsultationPartySchema).check(z.minLength(1)),
    }),
  ),
  /**
   * The document-level field that names the area a document covers (a text or enum field, e.g. the threat matrix's
   * "office"): an office held for an area signs only the documents of that area (shared/signoff/offices.ts).
   * A mission-wide document type declares none.
   */
  area: z.optional(z.string().check(z.minLength(1))),
  /** Sign-offs required, in the order they must be given (offices sharing a `step` sign in any order among themselves). */
  signoffs: z._default(z.array(SignoffRoleSchema), []),
  review: z._default(ReviewSchema, {}),
});
export type TemplateInput = z.input<typeof TemplateSchema>;
